package org.schemashift.source.antlr;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token stream that watches the clock: ANTLR's prediction looks ahead through it constantly, so
 * checking here (every few thousand look-aheads, to keep the cost nil) bounds any parse.
 */
final class BudgetedTokenStream extends CommonTokenStream {
    private static final int CHECK_EVERY = 4096;
    private long started;
    private int calls;

    BudgetedTokenStream(TokenSource source) {
        super(source);
    }

    void startClock() {
        started = System.nanoTime();
        calls = 0;
    }

    @Override
    public int LA(int i) {
        if (++calls % CHECK_EVERY == 0 && System.nanoTime() - started > ParseBudget.limitNanos()) {
            throw new ParseBudget.Exceeded();
        }
        return super.LA(i);
    }
}

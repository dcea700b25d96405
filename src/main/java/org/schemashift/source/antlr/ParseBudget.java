package org.schemashift.source.antlr;

import java.time.Duration;

/**
 * How long one statement may take to parse. The default is generous (a 40,000-line procedure
 * parses in well under a second); {@code -Dschemashift.parseBudgetSeconds=N} changes it. A
 * statement over budget becomes a parse error instead of holding the run.
 */
public final class ParseBudget {
    /** Deeper parenthesis nesting than this is refused at once: no real script nests so, and parsing it costs seconds per level. */
    static final int MAX_NESTING = 256;
    private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("schemashift.parseBudgetSeconds", 30));

    /** Thrown from inside the parser when the budget is spent; StatementParser turns it into a SyntaxError. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("reading the statement took longer than " + LIMIT.toSeconds() + " s, so it was given up"
                    + " (raise -Dschemashift.parseBudgetSeconds to allow more)", null, false, false);
        }
    }

    private ParseBudget() {
    }

    static long limitNanos() {
        return LIMIT.toNanos();
    }
}

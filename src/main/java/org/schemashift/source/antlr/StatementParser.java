package org.schemashift.source.antlr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * One lexer and one parser, reused for every statement of a file (ANTLR's prediction cache is
 * shared by all parser instances anyway; reuse saves building them per statement).
 *
 * <p>Each statement is parsed in SLL mode, which is fast and right for almost every input; only
 * when SLL fails is it parsed again in full LL mode, which either succeeds or reports the real
 * error. Errors are never repaired: the first one ends the parse with a {@link SyntaxError}.
 *
 * <p>The lexer's own errors come first: the statement is lexed once before it is parsed, and a
 * character that starts no token, or a quote or comment never closed, is its error.
 *
 * <p>Adversarial input cannot take the run down or hold it: a statement nested deeper than the
 * thread's stack allows, or whose parse outlasts {@link ParseBudget}, ends with a SyntaxError
 * saying so, and the file's other statements are read as usual.
 */
public final class StatementParser<P extends Parser> {
    private final Lexer lexer;
    private final int unexpectedCharacter;
    private final BudgetedTokenStream tokens;
    private final P parser;
    private final FailFastErrorListener failFast;

    /** {@code unexpectedCharacter} is the lexer's token for a character that starts no other token. */
    public StatementParser(Lexer lexer, int unexpectedCharacter, Function<CommonTokenStream, P> newParser,
                           Function<P, FailFastErrorListener> errorListener) {
        this.lexer = lexer;
        this.unexpectedCharacter = unexpectedCharacter;
        this.tokens = new BudgetedTokenStream(lexer);
        this.parser = newParser.apply(tokens);
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        this.failFast = errorListener.apply(parser);
    }

    /** Parses one statement with {@code entryRule} (a rule ending in EOF); throws {@link SyntaxError}. */
    public <C> C parse(String statement, Function<P, C> entryRule) {
        List<Token> lexed = new ArrayList<>();
        int depth = scan(statement, lexed);
        if (depth > ParseBudget.MAX_NESTING) {
            throw new SyntaxError(1, 1, "parentheses are nested " + depth + " deep; SchemaShift reads up to "
                    + ParseBudget.MAX_NESTING + " levels");
        }
        tokens.startClock();
        try {
            return parseWithinBudget(lexed, entryRule);
        } catch (StackOverflowError e) {
            throw new SyntaxError(1, 1, "the statement is nested too deeply to read");
        } catch (ParseBudget.Exceeded e) {
            throw new SyntaxError(1, 1, e.getMessage());
        }
    }

    /** Parses the tokens {@link #scan} lexed: the statement is lexed once, not again for each parse. */
    private <C> C parseWithinBudget(List<Token> lexed, Function<P, C> entryRule) {
        replay(lexed);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return entryRule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            replay(lexed);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(failFast);
            try {
                return entryRule.apply(parser);
            } finally {
                parser.removeErrorListeners();
            }
        }
    }

    /** The statement's first tokens on the default channel, for classifying it before any parse. */
    public List<Token> leadingTokens(String statement, int max) {
        reset(statement);
        List<Token> result = new ArrayList<>(max);
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF && result.size() < max; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                result.add(t);
            }
        }
        return result;
    }

    /**
     * One pass of the lexer before the parse: the first character no token starts (a stray
     * character, a quote never closed) or comment never closed is the statement's error, at its
     * place, rather than whatever the parser would make of the tokens after it. Returns the deepest
     * nesting of '(' tokens (strings and comments do not count); adds every token, the end of input
     * last, to {@code lexed}.
     */
    private int scan(String statement, List<Token> lexed) {
        reset(statement);
        int depth = 0;
        int deepest = 0;
        Token previous = null;
        Token t;
        for (t = lexer.nextToken(); t.getType() != Token.EOF; previous = t, t = lexer.nextToken()) {
            lexed.add(t);
            if (t.getType() == unexpectedCharacter) throw SyntaxError.unreadableCharacter(t);
            // only one-character tokens are read as text: every other token's text would be a new string
            String text = t.getStartIndex() == t.getStopIndex() ? t.getText() : null;
            // A closed comment is one hidden token; "/" right before "*" is a comment's start without its end.
            if (previous != null && "*".equals(text) && "/".equals(previous.getText())
                    && previous.getStopIndex() + 1 == t.getStartIndex()) {
                throw SyntaxError.unclosedComment(previous);
            }
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if ("(".equals(text)) deepest = Math.max(deepest, ++depth);
            else if (")".equals(text) && depth > 0) depth--;
        }
        lexed.add(t);
        return deepest;
    }

    private void replay(List<Token> lexed) {
        tokens.setTokenSource(new ListTokenSource(lexed));
        parser.setTokenStream(tokens);
    }

    private void reset(String statement) {
        lexer.setInputStream(CharStreams.fromString(statement));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
    }
}

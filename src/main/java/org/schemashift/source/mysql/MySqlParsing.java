package org.schemashift.source.mysql;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.schemashift.source.mysql.grammar.MySqlLexer;
import org.schemashift.source.mysql.grammar.MySqlParser;

/**
 * One lexer and one parser, reused for every statement of a file (ANTLR's prediction cache is
 * shared by all parser instances anyway; reuse saves building them per statement).
 *
 * <p>Each statement is parsed in SLL mode, which is fast and right for almost every input; only
 * when SLL fails is it parsed again in full LL mode, which either succeeds or reports the real
 * error. Errors are never repaired: the first one ends the parse with a {@link MySqlSyntaxError}.
 */
public final class MySqlParsing {

    private final MySqlLexer lexer = new MySqlLexer(CharStreams.fromString(""));
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final MySqlParser parser = new MySqlParser(tokens);
    private final MySqlFailFastErrorListener failFast;

    public MySqlParsing() {
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        ATN atn = parser.getATN();
        IntervalSet nonReserved = atn.nextTokens(atn.ruleToStartState[MySqlParser.RULE_nonReservedKeyword]);
        failFast = new MySqlFailFastErrorListener(nonReserved);
    }

    /** Parses one statement (without its delimiter); throws {@link MySqlSyntaxError}. */
    public MySqlParser.StatementContext parse(String statement) {
        reset(statement);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.statement();
        } catch (ParseCancellationException sllFailed) {
            reset(statement);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(failFast);
            try {
                return parser.statement();
            } finally {
                parser.removeErrorListeners();
            }
        }
    }

    /** The statement's tokens on the default channel, for classifying it before any parse. */
    public java.util.List<Token> leadingTokens(String statement, int max) {
        reset(statement);
        java.util.List<Token> result = new java.util.ArrayList<>(max);
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF && result.size() < max; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                result.add(t);
            }
        }
        return result;
    }

    private void reset(String statement) {
        lexer.setInputStream(CharStreams.fromString(statement));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
    }
}

package org.schemashift.source.mysql;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.schemashift.source.antlr.FailFastErrorListener;
import org.schemashift.source.antlr.StatementParser;
import org.schemashift.source.mysql.grammar.MySqlLexer;
import org.schemashift.source.mysql.grammar.MySqlParser;

/** The MySQL grammar behind a {@link StatementParser}, with MySQL's names for token kinds in error messages. */
public final class MySqlParsing {
    private final StatementParser<MySqlParser> parser = new StatementParser<>(
            new MySqlLexer(CharStreams.fromString("")), MySqlLexer.UNEXPECTED_CHARACTER, MySqlParser::new, MySqlParsing::errorListener);

    /** Parses one statement (without its delimiter); throws {@link org.schemashift.source.antlr.SyntaxError}. */
    public MySqlParser.StatementContext parse(String statement) {
        return parser.parse(statement, MySqlParser::statement);
    }

    /** Parses one INSERT, UPDATE, DELETE or MERGE (without its delimiter); throws {@link org.schemashift.source.antlr.SyntaxError}. */
    public MySqlParser.SingleDmlStatementContext parseDml(String statement) {
        return parser.parse(statement, MySqlParser::singleDmlStatement);
    }

    /** Parses the text of a prepared statement as a statement of a stored program; throws {@link org.schemashift.source.antlr.SyntaxError}. */
    MySqlParser.ProcStatementContext parseDynamic(String text) {
        return parser.parse(text, MySqlParser::dynamicStatement).procStatement();
    }

    public List<Token> leadingTokens(String statement, int max) {
        return parser.leadingTokens(statement, max);
    }

    private static FailFastErrorListener errorListener(MySqlParser parser) {
        ATN atn = parser.getATN();
        return new FailFastErrorListener(atn.nextTokens(atn.ruleToStartState[MySqlParser.RULE_nonReservedKeyword]),
                MySqlLexer.ID, MySqlParsing::tokenKind);
    }

    private static String tokenKind(int type) {
        switch (type) {
            case MySqlLexer.ID: case MySqlLexer.BACKTICK_ID: return "a name";
            case MySqlLexer.STRING_LITERAL: case MySqlLexer.DOUBLE_QUOTED_STRING: case MySqlLexer.NATIONAL_STRING:
                return "a string";
            case MySqlLexer.INTEGER_LITERAL: return "an integer";
            case MySqlLexer.DECIMAL_LITERAL: case MySqlLexer.REAL_LITERAL: return "a number";
            case MySqlLexer.HEX_LITERAL: return "a hex literal";
            case MySqlLexer.BIT_LITERAL: return "a bit literal";
            case MySqlLexer.CHARSET_INTRODUCER: return "a character set introducer";
            case MySqlLexer.USER_VARIABLE: case MySqlLexer.SYSTEM_VARIABLE: return "a variable";
            case MySqlLexer.NOT_EQUALS: return "`<>`";
            default: return null;
        }
    }
}

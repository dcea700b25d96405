package org.schemashift.source.sqlserver;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.schemashift.source.antlr.FailFastErrorListener;
import org.schemashift.source.antlr.StatementParser;
import org.schemashift.source.sqlserver.grammar.SqlServerLexer;
import org.schemashift.source.sqlserver.grammar.SqlServerParser;

/** The SQL Server grammar behind a {@link StatementParser}, with readable names for token kinds in error messages. */
final class SqlServerParsing {
    private final StatementParser<SqlServerParser> parser = new StatementParser<>(
            new SqlServerLexer(CharStreams.fromString("")), SqlServerLexer.UNEXPECTED_CHARACTER, SqlServerParser::new, SqlServerParsing::errorListener);

    /** Parses one statement; throws {@link org.schemashift.source.antlr.SyntaxError}. */
    SqlServerParser.StatementContext parse(String statement) {
        return parser.parse(statement, SqlServerParser::statement);
    }

    /** Parses a script-level SELECT; throws {@link org.schemashift.source.antlr.SyntaxError}. */
    SqlServerParser.ScriptQueryContext parseQuery(String statement) {
        return parser.parse(statement, SqlServerParser::scriptQuery);
    }

    /** Parses a procedure, function or trigger; throws {@link org.schemashift.source.antlr.SyntaxError}. */
    SqlServerParser.RoutineContext parseRoutine(String statement) {
        return parser.parse(statement, SqlServerParser::routine);
    }

    /** Parses the text of dynamic SQL as the statements of a procedure; throws {@link org.schemashift.source.antlr.SyntaxError}. */
    SqlServerParser.StatementListContext parseDynamic(String text) {
        return parser.parse(text, SqlServerParser::dynamicBatch).statementList();
    }

    List<Token> leadingTokens(String statement, int max) {
        return parser.leadingTokens(statement, max);
    }

    private static FailFastErrorListener errorListener(SqlServerParser parser) {
        ATN atn = parser.getATN();
        return new FailFastErrorListener(atn.nextTokens(atn.ruleToStartState[SqlServerParser.RULE_nonReservedKeyword]),
                SqlServerLexer.ID, SqlServerParsing::tokenKind);
    }

    private static String tokenKind(int type) {
        return switch (type) {
            case SqlServerLexer.ID, SqlServerLexer.BRACKET_ID, SqlServerLexer.DOUBLE_QUOTED_ID -> "a name";
            case SqlServerLexer.STRING_LITERAL, SqlServerLexer.NATIONAL_STRING -> "a string";
            case SqlServerLexer.INTEGER_LITERAL -> "an integer";
            case SqlServerLexer.DECIMAL_LITERAL, SqlServerLexer.REAL_LITERAL, SqlServerLexer.MONEY_LITERAL -> "a number";
            case SqlServerLexer.BINARY_LITERAL -> "a binary literal";
            case SqlServerLexer.VARIABLE, SqlServerLexer.SYSTEM_VARIABLE -> "a variable";
            case SqlServerLexer.NOT_EQUALS -> "`<>`";
            case SqlServerLexer.LESS_EQUALS -> "`<=`";
            case SqlServerLexer.GREATER_EQUALS -> "`>=`";
            default -> null;
        };
    }
}

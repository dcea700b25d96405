package org.schemashift.source.oracle;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.atn.ATN;
import org.schemashift.source.antlr.FailFastErrorListener;
import org.schemashift.source.antlr.StatementParser;
import org.schemashift.source.oracle.grammar.OracleLexer;
import org.schemashift.source.oracle.grammar.OracleParser;

/** The Oracle grammar behind a {@link StatementParser}, with readable token kinds in error messages. */
public final class OracleParsing {
    private final StatementParser<OracleParser> parser = new StatementParser<>(
            new OracleLexer(CharStreams.fromString("")), OracleLexer.UNEXPECTED_CHARACTER, OracleParser::new, OracleParsing::errorListener);

    /** Parses one statement; throws {@link org.schemashift.source.antlr.SyntaxError}. */
    OracleParser.StatementContext parse(String statement) {
        return parser.parse(statement, OracleParser::statement);
    }

    /** Parses one PL/SQL unit (CREATE PROCEDURE ... END;); throws {@link org.schemashift.source.antlr.SyntaxError}. */
    public OracleParser.PlsqlUnitContext parseUnit(String unit) {
        return parser.parse(unit, OracleParser::plsqlUnit);
    }

    /** Parses one subprogram of a package or type body on its own. */
    public OracleParser.SubprogramAloneContext parseSubprogram(String subprogram) {
        return parser.parse(subprogram, OracleParser::subprogramAlone);
    }

    /** Parses one anonymous block ([DECLARE ...] BEGIN ... END;); throws {@link org.schemashift.source.antlr.SyntaxError}. */
    public OracleParser.AnonymousBlockContext parseBlock(String block) {
        return parser.parse(block, OracleParser::anonymousBlock);
    }

    /** Parses one INSERT, UPDATE, DELETE or MERGE; throws {@link org.schemashift.source.antlr.SyntaxError}. */
    OracleParser.SingleDmlStatementContext parseDml(String statement) {
        return parser.parse(statement, OracleParser::singleDmlStatement);
    }

    private static FailFastErrorListener errorListener(OracleParser parser) {
        ATN atn = parser.getATN();
        return new FailFastErrorListener(atn.nextTokens(atn.ruleToStartState[OracleParser.RULE_nonReservedKeyword]),
                OracleLexer.ID, OracleParsing::tokenKind);
    }

    private static String tokenKind(int type) {
        switch (type) {
            case OracleLexer.ID: case OracleLexer.QUOTED_ID: return "a name";
            case OracleLexer.STRING_LITERAL: case OracleLexer.NATIONAL_STRING: case OracleLexer.QUOTED_STRING: return "a string";
            case OracleLexer.INTEGER_LITERAL: return "an integer";
            case OracleLexer.DECIMAL_LITERAL: case OracleLexer.REAL_LITERAL: return "a number";
            case OracleLexer.BIND_VARIABLE: return "a bind variable";
            case OracleLexer.INQUIRY_DIRECTIVE: return "an inquiry directive";
            case OracleLexer.NOT_EQUALS: return "`<>`";
            case OracleLexer.CURSOR_ATTRIBUTE: return "a cursor attribute";
            default: return null;
        }
    }
}

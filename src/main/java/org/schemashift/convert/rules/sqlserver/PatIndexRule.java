package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.NlsString;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * {@code PATINDEX('%pattern%', s)}: where the LIKE pattern (with T-SQL's {@code [classes]}) first
 * matches in s, 0 when nowhere. The pattern becomes a regular expression searched with REGEXP_INSTR:
 * a leading {@code %} leaves its start free, otherwise it is anchored at the start of s; a trailing
 * {@code %} leaves its end free, otherwise it is anchored at the end. Flags {@code i} (the default
 * collations compare case-insensitively) and {@code n}. A pattern that is no literal is reported.
 */
final class PatIndexRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J009";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "PATINDEX") || ((SqlCall) node).operandCount() != 2) return null;
        SqlCall call = (SqlCall) node;
        if (!(call.operand(0) instanceof SqlLiteral literal) || !(literal.getValue() instanceof NlsString text)) {
            context.unconvertible("PATINDEX with a pattern that is not a literal");
            return null;
        }
        SqlParserPos p = call.getParserPosition();
        return SqlLibraryOperators.REGEXP_INSTR.createCall(p, call.operand(1), SqlLiteral.createCharString(regex(text.getValue()), p),
                number(1, p), number(1, p), number(0, p), SqlLiteral.createCharString("in", p));
    }

    /** The search expression of a PATINDEX pattern: anchored where the pattern has no % at that end. */
    static String regex(String pattern) {
        boolean freeStart = pattern.startsWith("%");
        boolean freeEnd = pattern.length() > (freeStart ? 1 : 0) && pattern.endsWith("%");
        String body = pattern.substring(freeStart ? 1 : 0, pattern.length() - (freeEnd ? 1 : 0));
        return (freeStart ? "" : "^") + LikeCharacterClassRule.translated(body) + (freeEnd ? "" : "$");
    }

    private static SqlLiteral number(int value, SqlParserPos p) {
        return SqlLiteral.createExactNumeric(String.valueOf(value), p);
    }
}

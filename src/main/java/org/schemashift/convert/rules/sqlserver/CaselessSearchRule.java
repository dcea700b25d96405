package org.schemashift.convert.rules.sqlserver;

import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.NlsString;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * CHARINDEX and REPLACE under a case-insensitive collation (SQL Server's default) find their search
 * text whatever its case (CHARINDEX('B', 'abc') is 2, REPLACE('aXa', 'x', 'y') is 'aya'); the
 * targets' strpos/LOCATE and REPLACE match case exactly (MySQL's LOCATE follows the collation, its
 * REPLACE never does). Where the operands compare without case, CHARINDEX searches the lower-cased
 * texts and REPLACE becomes a case-insensitive regular-expression replacement of the escaped
 * pattern; a pattern or replacement that is no literal is reported. Text that has no case (no
 * letters) keeps the plain function. The operands' collation is an explicit binary COLLATE's, else
 * that of the first column among them (through its alias), else the database's default (a column
 * has precedence over a literal or variable).
 */
final class CaselessSearchRule implements ExpressionRule {
    @Override
    public String id() {
        return "MSS-J016";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean charIndex = PseudoFunctions.isCall(node, "CHARINDEX") && ((SqlCall) node).operandCount() >= 2
                && ((SqlCall) node).operandCount() <= 3;
        if (!charIndex && !DateParts.isCall(node, "REPLACE", 3)) return null;
        SqlCall call = (SqlCall) node;
        String searched = text(call.operand(charIndex ? 0 : 1));
        if (searched != null && !hasCase(searched) || !ignoresCase(call, context)) return null;
        SqlParserPos p = call.getParserPosition();
        if (charIndex) {
            SqlNode from = call.operandCount() == 3 ? call.operand(2) : null;
            SqlNode needle = lower(call.operand(0), p);
            SqlNode haystack = lower(call.operand(1), p);
            return from == null ? SqlStdOperatorTable.POSITION.createCall(p, needle, haystack)
                    : SqlStdOperatorTable.POSITION.createCall(p, needle, haystack, startAt(from, p));
        }
        String replacement = text(call.operand(2));
        if (searched == null || replacement == null || replacement.contains("\\") || replacement.contains("$")) {
            context.note(SqlServerCode.CASE_SENSITIVE_REPLACE, "REPLACE under a case-insensitive collation kept as a case-sensitive REPLACE");
            return null;
        }
        return SqlLibraryOperators.REGEXP_REPLACE_6.createCall(p, call.operand(0), SqlLiteral.createCharString(LikeCharacterClassRule.literal(searched), p),
                call.operand(2), number(1, p), number(0, p), SqlLiteral.createCharString("i", p));
    }

    /**
     * Whether the call's text operands compare without case: not when one has an explicit binary
     * COLLATE (which takes precedence, as in SQL Server); else by the first column's collation (its
     * table's, reached through an alias), else the default.
     */
    private static boolean ignoresCase(SqlCall call, RuleContext context) {
        for (SqlNode operand : call.getOperandList()) {
            if (operand instanceof SqlCall collated && collated.getOperator() == CanonicalOperators.BINARY_COLLATED) return false;
        }
        for (SqlNode operand : call.getOperandList()) {
            if (operand instanceof SqlIdentifier column) return context.ignoresCase(column);
        }
        return context.ignoresCase(null, "");
    }

    /** CHARINDEX's start: below 1 searches from the beginning. */
    private static SqlNode startAt(SqlNode from, SqlParserPos p) {
        SqlNode above = SqlStdOperatorTable.GREATER_THAN.createCall(p, from, number(1, p));
        return SqlCase.createSwitched(p, null, SqlNodeList.of(above), SqlNodeList.of(from), number(1, p));
    }

    /** The operand in lower case: a literal folded now, anything else through LOWER. */
    private static SqlNode lower(SqlNode operand, SqlParserPos p) {
        String text = text(operand);
        return text != null ? SqlLiteral.createCharString(text.toLowerCase(Locale.ROOT), p) : SqlStdOperatorTable.LOWER.createCall(p, operand);
    }

    private static boolean hasCase(String text) {
        return !text.toLowerCase(Locale.ROOT).equals(text.toUpperCase(Locale.ROOT));
    }

    private static String text(SqlNode node) {
        return node instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s ? s.getValue() : null;
    }

    private static SqlLiteral number(int value, SqlParserPos p) {
        return SqlLiteral.createExactNumeric(String.valueOf(value), p);
    }
}

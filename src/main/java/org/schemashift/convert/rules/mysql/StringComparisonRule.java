package org.schemashift.convert.rules.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.source.mysql.MySqlCode;
import org.schemashift.source.sql.CastTargets;

/**
 * Comparisons whose meaning depends on MySQL's rules for strings, on a target that compares text
 * exactly (PostgreSQL). Two strings compare under MySQL's default collations ignoring case, accents
 * and trailing spaces: an item, where a side is not a literal without letters or trailing spaces
 * (such a literal compares the same either way). A string compared with a number is read as a
 * number by MySQL (https://dev.mysql.com/doc/refman/8.0/en/type-conversion.html): the string side is
 * cast to DECIMAL, which PostgreSQL needs (it has no text = integer), with an item, as text
 * that is not a number is 0 on MySQL and an error on PostgreSQL. String literals are left alone:
 * PostgreSQL reads an untyped literal as the other side's type.
 */
final class StringComparisonRule implements ExpressionRule {
    private static final Set<SqlKind> COMPARISONS = Set.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
            SqlKind.GREATER_THAN, SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.LIKE,
            SqlKind.IN, SqlKind.NOT_IN);

    @Override
    public String id() {
        return "MY-J008";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlCall call) || !COMPARISONS.contains(call.getKind()) || call.operandCount() < 2) return null;
        List<SqlNode> sides = new ArrayList<>();
        sides.add(call.operand(0));
        if (call.operand(1) instanceof SqlNodeList list) list.forEach(sides::add);
        else sides.add(call.operand(1));
        boolean strings = sides.stream().allMatch(s -> context.typeOf(s) == TypeFamily.STRING);
        if (strings && sides.stream().allMatch(s -> !(s instanceof SqlLiteral) || casesOrPads(s))) {
            context.note(MySqlCode.CASE_INSENSITIVE_COMPARISON, node.toString());
            return null;
        }
        if (call.operand(1) instanceof SqlNodeList) return null;
        SqlNode left = call.operand(0);
        SqlNode right = call.operand(1);
        if (isStringColumn(left, context) && context.typeOf(right) == TypeFamily.NUMBER) {
            return compared(call, asNumber(left), right, context);
        }
        if (isStringColumn(right, context) && context.typeOf(left) == TypeFamily.NUMBER) {
            return compared(call, left, asNumber(right), context);
        }
        return null;
    }

    private static SqlNode compared(SqlCall call, SqlNode left, SqlNode right, RuleContext context) {
        context.note(MySqlCode.STRING_NUMBER_COMPARISON, call.toString());
        return call.getOperator().createCall(call.getParserPosition(), left, right);
    }

    /** Whether a literal's comparison can depend on case, accents or trailing spaces. */
    private static boolean casesOrPads(SqlNode literal) {
        if (!(literal instanceof SqlCharStringLiteral text)) return false;
        String value = text.getValueAs(String.class);
        return value.endsWith(" ") || !value.toUpperCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))
                || value.chars().anyMatch(c -> c > 127);
    }

    private static boolean isStringColumn(SqlNode node, RuleContext context) {
        return !(node instanceof SqlLiteral) && context.typeOf(node) == TypeFamily.STRING;
    }

    private static SqlNode asNumber(SqlNode node) {
        return SqlStdOperatorTable.CAST.createCall(node.getParserPosition(), node,
                CastTargets.standard(SqlTypeName.DECIMAL, node.getParserPosition()));
    }
}

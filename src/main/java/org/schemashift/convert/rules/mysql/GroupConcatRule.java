package org.schemashift.convert.rules.mysql;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.source.mysql.MySqlCode;

/**
 * The builder's {@code GROUP_CONCAT(sep, a, b)} (https://dev.mysql.com/doc/refman/8.0/en/aggregate-functions.html#function_group-concat)
 * is the standard {@code LISTAGG([DISTINCT] a || b, sep)}: the values as text, concatenated, a row
 * where any of them is NULL skipped (which is what LISTAGG does with the NULL concatenation).
 * Its ORDER BY is the WITHIN GROUP around it. PostgreSQL orders a DISTINCT aggregate only by
 * its value, so a DISTINCT list ordered by anything else is ordered by the value instead, with
 * an item. MySQL also cuts the result at group_concat_max_len; that is noted.
 */
final class GroupConcatRule implements ExpressionRule {
    private static final SqlTemplate AS_TEXT = SqlTemplate.canonical("CAST({0} AS VARCHAR)");
    /** The values cast to text; a string, or a value of unknown type, is taken as it is. */
    private static final Set<TypeFamily> NOT_TEXT = EnumSet.of(TypeFamily.NUMBER, TypeFamily.DATE, TypeFamily.DATETIME,
            TypeFamily.TIMESTAMP, TypeFamily.BOOLEAN, TypeFamily.INTERVAL);

    @Override
    public String id() {
        return "MY-J004";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlCall within && within.getKind() == SqlKind.WITHIN_GROUP) return orderedDistinct(within, context);
        if (!PseudoFunctions.isCall(node, "GROUP_CONCAT")) return null;
        SqlCall call = (SqlCall) node;
        SqlParserPos p = call.getParserPosition();
        List<SqlNode> operands = call.getOperandList();
        SqlNode value = null;
        for (SqlNode operand : operands.subList(1, operands.size())) {
            SqlNode text = NOT_TEXT.contains(context.typeOf(operand)) ? AS_TEXT.apply(operand) : operand;
            value = value == null ? text : SqlStdOperatorTable.CONCAT.createCall(p, value, text);
        }
        context.note(MySqlCode.GROUP_CONCAT_LENGTH, "GROUP_CONCAT: the list is not cut at group_concat_max_len");
        return SqlStdOperatorTable.LISTAGG.createCall(call.getFunctionQuantifier(), p, value, operands.get(0));
    }

    /** A DISTINCT list ordered by other keys than its value: ordered by the value, in the first key's direction. */
    private static SqlNode orderedDistinct(SqlCall within, RuleContext context) {
        if (!(within.operand(0) instanceof SqlBasicCall agg) || agg.getOperator() != SqlStdOperatorTable.LISTAGG
                || agg.getFunctionQuantifier() == null || !(within.operand(1) instanceof SqlNodeList order) || order.isEmpty()) {
            return null;
        }
        SqlNode value = agg.operand(0);
        if (order.size() == 1 && order.get(0).equalsDeep(value, Litmus.IGNORE)) return null;
        SqlParserPos p = within.getParserPosition();
        boolean descending = order.get(0).getKind() == SqlKind.DESCENDING;
        SqlNode key = descending ? SqlStdOperatorTable.DESC.createCall(p, value) : value;
        context.note(MySqlCode.GROUP_CONCAT_DISTINCT_ORDER, "GROUP_CONCAT(DISTINCT ... ORDER BY " + order
                + "): the distinct values are ordered by themselves");
        return SqlStdOperatorTable.WITHIN_GROUP.createCall(p, agg, new SqlNodeList(List.of(key), p));
    }

}

package org.schemashift.convert.rules.mysql;

import java.util.List;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.source.mysql.MySqlCode;
import org.schemashift.source.sql.CastTargets;

/**
 * MySQL takes any number as a condition: true when it is not 0, unknown when NULL
 * (https://dev.mysql.com/doc/refman/8.0/en/where-optimization.html, flow-control statements), and a
 * string as the number it converts to ('0abc' is 0). A condition the resolver types as a number (a
 * column, a function's result such as LOCATE) becomes {@code x <> 0}, which is NULL for NULL as on
 * MySQL; a string becomes {@code CAST(x AS DECIMAL) <> 0}, with an item, as text that is not a number
 * is 0 on MySQL and an error on PostgreSQL. Conditions are the operands of AND, OR, NOT and XOR,
 * WHERE, HAVING, ON and a searched CASE's WHEN; a stored program's IF, WHILE and UNTIL use {@link #truth}.
 */
public final class NumberConditionRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-J009";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlSelect select) {
            select.setWhere(condition(select.getWhere(), context));
            select.setHaving(condition(select.getHaving(), context));
        } else if (node instanceof SqlJoin join && join.getConditionType() == JoinConditionType.ON) {
            join.setOperand(5, condition(join.getCondition(), context));
        } else if (node instanceof SqlUpdate update) {
            update.setOperand(3, condition(update.getCondition(), context));
        } else if (node instanceof SqlDelete delete) {
            delete.setOperand(1, condition(delete.getCondition(), context));
        } else if (node instanceof SqlCase c && c.getValueOperand() == null) {
            SqlNodeList whens = c.getWhenOperands();
            for (int i = 0; i < whens.size(); i++) whens.set(i, condition(whens.get(i), context));
        } else if (node instanceof SqlCall call && isLogical(call)) {
            List<SqlNode> operands = call.getOperandList();
            for (int i = 0; i < operands.size(); i++) call.setOperand(i, condition(operands.get(i), context));
        }
        return null;
    }

    /**
     * {@code condition} as a truth value, given the family of its source: a number compared with 0, a
     * string cast to a number first; anything else as it is.
     */
    public static SqlNode truth(SqlNode condition, TypeFamily family) {
        if (family != TypeFamily.NUMBER && family != TypeFamily.STRING) return condition;
        SqlNode number = family == TypeFamily.NUMBER ? condition : SqlStdOperatorTable.CAST.createCall(
                condition.getParserPosition(), condition, CastTargets.standard(SqlTypeName.DECIMAL, condition.getParserPosition()));
        return SqlStdOperatorTable.NOT_EQUALS.createCall(condition.getParserPosition(), number,
                SqlLiteral.createExactNumeric("0", condition.getParserPosition()));
    }

    private static SqlNode condition(SqlNode condition, RuleContext context) {
        if (condition == null) return null;
        TypeFamily family = context.typeOf(condition);
        if (family == TypeFamily.STRING) context.note(MySqlCode.STRING_CONDITION, condition.toString());
        return truth(condition, family);
    }

    private static boolean isLogical(SqlCall call) {
        return call.getKind() == SqlKind.AND || call.getKind() == SqlKind.OR || call.getKind() == SqlKind.NOT
                || call.getOperator().getName().equals("XOR");
    }
}

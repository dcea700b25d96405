package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;

/**
 * T-SQL {@code a + b} concatenates when both operands are strings (with a string and a number it
 * adds, converting the string). Under SQL Server's default CONCAT_NULL_YIELDS_NULL ON, a NULL
 * operand makes the result NULL, which is exactly the standard {@code a || b}; so it becomes CONCAT.
 */
final class StringPlusRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J001";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node.getKind() != SqlKind.PLUS || !(node instanceof SqlCall call)) return null;
        TypeFamily left = family(call.operand(0), context);
        TypeFamily right = family(call.operand(1), context);
        boolean strings = left == TypeFamily.STRING && right != TypeFamily.NUMBER && !right.isTemporal()
                || right == TypeFamily.STRING && left != TypeFamily.NUMBER && !left.isTemporal();
        return strings ? SqlStdOperatorTable.CONCAT.createCall(call.getParserPosition(), call.operand(0), call.operand(1)) : null;
    }

    /**
     * A concatenation this rule already made of an inner {@code +} is a string ({@code a + ' ' + b} with a and b of
     * unknown type: the inner sum of a and a string is one), whatever family the source tree gave the inner sum.
     */
    private static TypeFamily family(SqlNode operand, RuleContext context) {
        return operand instanceof SqlCall inner && inner.getOperator() == SqlStdOperatorTable.CONCAT ? TypeFamily.STRING
                : context.typeOf(operand);
    }
}

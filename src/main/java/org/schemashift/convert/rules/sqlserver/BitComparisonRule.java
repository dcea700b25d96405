package org.schemashift.convert.rules.sqlserver;

import java.math.BigDecimal;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;

/**
 * A BIT column compared with 0 or 1 ({@code discontinued = 0}): BIT reads as BOOLEAN, so the
 * number becomes FALSE or TRUE (PostgreSQL has no boolean = integer; MySQL's booleans are 0 and 1).
 */
final class BitComparisonRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J003";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlCall call) || call.operandCount() != 2
                || !(node.getKind() == SqlKind.EQUALS || node.getKind() == SqlKind.NOT_EQUALS)) {
            return null;
        }
        SqlNode left = call.operand(0);
        SqlNode right = call.operand(1);
        if (context.typeOf(left) == TypeFamily.BOOLEAN && bit(right) != null) {
            return call.getOperator().createCall(call.getParserPosition(), left, bit(right));
        }
        if (context.typeOf(right) == TypeFamily.BOOLEAN && bit(left) != null) {
            return call.getOperator().createCall(call.getParserPosition(), bit(left), right);
        }
        return null;
    }

    /** TRUE for 1, FALSE for 0, null for anything else. */
    private static SqlNode bit(SqlNode node) {
        if (!(node instanceof SqlNumericLiteral literal)) return null;
        BigDecimal value = literal.getValueAs(BigDecimal.class);
        if (value.compareTo(BigDecimal.ZERO) == 0) return SqlLiteral.createBoolean(false, literal.getParserPosition());
        if (value.compareTo(BigDecimal.ONE) == 0) return SqlLiteral.createBoolean(true, literal.getParserPosition());
        return null;
    }
}

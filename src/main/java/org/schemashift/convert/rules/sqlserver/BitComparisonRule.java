package org.schemashift.convert.rules.sqlserver;

import java.math.BigDecimal;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.source.sql.CastTargets;

/**
 * A BIT column compared with a number ({@code discontinued = 0}): BIT reads as BOOLEAN, so 0 and 1
 * become FALSE and TRUE (PostgreSQL has no boolean = integer; MySQL's booleans are 0 and 1). Any
 * other number is compared as SQL Server does, with the bit as the integer 0 or 1
 * ({@code CHECK (x = 13)} holds for no row).
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
        if (context.typeOf(left) == TypeFamily.BOOLEAN && right instanceof SqlNumericLiteral) {
            return call.getOperator().createCall(call.getParserPosition(), comparable(left, right), bitOrNumber(right));
        }
        if (context.typeOf(right) == TypeFamily.BOOLEAN && left instanceof SqlNumericLiteral) {
            return call.getOperator().createCall(call.getParserPosition(), bitOrNumber(left), comparable(right, left));
        }
        return null;
    }

    /** The bit itself against 0 or 1, else the bit as an integer. */
    private static SqlNode comparable(SqlNode bit, SqlNode number) {
        if (bit(number) != null) return bit;
        SqlParserPos p = bit.getParserPosition();
        return SqlStdOperatorTable.CAST.createCall(p, bit, CastTargets.standard(SqlTypeName.INTEGER, p));
    }

    private static SqlNode bitOrNumber(SqlNode number) {
        SqlNode bit = bit(number);
        return bit != null ? bit : number;
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

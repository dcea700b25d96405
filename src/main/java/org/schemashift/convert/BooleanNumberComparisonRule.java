package org.schemashift.convert;

import java.math.BigDecimal;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.source.sql.CastTargets;

/**
 * A boolean column compared with a number, where the source stores booleans as numbers: SQL
 * Server's BIT ({@code discontinued = 0}) and MySQL's TINYINT(1) where the target makes it a
 * boolean ({@code active = 1}). 0 and 1 become FALSE and TRUE, in comparisons and IN lists
 * (PostgreSQL has no boolean = integer; MySQL's booleans are 0 and 1). Any other number is
 * compared as the source does, with the column as the integer 0 or 1 ({@code CHECK (x = 13)}
 * holds for no row). A 0 or 1 assigned to such a column by an UPDATE's SET or an INSERT's VALUES
 * becomes FALSE or TRUE too (PostgreSQL has no integer-to-boolean assignment cast), as
 * {@link BooleanNumberAssignments} does. A boolean compared with a number column or expression
 * ({@code n = TRUE}: MySQL's TRUE is 1) is compared as the integer 0 or 1. {@code id}: the source's rule id.
 */
public record BooleanNumberComparisonRule(String id) implements ExpressionRule {

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlUpdate || node instanceof SqlInsert) return BooleanNumberAssignments.rewrite((SqlCall) node, context);
        if (node instanceof SqlCall in && (node.getKind() == SqlKind.IN || node.getKind() == SqlKind.NOT_IN)
                && context.typeOf(in.operand(0)) == TypeFamily.BOOLEAN && in.operand(1) instanceof SqlNodeList list) {
            return booleanList(in, list);
        }
        if (!(node instanceof SqlCall call) || call.operandCount() != 2 || !node.getKind().belongsTo(SqlKind.COMPARISON)) {
            return null;
        }
        SqlNode left = call.operand(0);
        SqlNode right = call.operand(1);
        boolean equality = node.getKind() == SqlKind.EQUALS || node.getKind() == SqlKind.NOT_EQUALS;
        if (equality && context.typeOf(left) == TypeFamily.BOOLEAN && right instanceof SqlNumericLiteral) {
            return call.getOperator().createCall(call.getParserPosition(), comparable(left, right), bitOrNumber(right));
        }
        if (equality && context.typeOf(right) == TypeFamily.BOOLEAN && left instanceof SqlNumericLiteral) {
            return call.getOperator().createCall(call.getParserPosition(), bitOrNumber(left), comparable(right, left));
        }
        // a boolean and a number (n = TRUE, flag < n): the source compares the boolean as the integer 0 or 1
        if (context.typeOf(left) == TypeFamily.BOOLEAN && context.typeOf(right) == TypeFamily.NUMBER) {
            return call.getOperator().createCall(call.getParserPosition(), asInteger(left), right);
        }
        if (context.typeOf(right) == TypeFamily.BOOLEAN && context.typeOf(left) == TypeFamily.NUMBER) {
            return call.getOperator().createCall(call.getParserPosition(), left, asInteger(right));
        }
        return null;
    }

    /** {@code CAST(b AS INTEGER)}: 0 or 1 (NULL for NULL), the number the source stores a boolean as. */
    public static SqlNode asInteger(SqlNode bool) {
        SqlParserPos p = bool.getParserPosition();
        if (bool instanceof SqlLiteral literal && literal.getTypeName() == SqlTypeName.BOOLEAN && literal.getValue() != null) {
            return SqlLiteral.createExactNumeric(literal.booleanValue() ? "1" : "0", p);
        }
        return SqlStdOperatorTable.CAST.createCall(p, bool, CastTargets.standard(SqlTypeName.INTEGER, p));
    }

    /** {@code b IN (0, 1)} as {@code b IN (FALSE, TRUE)}; a list with any other member is left as it is. */
    private static SqlNode booleanList(SqlCall in, SqlNodeList list) {
        SqlNodeList booleans = new SqlNodeList(list.getParserPosition());
        for (SqlNode member : list) {
            SqlNode bit = bit(member);
            if (bit == null) return null;
            booleans.add(bit);
        }
        return in.getOperator().createCall(in.getParserPosition(), in.operand(0), booleans);
    }

    /** The bit itself against 0 or 1, else the bit as an integer. */
    private static SqlNode comparable(SqlNode bit, SqlNode number) {
        return bit(number) != null ? bit : asInteger(bit);
    }

    private static SqlNode bitOrNumber(SqlNode number) {
        SqlNode bit = bit(number);
        return bit != null ? bit : number;
    }

    /** TRUE for 1, FALSE for 0, null for anything else. */
    public static SqlNode bit(SqlNode node) {
        if (!(node instanceof SqlNumericLiteral literal)) return null;
        BigDecimal value = literal.getValueAs(BigDecimal.class);
        if (value.compareTo(BigDecimal.ZERO) == 0) return SqlLiteral.createBoolean(false, literal.getParserPosition());
        if (value.compareTo(BigDecimal.ONE) == 0) return SqlLiteral.createBoolean(true, literal.getParserPosition());
        return null;
    }
}

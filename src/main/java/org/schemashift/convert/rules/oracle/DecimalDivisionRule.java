package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.convert.TypeFamily;

/**
 * Oracle NUMBER division is exact ({@code 7 / 2} is 3.5, {@code 1 / 24} a fraction of a day);
 * a target may divide two integers as integers (PostgreSQL: 3, 0), and Oracle NUMBER(p) columns
 * become integer types. The dividend is cast to NUMERIC unless it is a literal with a decimal point
 * or an interval.
 */
public final class DecimalDivisionRule implements ExpressionRule {
    private static final SqlTemplate EXACT = SqlTemplate.canonical("CAST({0} AS NUMERIC) / {1}");

    @Override
    public String id() {
        return "ORA-J021";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node.getKind() != SqlKind.DIVIDE || ((SqlCall) node).operandCount() != 2) return null;
        SqlCall call = (SqlCall) node;
        SqlNode dividend = call.operand(0);
        if (dividend instanceof SqlNumericLiteral n && !n.isInteger()) return null;
        if (dividend.getKind() == SqlKind.CAST) return null;
        TypeFamily type = context.typeOf(dividend);
        if (type == TypeFamily.INTERVAL || type.isTemporal()) return null;   // an interval divided by n stays one
        return EXACT.apply(dividend, call.operand(1));
    }
}

package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.convert.TypeFamily;

/**
 * Oracle date arithmetic counts in days: {@code date + n} and {@code date - n} add or subtract n
 * days (fractions are hours, minutes, seconds) and give a DATE, so the result is cast to
 * TIMESTAMP(0) like every Oracle DATE; {@code date - date} is the number of days between them,
 * with a fraction: canonical PLUS_DAYS, MINUS_DAYS and DAYS_BETWEEN, which targets spell with
 * intervals. Needs operand types: an operand of unknown type leaves the expression unchanged.
 */
public final class DateArithmeticRule implements ExpressionRule {
    private static final SqlTemplate PLUS_DAYS = SqlTemplate.canonical("CAST(PLUS_DAYS({0}, {1}) AS TIMESTAMP(0))");
    private static final SqlTemplate MINUS_DAYS = SqlTemplate.canonical("CAST(MINUS_DAYS({0}, {1}) AS TIMESTAMP(0))");
    private static final SqlTemplate DAYS_BETWEEN = SqlTemplate.canonical("DAYS_BETWEEN({0}, {1})");

    @Override
    public String id() {
        return "ORA-J008";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node.getKind() != SqlKind.PLUS && node.getKind() != SqlKind.MINUS) return null;
        SqlCall call = (SqlCall) node;
        if (call.operandCount() != 2) return null;
        SqlNode left = call.operand(0);
        SqlNode right = call.operand(1);
        TypeFamily l = context.typeOf(left);
        TypeFamily r = context.typeOf(right);
        if (node.getKind() == SqlKind.PLUS) {
            if (l.isTemporal() && r == TypeFamily.NUMBER) return PLUS_DAYS.apply(left, right);
            if (r.isTemporal() && l == TypeFamily.NUMBER) return PLUS_DAYS.apply(right, left);
            return null;
        }
        if (l.isTemporal() && r == TypeFamily.NUMBER) return MINUS_DAYS.apply(left, right);
        if (l == TypeFamily.DATETIME && r == TypeFamily.DATETIME) return DAYS_BETWEEN.apply(left, right);
        return null;
    }
}

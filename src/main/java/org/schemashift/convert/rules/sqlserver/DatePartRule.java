package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.source.sql.CastTargets;

/**
 * {@code DATEPART(part, d)} is EXTRACT of the part (seconds without their fraction, as DATEPART
 * gives an integer); {@code DATENAME(part, d)} of a numeric part is that number as text. Month and
 * weekday names (language-dependent), day of year, week and weekday numbers (DATEFIRST-dependent)
 * and parts below a second are reported.
 */
final class DatePartRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J007";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean name = DateParts.isCall(node, "DATENAME", 2);
        if (!name && !DateParts.isCall(node, "DATEPART", 2)) return null;
        SqlCall call = (SqlCall) node;
        DateParts.Part part = DateParts.of(call.operand(0));
        SqlParserPos p = call.getParserPosition();
        TimeUnit unit = part == null ? null : switch (part.name()) {
            case "year" -> TimeUnit.YEAR;
            case "quarter" -> TimeUnit.QUARTER;
            case "month" -> name ? null : TimeUnit.MONTH;
            case "day" -> TimeUnit.DAY;
            case "hour" -> TimeUnit.HOUR;
            case "minute" -> TimeUnit.MINUTE;
            case "second" -> TimeUnit.SECOND;
            default -> null;
        };
        if (unit == null) {
            context.unconvertible((name ? "DATENAME(" : "DATEPART(") + call.operand(0) + ", ...)");
            return null;
        }
        SqlNode value = DateParts.extract(unit, DateParts.temporal(call.operand(1)), p);
        if (unit == TimeUnit.SECOND) value = SqlStdOperatorTable.FLOOR.createCall(p, value);
        return name ? SqlStdOperatorTable.CAST.createCall(p, value, CastTargets.standard(SqlTypeName.VARCHAR, 30, null, p)) : value;
    }
}

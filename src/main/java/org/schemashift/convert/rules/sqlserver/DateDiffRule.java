package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * {@code DATEDIFF(part, start, end)} counts the datepart boundaries crossed between the two
 * (DATEDIFF(year, '2023-12-31', '2024-01-01') is 1), not whole elapsed units: years and months
 * are differences of EXTRACTed fields, days (and dayofyear, weekday) the days between the dates,
 * hours, minutes and seconds the days times 24 plus the difference of the hour (and so on down),
 * parts below a second the seconds times their number in a second plus the difference of the
 * fractions. Weeks are the Sundays crossed, whatever DATEFIRST says
 * (https://learn.microsoft.com/sql/t-sql/functions/datediff-transact-sql): the difference of the
 * whole weeks since a Sunday.
 */
final class DateDiffRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J006";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!DateParts.isCall(node, "DATEDIFF", 3)) return null;
        SqlCall call = (SqlCall) node;
        DateParts.Part part = DateParts.of(call.operand(0));
        SqlNode start = DateParts.temporal(call.operand(1));
        SqlNode end = DateParts.temporal(call.operand(2));
        SqlParserPos p = call.getParserPosition();
        if (part == null) {
            context.unconvertible("DATEDIFF(" + call.operand(0) + ", ...)");
            return null;
        }
        return switch (part.name()) {
            case "year" -> difference(TimeUnit.YEAR, start, end, p);
            case "quarter" -> plus(times(difference(TimeUnit.YEAR, start, end, p), 4, p), difference(TimeUnit.QUARTER, start, end, p), p);
            case "month" -> plus(times(difference(TimeUnit.YEAR, start, end, p), 12, p), difference(TimeUnit.MONTH, start, end, p), p);
            case "day", "dayofyear", "weekday" -> days(start, end, p);
            case "week" -> SqlStdOperatorTable.MINUS.createCall(p, weeks(end, p), weeks(start, p));
            case "hour" -> hours(start, end, p);
            case "minute" -> minutes(start, end, p);
            case "second" -> seconds(start, end, p);
            case "millisecond" -> belowSecond(part.name(), 1000, start, end, p);
            case "microsecond" -> belowSecond(part.name(), 1_000_000, start, end, p);
            case "nanosecond" -> belowSecond(part.name(), 1_000_000_000, start, end, p);
            default -> throw new IllegalStateException("datepart " + part.name());
        };
    }

    /** The whole weeks from Sunday 0001-01-07 to d. */
    private static SqlNode weeks(SqlNode d, SqlParserPos p) {
        return SqlStdOperatorTable.FLOOR.createCall(p, SqlStdOperatorTable.DIVIDE.createCall(p, DatePartRule.daysSinceSunday(d, p),
                SqlLiteral.createExactNumeric("7", p)));
    }

    private static SqlNode seconds(SqlNode start, SqlNode end, SqlParserPos p) {
        return plus(times(minutes(start, end, p), 60, p), floorDifference(start, end, p), p);
    }

    /** The seconds times {@code perSecond} plus the difference of the fractions as DATEPART reads them. */
    private static SqlNode belowSecond(String part, int perSecond, SqlNode start, SqlNode end, SqlParserPos p) {
        SqlNode fractions = SqlStdOperatorTable.MINUS.createCall(p, DatePartRule.number(part, end, p), DatePartRule.number(part, start, p));
        return plus(times(seconds(start, end, p), perSecond, p), fractions, p);
    }

    private static SqlNode days(SqlNode start, SqlNode end, SqlParserPos p) {
        return CanonicalOperators.DAYS_BETWEEN_DATES.createCall(p, end, start);
    }

    private static SqlNode hours(SqlNode start, SqlNode end, SqlParserPos p) {
        return plus(times(days(start, end, p), 24, p), difference(TimeUnit.HOUR, start, end, p), p);
    }

    private static SqlNode minutes(SqlNode start, SqlNode end, SqlParserPos p) {
        return plus(times(hours(start, end, p), 60, p), difference(TimeUnit.MINUTE, start, end, p), p);
    }

    /** Whole seconds: EXTRACT(SECOND) carries the fraction. */
    private static SqlNode floorDifference(SqlNode start, SqlNode end, SqlParserPos p) {
        return SqlStdOperatorTable.MINUS.createCall(p,
                SqlStdOperatorTable.FLOOR.createCall(p, DateParts.extract(TimeUnit.SECOND, end, p)),
                SqlStdOperatorTable.FLOOR.createCall(p, DateParts.extract(TimeUnit.SECOND, start, p)));
    }

    private static SqlNode difference(TimeUnit unit, SqlNode start, SqlNode end, SqlParserPos p) {
        return SqlStdOperatorTable.MINUS.createCall(p, DateParts.extract(unit, end, p), DateParts.extract(unit, start, p));
    }

    private static SqlNode times(SqlNode value, int factor, SqlParserPos p) {
        return SqlStdOperatorTable.MULTIPLY.createCall(p, value, SqlLiteral.createExactNumeric(String.valueOf(factor), p));
    }

    private static SqlNode plus(SqlNode a, SqlNode b, SqlParserPos p) {
        return SqlStdOperatorTable.PLUS.createCall(p, a, b);
    }
}

package org.schemashift.convert.rules.sqlserver;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.source.sql.CastTargets;

/**
 * {@code DATEPART(part, d)} is the part as an integer: EXTRACT of it (seconds without their
 * fraction); millisecond, microsecond and nanosecond are the fraction of the second only
 * (nanoseconds from the microseconds both targets keep); dayofyear counts days from January 1st. Weekday and week assume SQL Server's default SET DATEFIRST 7 (weeks
 * start on Sunday): weekday is 1 on Sunday to 7 on Saturday, week counts the Sundays that began a
 * week since January 1st, week 1 holding January 1st. {@code DATENAME(part, d)} of month and
 * weekday is the English name (the default language us_english), of other parts the number as text.
 * iso_week (isowk, isoww) is the ISO 8601 week, which needs no DATEFIRST: the format model's IW.
 */
final class DatePartRule implements ExpressionRule {
    private static final String FIRST_SUNDAY = "0001-01-07";
    private static final Set<String> ISO_WEEK = Set.of("iso_week", "isowk", "isoww");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday");

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
        SqlNode date = DateParts.temporal(call.operand(1));
        if (isIsoWeek(call.operand(0))) return asNumberOrName(isoWeek(date, p), name, p);
        if (part == null) {
            context.unconvertible((name ? "DATENAME(" : "DATEPART(") + call.operand(0) + ", ...)");
            return null;
        }
        if (name && part.name().equals("month")) return named(DateParts.extract(TimeUnit.MONTH, date, p), MONTHS, 1, p);
        if (name && part.name().equals("weekday")) return named(sundayZero(date, p), WEEKDAYS, 0, p);
        return asNumberOrName(number(part.name(), date, p), name, p);
    }

    /** DATENAME of a numeric part is the number as text. */
    private static SqlNode asNumberOrName(SqlNode value, boolean name, SqlParserPos p) {
        return name ? SqlStdOperatorTable.CAST.createCall(p, value, CastTargets.standard(SqlTypeName.VARCHAR, 30, null, p)) : value;
    }

    private static boolean isIsoWeek(SqlNode operand) {
        return operand instanceof SqlIdentifier id && id.isSimple() && ISO_WEEK.contains(id.getSimple().toLowerCase(Locale.ROOT));
    }

    private static SqlNode isoWeek(SqlNode d, SqlParserPos p) {
        SqlNode text = CanonicalOperators.FORMAT_BY_MODEL.createCall(p, d, SqlLiteral.createCharString("IW", p));
        return SqlStdOperatorTable.CAST.createCall(p, text, CastTargets.standard(SqlTypeName.INTEGER, p));
    }

    /** The datepart {@code part} of {@code d} as SQL Server's DATEPART gives it. */
    static SqlNode number(String part, SqlNode d, SqlParserPos p) {
        return switch (part) {
            case "year" -> DateParts.extract(TimeUnit.YEAR, d, p);
            case "quarter" -> DateParts.extract(TimeUnit.QUARTER, d, p);
            case "month" -> DateParts.extract(TimeUnit.MONTH, d, p);
            case "day" -> DateParts.extract(TimeUnit.DAY, d, p);
            case "dayofyear" -> dayOfYear(d, p);
            case "hour" -> DateParts.extract(TimeUnit.HOUR, d, p);
            case "minute" -> DateParts.extract(TimeUnit.MINUTE, d, p);
            case "second" -> floor(DateParts.extract(TimeUnit.SECOND, d, p), p);
            case "weekday" -> SqlStdOperatorTable.PLUS.createCall(p, sundayZero(d, p), number(1, p));
            // (day of year - weekday from 0 + 5) / 7 + 1, rounded down: week 1 holds January 1st
            case "week" -> plus(floor(divide(plus(minus(dayOfYear(d, p), sundayZero(d, p), p), 5, p), 7, p), p), 1, p);
            case "millisecond" -> fraction(d, 1000, 1000, p);
            case "microsecond" -> fraction(d, 1, 1_000_000, p);
            case "nanosecond" -> SqlStdOperatorTable.MULTIPLY.createCall(p, fraction(d, 1, 1_000_000, p), number(1000, p));
            default -> throw new IllegalStateException("datepart " + part);
        };
    }

    /**
     * The weekday counted from 0 on Sunday: the days since Sunday 0001-01-07 modulo 7 (the targets'
     * EXTRACT(DOW) counts differently, and neither depends on a session setting this way).
     */
    private static SqlNode sundayZero(SqlNode d, SqlParserPos p) {
        return SqlStdOperatorTable.MOD.createCall(p, daysSinceSunday(d, p), number(7, p));
    }

    /** The days from Sunday 0001-01-07 to d: whole weeks of them end on a Saturday. */
    static SqlNode daysSinceSunday(SqlNode d, SqlParserPos p) {
        return CanonicalOperators.DAYS_BETWEEN_DATES.createCall(p, d, SqlLiteral.createDate(new DateString(FIRST_SUNDAY), p));
    }

    /** The days since January 1st of d's year, plus 1 (MySQL's EXTRACT has no DOY). */
    private static SqlNode dayOfYear(SqlNode d, SqlParserPos p) {
        SqlNode january1 = CanonicalOperators.MAKE_DATE.createCall(p, DateParts.extract(TimeUnit.YEAR, d, p), number(1, p), number(1, p));
        return plus(CanonicalOperators.DAYS_BETWEEN_DATES.createCall(p, d, january1), 1, p);
    }

    /** The English name of a number counted from {@code first}: a CASE over the names. */
    private static SqlNode named(SqlNode number, List<String> names, int first, SqlParserPos p) {
        SqlNodeList when = new SqlNodeList(p);
        SqlNodeList then = new SqlNodeList(p);
        for (int i = 0; i < names.size(); i++) {
            when.add(number(first + i, p));
            then.add(SqlLiteral.createCharString(names.get(i), p));
        }
        return new SqlCase(p, number, when, then, SqlLiteral.createNull(p));
    }

    /**
     * The fraction of d's second in units of {@code per} microseconds, below {@code modulus}: the
     * microseconds EXTRACT gives (PostgreSQL counts the whole seconds in, MySQL does not) modulo.
     */
    private static SqlNode fraction(SqlNode d, int per, int modulus, SqlParserPos p) {
        SqlNode micro = DateParts.extract(TimeUnit.MICROSECOND, d, p);
        SqlNode units = per == 1 ? floor(micro, p) : floor(divide(micro, per, p), p);
        return SqlStdOperatorTable.MOD.createCall(p, units, number(modulus, p));
    }

    private static SqlNode floor(SqlNode value, SqlParserPos p) {
        return SqlStdOperatorTable.FLOOR.createCall(p, value);
    }

    private static SqlNode divide(SqlNode value, int by, SqlParserPos p) {
        return SqlStdOperatorTable.DIVIDE.createCall(p, value, number(by, p));
    }

    private static SqlNode plus(SqlNode value, int n, SqlParserPos p) {
        return SqlStdOperatorTable.PLUS.createCall(p, value, number(n, p));
    }

    private static SqlNode minus(SqlNode a, SqlNode b, SqlParserPos p) {
        return SqlStdOperatorTable.MINUS.createCall(p, a, b);
    }

    private static SqlLiteral number(int n, SqlParserPos p) {
        return SqlLiteral.createExactNumeric(BigDecimal.valueOf(n).toPlainString(), p);
    }
}

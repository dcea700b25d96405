package org.schemashift.convert.rules.mysql;

import java.util.Locale;
import java.util.Map;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.source.sql.CastTargets;

/**
 * MySQL date arithmetic (https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html) as
 * the standard TIMESTAMPADD: {@code DATE_ADD(d, INTERVAL n unit)}, ADDDATE, DATE_SUB, SUBDATE
 * ({@code ADDDATE(d, n)} adds days), {@code d + INTERVAL n unit}, {@code d - INTERVAL n unit} and
 * {@code TIMESTAMPADD(unit, n, d)}; a week is 7 days, a quarter 3 months. MySQL keeps a DATE a DATE
 * when the unit is a day or longer, so the sum is cast back to DATE then. {@code TIMESTAMPDIFF(unit,
 * a, b)} is the whole units elapsed, truncated toward zero: seconds to weeks from the seconds between
 * them, months, quarters and years from the calendar months (as MySQL counts them, comparing the day
 * and time of the month); composite units (DAY_HOUR...) are reported.
 */
final class DateArithmeticRule implements ExpressionRule {
    private record Unit(TimeUnit unit, int multiple, long seconds) {}

    private static final Map<String, Unit> UNITS = Map.of(
            "MICROSECOND", new Unit(TimeUnit.MICROSECOND, 1, 0), "SECOND", new Unit(TimeUnit.SECOND, 1, 1),
            "MINUTE", new Unit(TimeUnit.MINUTE, 1, 60), "HOUR", new Unit(TimeUnit.HOUR, 1, 3600),
            "DAY", new Unit(TimeUnit.DAY, 1, 86400), "WEEK", new Unit(TimeUnit.DAY, 7, 7 * 86400),
            "MONTH", new Unit(TimeUnit.MONTH, 1, 0), "QUARTER", new Unit(TimeUnit.MONTH, 3, 0),
            "YEAR", new Unit(TimeUnit.YEAR, 1, 0));
    private static final SqlTemplate ELAPSED = SqlTemplate.canonical(
            "CAST(TRUNCATE((EPOCH_SECONDS(CAST({1} AS TIMESTAMP)) - EPOCH_SECONDS(CAST({0} AS TIMESTAMP))) / {2}, 0) AS BIGINT)");
    /**
     * Whole months from {0} to {1}, counted as MySQL does: the calendar months between them, less one
     * when the later one's day and time of month have not reached the earlier one's; then whole
     * periods of {2} months (a quarter, a year), truncated toward zero.
     */
    private static final SqlTemplate MONTHS_ELAPSED = SqlTemplate.canonical(monthsElapsed());

    @Override
    public String id() {
        return "MY-J005";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlCall call)) return null;
        String name = PseudoFunctions.name(call);
        if (name == null) {
            if (call.getKind() == SqlKind.PLUS && call.operandCount() == 2) {
                if (isInterval(call.operand(1))) return add(call.operand(0), call.operand(1), false, context);
                if (isInterval(call.operand(0))) return add(call.operand(1), call.operand(0), false, context);
            }
            if (call.getKind() == SqlKind.MINUS && call.operandCount() == 2 && isInterval(call.operand(1))) {
                return add(call.operand(0), call.operand(1), true, context);
            }
            return null;
        }
        return switch (name) {
            case "DATE_ADD", "ADDDATE", "DATE_SUB", "SUBDATE" -> {
                if (call.operandCount() != 2) yield null;
                boolean minus = name.startsWith("DATE_SUB") || name.equals("SUBDATE");
                if (isInterval(call.operand(1))) yield add(call.operand(0), call.operand(1), minus, context);
                yield plus(call.operand(0), UNITS.get("DAY"), call.operand(1), minus, context);
            }
            case "TIMESTAMPADD" -> call.operandCount() == 3 && unit(call.operand(0), context) != null
                    ? plus(call.operand(2), unit(call.operand(0), context), call.operand(1), false, context) : null;
            case "TIMESTAMPDIFF" -> call.operandCount() == 3 ? elapsed(call, context) : null;
            default -> null;
        };
    }

    private SqlNode add(SqlNode date, SqlNode interval, boolean minus, RuleContext context) {
        SqlCall i = (SqlCall) interval;
        String word = ((SqlLiteral) i.operand(1)).getValueAs(String.class);
        Unit unit = UNITS.get(word.toUpperCase(Locale.ROOT));
        if (unit == null) {
            context.unconvertible("INTERVAL ... " + word);
            return null;
        }
        return plus(date, unit, i.operand(0), minus, context);
    }

    private static SqlNode plus(SqlNode date, Unit unit, SqlNode count, boolean minus, RuleContext context) {
        SqlParserPos p = date.getParserPosition();
        SqlNode n = unit.multiple() == 1 ? count
                : SqlStdOperatorTable.MULTIPLY.createCall(p, count, SqlLiteral.createExactNumeric(String.valueOf(unit.multiple()), p));
        if (minus) n = SqlStdOperatorTable.UNARY_MINUS.createCall(p, n);
        TypeFamily family = context.typeOf(date);
        SqlNode temporal = family == TypeFamily.STRING
                ? SqlStdOperatorTable.CAST.createCall(p, date, CastTargets.standard(SqlTypeName.TIMESTAMP, p)) : date;
        SqlNode sum = SqlStdOperatorTable.TIMESTAMP_ADD.createCall(p, new SqlIntervalQualifier(unit.unit(), null, p), n, temporal);
        boolean wholeDays = unit.unit() == TimeUnit.DAY || unit.unit() == TimeUnit.MONTH || unit.unit() == TimeUnit.YEAR;
        return family == TypeFamily.DATE && wholeDays
                ? SqlStdOperatorTable.CAST.createCall(p, sum, CastTargets.standard(SqlTypeName.DATE, p)) : sum;
    }

    private static SqlNode elapsed(SqlCall call, RuleContext context) {
        Unit unit = unit(call.operand(0), context);
        if (unit == null) return null;
        SqlParserPos p = call.getParserPosition();
        if (unit.seconds() == 0) {
            int months = unit.unit() == TimeUnit.YEAR ? 12 : unit.multiple();
            return MONTHS_ELAPSED.apply(call.operand(1), call.operand(2), SqlLiteral.createExactNumeric(String.valueOf(months), p));
        }
        return ELAPSED.apply(call.operand(1), call.operand(2), SqlLiteral.createExactNumeric(String.valueOf(unit.seconds()), p));
    }

    /**
     * A datetime as one number, its calendar month times 10^7 plus the seconds into the month (fewer
     * than 10^7): the difference of two, truncated to 10^7s, is MySQL's count of whole months.
     */
    private static String monthsElapsed() {
        String key = "((EXTRACT(YEAR FROM @x) * 12 + EXTRACT(MONTH FROM @x)) * 10000000 + EXTRACT(DAY FROM @x) * 86400"
                + " + EXTRACT(HOUR FROM @x) * 3600 + EXTRACT(MINUTE FROM @x) * 60 + EXTRACT(SECOND FROM @x))";
        return "CAST(TRUNCATE((" + key.replace("@x", "CAST({1} AS TIMESTAMP)") + " - " + key.replace("@x", "CAST({0} AS TIMESTAMP)")
                + ") / ({2} * 10000000), 0) AS BIGINT)";
    }

    private static Unit unit(SqlNode operand, RuleContext context) {
        Unit unit = operand instanceof SqlIdentifier id && id.isSimple() ? UNITS.get(id.getSimple().toUpperCase(Locale.ROOT)) : null;
        if (unit == null) context.unconvertible("the unit " + operand);
        return unit;
    }

    private static boolean isInterval(SqlNode node) {
        return PseudoFunctions.isCall(node, "INTERVAL");
    }
}

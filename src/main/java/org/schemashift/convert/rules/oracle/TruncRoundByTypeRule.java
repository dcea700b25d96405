package org.schemashift.convert.rules.oracle;

import org.schemashift.model.sql.PseudoFunctions;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.convert.TypeFamily;

/**
 * Oracle TRUNC and ROUND take a number or a date, and mean different things for each. By the
 * first operand's type: numbers become the standard TRUNCATE/ROUND (Oracle rounds half away from
 * zero, as exact numbers do on the targets); a date with no format or a literal format naming a
 * plain unit becomes TRUNC_DATETIME to that unit (default: the day); other date formats and every
 * ROUND of a date become TRUNC_BY_MODEL/ROUND_BY_MODEL, which keep Oracle's format models
 * (ROUND(date, 'MM') rounds up from the 16th). An operand whose type is not known cannot be
 * decided and is reported.
 */
public final class TruncRoundByTypeRule implements ExpressionRule {
    /** Oracle format model → TRUNC_DATETIME unit, where the two mean the same. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("CC", "century"), Map.entry("SCC", "century"),
            Map.entry("SYYYY", "year"), Map.entry("YYYY", "year"), Map.entry("YEAR", "year"), Map.entry("SYEAR", "year"),
            Map.entry("YYY", "year"), Map.entry("YY", "year"), Map.entry("Y", "year"),
            Map.entry("Q", "quarter"), Map.entry("MONTH", "month"), Map.entry("MON", "month"), Map.entry("MM", "month"),
            Map.entry("RM", "month"), Map.entry("IW", "week"), Map.entry("DDD", "day"), Map.entry("DD", "day"),
            Map.entry("J", "day"), Map.entry("HH", "hour"), Map.entry("HH12", "hour"), Map.entry("HH24", "hour"),
            Map.entry("MI", "minute"));
    private static final SqlTemplate TRUNC_TO_UNIT = SqlTemplate.canonical("TRUNC_DATETIME({0}, {1})");
    private static final SqlTemplate TRUNC_BY_MODEL = SqlTemplate.canonical("TRUNC_BY_MODEL({0}, {1})");
    private static final SqlTemplate ROUND_BY_MODEL = SqlTemplate.canonical("ROUND_BY_MODEL({0}, {1})");
    private static final SqlTemplate NUMBER_TRUNC = SqlTemplate.canonical("TRUNCATE({*})");
    private static final SqlTemplate NUMBER_ROUND = SqlTemplate.canonical("ROUND({*})");

    @Override
    public String id() {
        return "ORA-J009";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean trunc = PseudoFunctions.isCall(node, "TRUNC");
        if (!trunc && !PseudoFunctions.isCall(node, "ROUND")) return null;
        SqlCall call = (SqlCall) node;
        if (call.operandCount() < 1 || call.operandCount() > 2) return null;
        SqlNode value = call.operand(0);
        SqlNode format = call.operandCount() == 2 ? call.operand(1) : null;
        TypeFamily type = context.typeOf(value);
        if (type == TypeFamily.UNKNOWN && format != null && OracleNodes.stringValue(format) != null) type = TypeFamily.DATETIME;
        if (type.isTemporal()) return onDate(trunc, value, format);
        if (type == TypeFamily.NUMBER || (type == TypeFamily.UNKNOWN && OracleNodes.integerValue(value) != null)) {
            return (trunc ? NUMBER_TRUNC : NUMBER_ROUND).applyTo(call.getOperandList());
        }
        context.unconvertible((trunc ? "TRUNC" : "ROUND") + " of an operand whose type (number or date) is not known");
        return null;
    }

    private static SqlNode onDate(boolean trunc, SqlNode value, SqlNode format) {
        String model = format == null ? "DD" : OracleNodes.stringValue(format);
        String unit = model == null ? null : UNITS.get(model.trim().toUpperCase(Locale.ROOT));
        if (trunc && unit != null) return TRUNC_TO_UNIT.apply(value, OracleNodes.string(unit));
        SqlNode fmt = format == null ? OracleNodes.string("DD") : format;
        return (trunc ? TRUNC_BY_MODEL : ROUND_BY_MODEL).apply(value, fmt);
    }
}

package org.schemashift.convert.rules.oracle;

import org.schemashift.model.sql.PseudoFunctions;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;

/**
 * {@code NUMTODSINTERVAL(n, 'MINUTE')} and {@code NUMTOYMINTERVAL(n, 'MONTH')} become n times a
 * one-unit interval ({@code n * INTERVAL '1' MINUTE}). The unit must be a literal (DAY, HOUR,
 * MINUTE, SECOND; YEAR, MONTH), case-insensitive as on Oracle; any other is reported.
 */
public final class NumToIntervalRule implements ExpressionRule {
    private static final Map<String, SqlTemplate> DAY_TO_SECOND = Map.of(
            "DAY", SqlTemplate.canonical("{0} * INTERVAL '1' DAY"), "HOUR", SqlTemplate.canonical("{0} * INTERVAL '1' HOUR"),
            "MINUTE", SqlTemplate.canonical("{0} * INTERVAL '1' MINUTE"), "SECOND", SqlTemplate.canonical("{0} * INTERVAL '1' SECOND"));
    private static final Map<String, SqlTemplate> YEAR_TO_MONTH = Map.of(
            "YEAR", SqlTemplate.canonical("{0} * INTERVAL '1' YEAR"), "MONTH", SqlTemplate.canonical("{0} * INTERVAL '1' MONTH"));

    @Override
    public String id() {
        return "ORA-J025";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node);
        Map<String, SqlTemplate> units = "NUMTODSINTERVAL".equals(name) ? DAY_TO_SECOND
                : "NUMTOYMINTERVAL".equals(name) ? YEAR_TO_MONTH : null;
        if (units == null || ((SqlCall) node).operandCount() != 2) return null;
        SqlCall call = (SqlCall) node;
        String unit = OracleNodes.stringValue(call.operand(1));
        SqlTemplate template = unit == null ? null : units.get(unit.trim().toUpperCase(Locale.ROOT));
        if (template == null) {
            context.unconvertible(name + " with a unit that is not a literal " + String.join("/", units.keySet()));
            return null;
        }
        return template.apply(call.operand(0));
    }
}

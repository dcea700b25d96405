package org.schemashift.model.sql;

import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Source constructs without a Calcite operator are written as calls of upper-case pseudo
 * functions, so every stage can carry them and the convert rules can find them by name. The names
 * below are the contract between a dialect's expression builder and the conversion rules; a pseudo
 * function that no rule rewrites is reported as unmapped, never written to the target.
 */
public final class PseudoFunctions {
    /** Oracle {@code col(+)} in a WHERE clause: {@code ORA_OUTER_JOIN(col)}. */
    public static final String ORACLE_OUTER_JOIN = "ORA_OUTER_JOIN";
    /** Oracle {@code PRIOR expr} inside CONNECT BY: {@code ORA_PRIOR(expr)}. */
    public static final String ORACLE_PRIOR = "ORA_PRIOR";
    /** Oracle {@code CONNECT_BY_ROOT expr}: {@code ORA_CONNECT_BY_ROOT(expr)}. */
    public static final String ORACLE_CONNECT_BY_ROOT = "ORA_CONNECT_BY_ROOT";
    /** Oracle {@code ORDER SIBLINGS BY a, b}: the single order item {@code ORA_ORDER_SIBLINGS(a, b)}. */
    public static final String ORACLE_ORDER_SIBLINGS = "ORA_ORDER_SIBLINGS";
    /** Oracle {@code FETCH FIRST n PERCENT ROWS ONLY}: the fetch operand {@code ORA_FETCH_PERCENT(n)}. */
    public static final String ORACLE_FETCH_PERCENT = "ORA_FETCH_PERCENT";
    /** Oracle {@code FETCH FIRST n ROWS WITH TIES}: the fetch operand {@code ORA_FETCH_WITH_TIES(n)}. */
    public static final String ORACLE_FETCH_WITH_TIES = "ORA_FETCH_WITH_TIES";

    /**
     * How the source writes each pseudo function's construct, for what users read (the built-ins
     * inventory, action items): {@code PIVOT}, not the internal {@code MSS_PIVOT}.
     */
    private static final Map<String, String> SOURCE_SPELLING = Map.ofEntries(
            Map.entry(ORACLE_OUTER_JOIN, "(+)"), Map.entry(ORACLE_PRIOR, "PRIOR"), Map.entry(ORACLE_CONNECT_BY_ROOT, "CONNECT_BY_ROOT"),
            Map.entry(ORACLE_ORDER_SIBLINGS, "ORDER SIBLINGS BY"), Map.entry(ORACLE_FETCH_PERCENT, "FETCH FIRST ... PERCENT"),
            Map.entry(ORACLE_FETCH_WITH_TIES, "FETCH FIRST ... WITH TIES"), Map.entry("MSS_CONVERT", "CONVERT"),
            Map.entry("MSS_TRY_CAST", "TRY_CAST"), Map.entry("MSS_TOP_PERCENT", "TOP ... PERCENT"),
            Map.entry("MSS_TOP_WITH_TIES", "TOP ... WITH TIES"), Map.entry("MSS_PIVOT", "PIVOT"), Map.entry("MSS_UNPIVOT", "UNPIVOT"),
            Map.entry("MSS_FOR_XML", "FOR XML"), Map.entry("MSS_FOR_JSON", "FOR JSON"), Map.entry("MSS_AT_TIME_ZONE", "AT TIME ZONE"),
            Map.entry("MSS_BITAND", "&"), Map.entry("MSS_BITOR", "|"), Map.entry("MSS_BITXOR", "^"), Map.entry("MSS_BITNOT", "~"),
            Map.entry("MSS_ASSIGN", "SELECT @variable ="));

    private PseudoFunctions() {
    }

    /** The source's spelling of a pseudo function's construct; any other name as it is. */
    public static String sourceSpelling(String name) {
        return SOURCE_SPELLING.getOrDefault(name, name);
    }

    public static SqlCall call(String name, SqlParserPos pos, SqlNode... operands) {
        return function(new SqlIdentifier(name.toUpperCase(Locale.ROOT), pos)).createCall(pos, operands);
    }

    /** The one way every stage makes a function Calcite does not know: an unresolved call named {@code name}. */
    public static SqlUnresolvedFunction function(SqlIdentifier name) {
        return new SqlUnresolvedFunction(name, null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
    }

    /** True when {@code node} is a pseudo function standing for a source construct that is no function call (CONVERT, PIVOT, (+)). */
    public static boolean isConstruct(SqlNode node) {
        String name = name(node);
        return name != null && SOURCE_SPELLING.containsKey(name);
    }

    /** True when {@code node} is a call of the function (pseudo or not) named {@code name}, in any case. */
    public static boolean isCall(SqlNode node, String name) {
        return name.equalsIgnoreCase(name(node));
    }

    /**
     * The upper-case name of an unresolved function call, qualified as written (PKG.F for a package
     * function, so it never passes for a built-in F), or null when {@code node} is not one.
     */
    public static String name(SqlNode node) {
        if (!(node instanceof SqlCall call) || !(call.getOperator() instanceof SqlUnresolvedFunction f)) return null;
        return f.getSqlIdentifier() == null ? f.getName().toUpperCase(Locale.ROOT)
                : String.join(".", f.getSqlIdentifier().names).toUpperCase(Locale.ROOT);
    }
}

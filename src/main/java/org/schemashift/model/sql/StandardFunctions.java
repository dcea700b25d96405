package org.schemashift.model.sql;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * The source's built-in functions that every dialect means the same by (COUNT, UPPER, COALESCE,
 * CAST, TRIM, ROW_NUMBER...): the source readers build them as Calcite's standard functions rather
 * than as unresolved calls, so no function rule names them, but they are built-ins the code calls
 * all the same. Operators (+, AND, LIKE) and the canonical operators rules write are not functions here.
 */
public final class StandardFunctions {
    /** What converted a standard function in the built-ins inventory when no rule had to: the target's own function of that name. */
    public static final String CONVERTED_AS_STANDARD = "standard";
    private static final Set<SqlOperator> FUNCTIONS = Collections.newSetFromMap(new IdentityHashMap<>());

    static {
        SqlStdOperatorTable.instance().getOperatorList().stream().filter(op -> op instanceof SqlFunction).forEach(FUNCTIONS::add);
    }

    private StandardFunctions() {
    }

    /** The standard function {@code node} calls, by its SQL name (COUNT, CHAR_LENGTH), or null when it calls none. */
    public static String name(SqlNode node) {
        return node instanceof SqlCall call && FUNCTIONS.contains(call.getOperator()) ? call.getOperator().getName() : null;
    }
}

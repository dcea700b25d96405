package org.schemashift.source.sqlserver;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * The names of T-SQL's {@code @variables} and {@code @parameters} in the IR. An at sign marks a
 * variable in T-SQL, so {@code WHERE OrderID = @OrderID} compares a column with a parameter; in the
 * targets both would be plain names and clash. A parameter {@code @x} is named {@code P_x}, any
 * other variable {@code V_x}: never a column's name, and the same in calls, so
 * {@code EXEC p @x = 1} names the parameter {@code P_x}. Variables compare case-insensitively, as in
 * SQL Server.
 */
final class TsqlVariables {
    private final Map<String, String> names = new HashMap<>();

    /** Declares the parameter {@code @name}; its IR name. */
    String parameter(String written) {
        String name = "P_" + written.substring(1);
        names.put(key(written), name);
        return name;
    }

    /** The IR name of {@code @name}: its parameter's, or the variable's. */
    String name(String written) {
        return names.getOrDefault(key(written), variable(written));
    }

    /** The IR name a parameter {@code @name} of any procedure has (named arguments of EXEC). */
    static String parameterName(String written) {
        return "P_" + written.substring(1);
    }

    /** An IR name of a parameter or variable as the code writes it ({@code @name}); any other name as it is. */
    static String written(String name) {
        return name.startsWith("P_") || name.startsWith("V_") ? "@" + name.substring(2) : name;
    }

    private static String variable(String written) {
        return "V_" + written.substring(1);
    }

    /** {@code node} with every {@code @name} identifier renamed. */
    SqlNode rename(SqlNode node) {
        if (node == null) return null;
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                if (id.isSimple() && id.getSimple().startsWith("@")) return new SqlIdentifier(name(id.getSimple()), id.getParserPosition());
                return id;
            }
        });
    }

    private static String key(String written) {
        return written.toUpperCase(Locale.ROOT);
    }
}

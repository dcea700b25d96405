package org.schemashift.model.proc;

import org.apache.calcite.sql.SqlNode;

/**
 * One argument of a CALL/EXEC: positional when {@code name} is null, else named ({@code p => v}, {@code @p = v}).
 * {@code byValue}: the callee's value of an OUT parameter is not given back to it (a T-SQL argument
 * without OUTPUT); an argument of an OUT parameter elsewhere always takes it.
 */
public record Argument(String name, SqlNode value, boolean byValue) {

    /** An argument that takes back what an OUT parameter it is passed to ends with. */
    public Argument(String name, SqlNode value) {
        this(name, value, false);
    }

    public static Argument positional(SqlNode value) {
        return new Argument(null, value);
    }
}

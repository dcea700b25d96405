package org.schemashift.model.proc;

import org.apache.calcite.sql.SqlNode;

/** One argument of a CALL/EXEC: positional when {@code name} is null, else named ({@code p => v}, {@code @p = v}). */
public record Argument(String name, SqlNode value) {

    public static Argument positional(SqlNode value) {
        return new Argument(null, value);
    }
}

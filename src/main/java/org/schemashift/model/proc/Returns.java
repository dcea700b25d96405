package org.schemashift.model.proc;

/**
 * What a function returns: one value of {@code type}, or, when {@code setOf}, a set of them
 * (Oracle PIPELINED, T-SQL table-valued functions, MySQL has none); a set of {@link ProcType.Row}
 * is a table result (RETURNS TABLE).
 */
public record Returns(ProcType type, boolean setOf) {

    public static Returns value(ProcType type) {
        return new Returns(type, false);
    }
}

package org.schemashift.model;

import java.util.List;

/**
 * A foreign key. {@code onDelete}/{@code onUpdate} are null when not written (the database default).
 * {@code refColumns} may be empty, meaning the referenced table's primary key.
 */
public record ForeignKey(String name, List<String> columns, ObjectName refTable, List<String> refColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
                         boolean initiallyDeferred, SourceSpan span) {
    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }

    public ForeignKey withName(String n) {
        return new ForeignKey(n, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, span);
    }

    public ForeignKey withRefTable(ObjectName t) {
        return new ForeignKey(name, columns, t, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, span);
    }
}

package org.schemashift.model;

import java.util.List;

/**
 * A foreign key. {@code onDelete}/{@code onUpdate} are null when not written (the database default).
 * {@code refColumns} may be empty, meaning the referenced table's primary key. {@code validated}
 * is false when the source enforces it on new rows only and never checked the rows it had (Oracle
 * ENABLE NOVALIDATE, SQL Server WITH NOCHECK).
 */
public record ForeignKey(String name, List<String> columns, ObjectName refTable, List<String> refColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
                         boolean initiallyDeferred, SourceSpan span, boolean validated) {
    public ForeignKey {
        columns = Shared.strings(columns);
        refColumns = Shared.strings(refColumns);
    }

    public ForeignKey(String name, List<String> columns, ObjectName refTable, List<String> refColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
                      boolean initiallyDeferred, SourceSpan span) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, span, true);
    }

    /** This foreign key as the source has it when it did not check the rows it already had. */
    public ForeignKey notValidated() {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, span, false);
    }

    public ForeignKey withName(String n) {
        return new ForeignKey(n, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, span, validated);
    }

    public ForeignKey withRefTable(ObjectName t) {
        return new ForeignKey(name, columns, t, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, span, validated);
    }
}

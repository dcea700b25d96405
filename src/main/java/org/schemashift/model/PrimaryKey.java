package org.schemashift.model;

import java.util.List;

/** A primary key; {@code name} is null when the source gave none. */
public record PrimaryKey(String name, List<String> columns, SourceSpan span, boolean deferrable,
                         boolean initiallyDeferred) {
    public PrimaryKey {
        columns = Shared.strings(columns);
    }

    /** An immediate (not deferrable) primary key, the usual case. */
    public PrimaryKey(String name, List<String> columns, SourceSpan span) {
        this(name, columns, span, false, false);
    }
}

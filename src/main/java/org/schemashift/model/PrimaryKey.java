package org.schemashift.model;

import java.util.List;

/** A primary key; {@code name} is null when the source gave none. */
public record PrimaryKey(String name, List<String> columns, SourceSpan span) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}

package org.schemashift.model;

import java.util.List;

/** A unique constraint on plain columns; {@code name} is null when the source gave none. */
public record UniqueConstraint(String name, List<String> columns, SourceSpan span) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public UniqueConstraint withName(String n) {
        return new UniqueConstraint(n, columns, span);
    }
}

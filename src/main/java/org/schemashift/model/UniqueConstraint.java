package org.schemashift.model;

import java.util.List;

/** A unique constraint on plain columns; {@code name} is null when the source gave none. */
public record UniqueConstraint(String name, List<String> columns, SourceSpan span, boolean deferrable,
                               boolean initiallyDeferred) {
    public UniqueConstraint {
        columns = Shared.strings(columns);
    }

    /** An immediate (not deferrable) unique constraint, the usual case. */
    public UniqueConstraint(String name, List<String> columns, SourceSpan span) {
        this(name, columns, span, false, false);
    }

    public UniqueConstraint withName(String n) {
        return new UniqueConstraint(n, columns, span, deferrable, initiallyDeferred);
    }
}

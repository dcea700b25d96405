package org.schemashift.emit;

import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;

/**
 * One piece of target DDL, in apply order: its kind, its target name, the SQL (one or more
 * statements, each ending in ';') and the source position of the model object it came from.
 * {@code load}: for a table, its names and how it divides around a data load (see
 * {@code pipeline/LoadPhases}); null for other objects.
 */
public record EmittedObject(ObjectKind kind, String name, String sql, SourceSpan origin, TableLoad load) {

    public EmittedObject(ObjectKind kind, String name, String sql, SourceSpan origin) {
        this(kind, name, sql, origin, null);
    }

    /** Whether the object is written as comment lines only: nothing of it runs on the target. */
    public boolean commentedOut() {
        return sql.lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("--"));
    }
}

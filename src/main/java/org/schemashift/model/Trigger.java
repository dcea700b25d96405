package org.schemashift.model;

import java.util.List;
import org.schemashift.model.proc.RoutineBody;

/**
 * A trigger: timing (BEFORE/AFTER/INSTEAD OF), events (INSERT/UPDATE/DELETE), row or statement
 * level, an optional WHEN condition, and its code as the procedural IR, where the new and old rows
 * are the identifiers NEW and OLD.
 */
public record Trigger(ObjectName name, ObjectName table, String timing, List<String> events, boolean forEachRow,
                      Expr when, RoutineBody body, SourceSpan span) {
    public Trigger {
        events = List.copyOf(events);
    }
}

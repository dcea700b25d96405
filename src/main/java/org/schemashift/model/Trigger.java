package org.schemashift.model;

import java.util.List;

/** A trigger: timing (BEFORE/AFTER/INSTEAD OF), events (INSERT/UPDATE/DELETE), and body as written. */
public record Trigger(ObjectName name, ObjectName table, String timing, List<String> events, boolean forEachRow,
                      Expr when, String body, SourceSpan span) {
    public Trigger {
        events = List.copyOf(events);
    }
}

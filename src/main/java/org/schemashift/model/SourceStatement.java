package org.schemashift.model;

import java.util.List;

/**
 * One statement of an input file and what the source stage made of it. Every statement read
 * becomes exactly one of these, so nothing is lost between input and report.
 */
public record SourceStatement(SourceSpan span, String text, ObjectKind kind, String name, Disposition disposition,
                              List<SchemaChange> changes, List<ActionItem> actionItems) {
    public SourceStatement {
        name = Shared.string(name);
        changes = List.copyOf(changes);
        actionItems = List.copyOf(actionItems);
    }

    public static SourceStatement ignored(SourceSpan span, String text, ObjectKind kind, String name) {
        return new SourceStatement(span, text, kind, name, Disposition.IGNORED, List.of(), List.of());
    }
}

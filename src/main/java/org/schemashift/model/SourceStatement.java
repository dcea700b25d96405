package org.schemashift.model;

import java.util.List;
import org.schemashift.model.proc.Block;

/**
 * One statement of an input file and what the source stage made of it. Every statement read
 * becomes exactly one of these, so nothing is lost between input and report. {@code unconvertedCode}:
 * the procedural code of a statement that is read but not converted (an install script's anonymous
 * block), so the report can list the built-ins it calls; null for any other statement.
 */
public record SourceStatement(SourceSpan span, String text, ObjectKind kind, String name, Disposition disposition,
                              List<SchemaChange> changes, List<ActionItem> actionItems, Block unconvertedCode) {
    public SourceStatement {
        name = Shared.string(name);
        changes = List.copyOf(changes);
        actionItems = List.copyOf(actionItems);
    }

    public SourceStatement(SourceSpan span, String text, ObjectKind kind, String name, Disposition disposition,
                           List<SchemaChange> changes, List<ActionItem> actionItems) {
        this(span, text, kind, name, disposition, changes, actionItems, null);
    }

    /** This statement with its code read (though not converted). */
    public SourceStatement withUnconvertedCode(Block code) {
        return new SourceStatement(span, text, kind, name, disposition, changes, actionItems, code);
    }

    public static SourceStatement ignored(SourceSpan span, String text, ObjectKind kind, String name) {
        return new SourceStatement(span, text, kind, name, Disposition.IGNORED, List.of(), List.of());
    }
}

package org.schemashift.model;

import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;

/**
 * A stored procedure or function: its signature and its code as the procedural IR
 * ({@code model/proc}). {@code body} is null when the routine has no code the IR can hold (an
 * external or CLR routine); {@code sourceText} is the statement as written.
 */
public record Routine(ObjectName name, ObjectKind kind, RoutineSignature signature, RoutineBody body, String sourceText,
                      SourceSpan span) {
}

package org.schemashift.model;

import java.util.List;

/**
 * A stored procedure or function. {@code returnType} is null for procedures; {@code body} is
 * the routine's code as written until the procedural IR exists.
 */
public record Routine(ObjectName name, ObjectKind kind, List<Parameter> parameters, DataType returnType,
                      String body, String sourceText, SourceSpan span) {
    public Routine {
        parameters = List.copyOf(parameters);
    }
}

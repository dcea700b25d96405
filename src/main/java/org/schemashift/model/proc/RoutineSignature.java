package org.schemashift.model.proc;

import java.util.List;

/** A routine's parameters in order and what it returns ({@code returns} is null for procedures). */
public record RoutineSignature(List<Parameter> parameters, Returns returns) {
    public RoutineSignature {
        parameters = List.copyOf(parameters);
    }
}

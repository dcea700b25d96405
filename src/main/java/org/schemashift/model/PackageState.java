package org.schemashift.model;

import java.util.List;
import org.schemashift.model.proc.Declaration;

/**
 * What a converted package needs besides its routines: the schema its members live in, the record
 * and collection types its code declares at package level (record types become composite types of
 * that schema; collection types say what the variables of those types hold), the variables that
 * keep their values for the session (types already the target's, initial values moved to the
 * initialiser) and the initialiser routine ({@code initializer}, null when nothing is initialised),
 * which runs once per session before the first read or write. docs/procedural-ir.md says how
 * routines read and write the state.
 */
public record PackageState(ObjectName pkg, String schema, List<Declaration> types,
                           List<Declaration.Variable> variables, ObjectName initializer, SourceSpan span) {
    public PackageState {
        types = List.copyOf(types);
        variables = List.copyOf(variables);
    }

    /** The name of the function that reads {@code variable} for the session. */
    public static String getter(String variable) {
        return variable + "__GET";
    }

    /** True when the target has nothing to create for the package beside its routines. */
    public boolean isEmpty() {
        return types.isEmpty() && variables.isEmpty();
    }
}

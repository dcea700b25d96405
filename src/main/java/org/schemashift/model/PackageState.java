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
 * routines read and write the state. {@code routineType}: no package's, but a record type a routine
 * declares in a block (PL/pgSQL declares no types there), a composite type of {@code schema} (null:
 * the default schema) named after the routine ({@link #routineType}).
 */
public record PackageState(ObjectName pkg, String schema, List<Declaration> types,
                           List<Declaration.Variable> variables, ObjectName initializer, SourceSpan span, boolean routineType) {
    public PackageState {
        types = List.copyOf(types);
        variables = List.copyOf(variables);
    }

    public PackageState(ObjectName pkg, String schema, List<Declaration> types, List<Declaration.Variable> variables,
                        ObjectName initializer, SourceSpan span) {
        this(pkg, schema, types, variables, initializer, span, false);
    }

    /** The record type {@code type} (its composite type's name) that routine {@code routine}'s code declares. */
    public static PackageState routineType(ObjectName routine, String schema, Declaration.RecordType type) {
        return new PackageState(routine, schema, List.of(type), List.of(), null, type.span(), true);
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

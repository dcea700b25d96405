package org.schemashift.model;

import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.RoutineTraits;

/**
 * A stored procedure or function: its signature and its code as the procedural IR
 * ({@code model/proc}). {@code body} is null when the routine has no code the IR can hold (an
 * external or CLR routine); {@code sourceText} is the statement as written. Overloads share a
 * name and differ in their signatures.
 */
public record Routine(ObjectName name, ObjectKind kind, RoutineSignature signature, RoutineBody body, String sourceText,
                      SourceSpan span, RoutineTraits traits) {
    public Routine {
        traits = traits == null ? RoutineTraits.NONE : traits;
    }

    /** A routine that declares no traits. */
    public Routine(ObjectName name, ObjectKind kind, RoutineSignature signature, RoutineBody body, String sourceText,
                   SourceSpan span) {
        this(name, kind, signature, body, sourceText, span, RoutineTraits.NONE);
    }

    /** The object type T this routine constructs (the function {@code T_T} returning T, as source builders name a constructor), else null. */
    public ProcType.Named constructedType() {
        Returns returns = signature == null ? null : signature.returns();
        if (returns == null || returns.setOf() || !(returns.type() instanceof ProcType.Named named)) return null;
        String type = named.name().get(named.name().size() - 1);
        return name.name().equalsIgnoreCase(type + "_" + type) ? named : null;
    }

    public Routine withName(ObjectName newName) {
        return new Routine(newName, kind, signature, body, sourceText, span, traits);
    }

    public Routine withCode(RoutineSignature newSignature, RoutineBody newBody) {
        return new Routine(name, kind, newSignature, newBody, sourceText, span, traits);
    }
}

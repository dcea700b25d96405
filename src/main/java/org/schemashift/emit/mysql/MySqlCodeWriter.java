package org.schemashift.emit.mysql;

import java.util.stream.Collectors;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.PackageState;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Trigger;
import org.schemashift.plan.PlannedStep;

/**
 * Code on MySQL until its stored-program writer exists: each routine, package state and trigger is
 * kept in schema.sql commented out (the source text where there is one) with an action item, so the
 * conversion never drops it silently.
 */
final class MySqlCodeWriter {
    private final EmitContext context;

    MySqlCodeWriter(EmitContext context) {
        this.context = context;
    }

    EmittedObject routine(PlannedStep.CreateRoutine step) {
        Routine routine = step.routine();
        return commentedOut(routine.kind(), routine.name().toString(), routine.kind().id() + " " + routine.name(),
                routine.sourceText(), routine.span());
    }

    EmittedObject packageState(PlannedStep.CreatePackageState step) {
        PackageState state = step.state();
        return commentedOut(ObjectKind.PACKAGE, state.pkg().toString(), "package " + state.pkg() + " (its types and "
                + state.variables().size() + " variable(s))", "", state.span());
    }

    EmittedObject trigger(PlannedStep.CreateTrigger step) {
        Trigger trigger = step.trigger();
        // MySQL has no disabled triggers: when triggers are written, a disabled one needs an item of its own.
        return commentedOut(ObjectKind.TRIGGER, trigger.name().toString(), "trigger " + trigger.name() + " on " + trigger.table()
                + (trigger.disabled() ? " (disabled in the source)" : ""), "", trigger.span());
    }

    private EmittedObject commentedOut(ObjectKind kind, String name, String what, String sourceText, SourceSpan span) {
        String reason = what + ": MySQL stored programs are not written yet";
        context.items().add(MySqlTargetCode.STORED_PROGRAM_NOT_WRITTEN, span, reason);
        String source = sourceText == null || sourceText.isBlank() ? ""
                : "\n" + sourceText.strip().lines().map(line -> "-- " + line).collect(Collectors.joining("\n"));
        return new EmittedObject(kind, name, "-- [" + MySqlTargetCode.STORED_PROGRAM_NOT_WRITTEN.code() + "] " + reason + source, span);
    }
}

package org.schemashift.emit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.ObjectGuard;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.plan.DdlPlan;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.PlannedStep.AddComments;
import org.schemashift.plan.PlannedStep.AddDefaultOnNullTrigger;
import org.schemashift.plan.PlannedStep.AddForeignKey;
import org.schemashift.plan.PlannedStep.AddOnUpdateTrigger;
import org.schemashift.plan.PlannedStep.CreateIndex;
import org.schemashift.plan.PlannedStep.CreatePackageState;
import org.schemashift.plan.PlannedStep.CreateRoutine;
import org.schemashift.plan.PlannedStep.CreateTrigger;
import org.schemashift.plan.PlannedStep.CreateSchema;
import org.schemashift.plan.PlannedStep.CreateSequence;
import org.schemashift.plan.PlannedStep.CreateSynonym;
import org.schemashift.plan.PlannedStep.CreateTable;
import org.schemashift.plan.PlannedStep.CreateType;
import org.schemashift.plan.PlannedStep.CreateView;
import org.schemashift.plan.PlannedStep.HelperLibraries;
import org.schemashift.plan.PlannedStep.WriteGrant;

/**
 * A target's spelling of each kind of planned step, one function per kind (a null result writes
 * nothing), and of the helper libraries its written expressions call, known only once everything
 * else is written. {@link #write} walks a plan in order: the one place steps are dispatched.
 */
public record StepSpelling(Function<CreateSchema, EmittedObject> schema, Function<CreateType, EmittedObject> type,
                           Function<CreateSequence, EmittedObject> sequence, Function<CreateTable, EmittedObject> table,
                           Function<CreateIndex, EmittedObject> index, Function<AddForeignKey, EmittedObject> foreignKey,
                           Function<AddComments, EmittedObject> comments,
                           Function<AddOnUpdateTrigger, EmittedObject> onUpdateTrigger,
                           Function<AddDefaultOnNullTrigger, EmittedObject> defaultOnNullTrigger,
                           Function<CreateView, EmittedObject> view, Function<CreateSynonym, EmittedObject> synonym,
                           Function<WriteGrant, EmittedObject> grant, Supplier<EmittedObject> helperLibraries,
                           Code code) {

    /** The spelling of code: routines, package state and triggers. */
    public record Code(Function<CreateRoutine, EmittedObject> routine, Function<CreatePackageState, EmittedObject> packageState,
                       Function<CreateTrigger, EmittedObject> trigger) {
    }

    /** For a kind of step the target's capabilities keep the planner from making. */
    public static <T extends PlannedStep> Function<T, EmittedObject> notPlanned() {
        return step -> {
            throw new IllegalStateException(step.getClass().getSimpleName() + " is not planned for this target");
        };
    }

    /**
     * The plan's steps as the target's DDL, in plan order. A failure inside a writer costs its step
     * only: it becomes an SS-GEN-0055 item on the step's object and the other steps are written (but
     * not the indexes, keys, comments and triggers of a table that could not be written). A step
     * that uses an object not written (a view on that table, a foreign key to it, a view on a view
     * or a trigger calling a routine written commented out) is written commented out with an SS-GEN-0130 item naming what it uses; so is one that uses an object the
     * convert stage failed on ({@link ActionItems#unconverted}), whose place keeps a comment saying so.
     */
    public List<EmittedObject> write(DdlPlan plan, ActionItems items) {
        ObjectGuard guard = new ObjectGuard(items);
        List<EmittedObject> out = new ArrayList<>();
        Set<ObjectName> failedTables = new HashSet<>();
        UnwrittenObjects unwritten = new UnwrittenObjects(items.unconverted());
        int helpersAt = 0;
        for (PlannedStep step : plan.steps()) {
            if (step instanceof HelperLibraries) {
                helpersAt = out.size();
                continue;
            }
            Subject subject = subject(step);
            if (subject.table() != null && failedTables.contains(subject.table())) continue;   // left out with its table
            out.addAll(unwritten.placedBefore(step));
            String usesUnwritten = unwritten.usedBy(step);
            Optional<EmittedObject> emitted = guard.run("writing " + subject.what(), subject.span(), () -> spell(step));
            if (usesUnwritten != null) emitted = emitted.map(object -> commentedOut(object, subject, usesUnwritten, items));
            emitted.ifPresent(out::add);
            if (emitted.isEmpty() || usesUnwritten != null) {
                unwritten.add(step, subject.what() + UnwrittenObjects.FAILED);
            } else if (emitted.get().commentedOut()) {
                unwritten.add(step, subject.what() + ", which is written commented out (see its action items)");
            }
            if (emitted.isEmpty() && step instanceof CreateTable s) failedTables.add(s.table().table().name());
        }
        out.addAll(unwritten.unplaced());
        int at = helpersAt;
        guard.run("writing the helper functions", SourceSpan.UNKNOWN, helperLibraries).ifPresent(helpers -> out.add(at, helpers));
        return out;
    }

    /** {@code object} kept as comments under a line saying why, with its SS-GEN-0130 item. */
    private static EmittedObject commentedOut(EmittedObject object, Subject subject, String unwritten, ActionItems items) {
        String why = subject.what() + " uses " + unwritten;
        items.add(GeneralCode.USES_UNWRITTEN_OBJECT, subject.span(), why + "; written commented out");
        String sql = "-- not written: " + why + "\n-- " + object.sql().strip().replace("\n", "\n-- ");
        return new EmittedObject(object.kind(), object.name(), sql, object.origin());
    }

    /**
     * What a step writes, as an action item names it ("table hr.emp"), where its source is, and the
     * table it belongs to (null for an object of its own).
     */
    private record Subject(String what, SourceSpan span, ObjectName table) {
        Subject(String what, SourceSpan span) {
            this(what, span, null);
        }
    }

    private static Subject subject(PlannedStep step) {
        if (step instanceof CreateSchema s) return new Subject("schema " + s.name(), SourceSpan.UNKNOWN);
        if (step instanceof CreateType s) return new Subject("type " + s.type().name(), s.type().span());
        if (step instanceof CreateSequence s) return new Subject("sequence " + s.sequence().name(), s.sequence().span());
        if (step instanceof CreateTable s) return new Subject("table " + s.table().table().name(), s.table().table().span());
        if (step instanceof CreateIndex s) return new Subject("index " + s.name() + " on " + s.table().name(), s.index().span(), s.table().name());
        if (step instanceof AddForeignKey s) {
            return new Subject("foreign key " + s.name() + " on " + s.table().name(), s.foreignKey().span(), s.table().name());
        }
        if (step instanceof AddComments s) return new Subject("comments on " + s.table().name(), s.table().span(), s.table().name());
        if (step instanceof AddOnUpdateTrigger s) return new Subject("ON UPDATE trigger of " + s.table().name(), s.table().span(), s.table().name());
        if (step instanceof AddDefaultOnNullTrigger s) {
            return new Subject("DEFAULT ON NULL trigger of " + s.table().name(), s.table().span(), s.table().name());
        }
        if (step instanceof CreateView s) return new Subject("view " + s.view().name(), s.view().span());
        if (step instanceof CreateSynonym s) return new Subject("synonym " + s.synonym().name(), s.synonym().span());
        if (step instanceof WriteGrant s) return new Subject("grant on " + s.grant().object(), s.grant().span());
        if (step instanceof CreateRoutine s) return new Subject("routine " + s.routine().name(), s.routine().span());
        if (step instanceof CreatePackageState s) return new Subject("state of package " + s.state().pkg(), s.state().span());
        if (step instanceof CreateTrigger s) return new Subject("trigger " + s.trigger().name(), s.trigger().span(), s.trigger().table());
        return new Subject(step.getClass().getSimpleName(), SourceSpan.UNKNOWN);
    }

    private EmittedObject spell(PlannedStep step) {
        if (step instanceof CreateSchema s) return schema.apply(s);
        if (step instanceof CreateType s) return type.apply(s);
        if (step instanceof CreateSequence s) return sequence.apply(s);
        if (step instanceof CreateTable s) return table.apply(s);
        if (step instanceof CreateIndex s) return index.apply(s);
        if (step instanceof AddForeignKey s) return foreignKey.apply(s);
        if (step instanceof AddComments s) return comments.apply(s);
        if (step instanceof AddOnUpdateTrigger s) return onUpdateTrigger.apply(s);
        if (step instanceof AddDefaultOnNullTrigger s) return defaultOnNullTrigger.apply(s);
        if (step instanceof CreateView s) return view.apply(s);
        if (step instanceof CreateSynonym s) return synonym.apply(s);
        if (step instanceof WriteGrant s) return grant.apply(s);
        if (step instanceof CreateRoutine s) return code.routine().apply(s);
        if (step instanceof CreatePackageState s) return code.packageState().apply(s);
        if (step instanceof CreateTrigger s) return code.trigger().apply(s);
        throw new IllegalStateException("no spelling for " + step.getClass().getSimpleName());
    }
}

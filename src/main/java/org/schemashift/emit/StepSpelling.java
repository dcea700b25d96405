package org.schemashift.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /** The plan's steps as the target's DDL, in plan order. */
    public List<EmittedObject> write(DdlPlan plan) {
        List<EmittedObject> out = new ArrayList<>();
        int helpersAt = 0;
        for (PlannedStep step : plan.steps()) {
            if (step instanceof HelperLibraries) {
                helpersAt = out.size();
                continue;
            }
            EmittedObject emitted = spell(step);
            if (emitted != null) out.add(emitted);
        }
        EmittedObject helpers = helperLibraries.get();
        if (helpers != null) out.add(helpersAt, helpers);
        return out;
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

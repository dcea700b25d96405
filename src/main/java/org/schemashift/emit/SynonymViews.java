package org.schemashift.emit;

import org.schemashift.model.ObjectKind;
import org.schemashift.model.Synonym;
import org.schemashift.plan.PlannedStep;

/**
 * A synonym as the planner decided: a view selecting everything from the relation it names
 * (standard SQL every target takes), or a note in the script where it is not created.
 */
public final class SynonymViews {
    private final EmitContext context;

    public SynonymViews(EmitContext context) {
        this.context = context;
    }

    public EmittedObject create(PlannedStep.CreateSynonym step) {
        Synonym synonym = step.synonym();
        if (step.name() == null) {
            return new EmittedObject(ObjectKind.SYNONYM, context.name(synonym.name().name()), "-- synonym " + synonym.name()
                    + " for " + synonym.target() + ": not created (see the action item)", synonym.span());
        }
        String qualified = context.qualified(step.name());
        return new EmittedObject(ObjectKind.SYNONYM, qualified, "CREATE VIEW " + qualified + " AS SELECT * FROM "
                + context.qualified(step.target()) + ";", synonym.span());
    }
}

package org.schemashift.plan;

import java.util.List;
import org.schemashift.model.ActionCode;
import org.schemashift.model.SourceSpan;

/**
 * The target-neutral result of planning a catalog: the steps in apply order, the naming policy
 * and the claimed relation names they use, and the namespace, for names a target's own spelling
 * claims while writing (PostgreSQL partitions are relations of the schema).
 */
public record DdlPlan(List<PlannedStep> steps, TargetNaming naming, TargetNames names, Namespace namespace,
                      Scopes scopes) {
    public DdlPlan {
        steps = List.copyOf(steps);
    }

    /** Claims {@code wanted} among the relations of {@code schema} (null: unqualified). */
    public String claimRelation(String schema, String wanted, SourceSpan span, String what, ActionCode clashCode) {
        return namespace.claim(scopes.relations(schema), wanted, span, what, clashCode);
    }
}

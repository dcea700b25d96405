package org.schemashift.plan;

import java.util.Objects;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Synonym;
import org.schemashift.model.View;

/**
 * Plans views (names claimed among the relations, so later views and synonyms find them; an
 * unconverted query commented out) and synonyms: a synonym for a table or view becomes a view
 * selecting everything from it; one for anything else, over a database link or with its target's
 * own name is only reported.
 */
record ViewPlanner(Planning planning) {

    PlannedStep.CreateView view(View view) {
        String schema = planning.names().schema(view.name());
        String name = planning.namespace().claim(planning.scopes().relations(schema), planning.naming().relation(view.name()),
                view.span(), view.what(), GeneralCode.NAME_COLLISION);
        TargetName target = new TargetName(schema, name);
        planning.names().put(view.name(), target);
        boolean converted = view.query() != null && view.query().node() != null;
        if (!converted) {
            planning.items().add(GeneralCode.VIEW_NOT_CONVERTED, view.span(), view.what() + " " + view.name() + " is written commented out");
        } else if (view.readOnly() && !view.materialized()) {
            planning.items().add(GeneralCode.READ_ONLY_VIEW, view.span(), "view " + view.name() + " WITH READ ONLY");
        }
        return new PlannedStep.CreateView(view, target, converted);
    }

    PlannedStep.CreateSynonym synonym(Synonym synonym, boolean targetIsRelation) {
        String schema = planning.names().schema(synonym.name());
        String wanted = planning.naming().name(synonym.name().name());
        TargetName target = planning.names().of(synonym.target());
        boolean sameName = wanted.equals(target.name()) && Objects.equals(schema, target.schema());
        if (!targetIsRelation || synonym.dbLink() != null || sameName) {
            planning.items().add(GeneralCode.SYNONYM_EMULATED, synonym.span(), "synonym " + synonym.name() + " for "
                    + synonym.target() + (synonym.dbLink() == null ? "" : "@" + synonym.dbLink()) + ": "
                    + planning.capabilities().containers().unqualifiedAdvice());
            return new PlannedStep.CreateSynonym(synonym, null, target);
        }
        String name = planning.namespace().claim(planning.scopes().relations(schema), wanted, synonym.span(), "synonym",
                GeneralCode.NAME_COLLISION);
        TargetName view = new TargetName(schema, name);
        planning.items().add(GeneralCode.SYNONYM_EMULATED, synonym.span(), "synonym " + synonym.name() + " becomes view "
                + planning.naming().qualified(view));
        return new PlannedStep.CreateSynonym(synonym, view, target);
    }
}

package org.schemashift.emit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.ObjectReference;
import org.schemashift.model.ObjectReferences;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.PlannedStep.AddForeignKey;
import org.schemashift.plan.PlannedStep.CreateRoutine;
import org.schemashift.plan.PlannedStep.CreateSequence;
import org.schemashift.plan.PlannedStep.CreateSynonym;
import org.schemashift.plan.PlannedStep.CreateTable;
import org.schemashift.plan.PlannedStep.CreateTrigger;
import org.schemashift.plan.PlannedStep.CreateView;
import org.schemashift.plan.PlannedStep.WriteGrant;

/**
 * The objects a run could not write, by kind and name, and which later steps use one of them: a
 * view on a table whose writing failed, a foreign key to it, a routine or trigger that reads it.
 * Such a step would fail on the target, so it is written commented out, and counts as not written
 * itself: the plan is in dependency order, so what uses it in turn is found too. What a step uses
 * is what the report lists as its dependencies ({@link ObjectReferences}).
 */
final class UnwrittenObjects {
    private static final List<ObjectKind> RELATION = List.of(ObjectKind.TABLE, ObjectKind.VIEW);
    private static final List<ObjectKind> GRANTABLE = List.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.SEQUENCE,
            ObjectKind.FUNCTION, ObjectKind.PROCEDURE);

    /** "TABLE BOOM" → "table boom", as items name it. */
    private final Map<String, String> unwritten = new HashMap<>();

    /** Records that {@code step}, named {@code what} ("table boom"), was not written. */
    void add(PlannedStep step, String what) {
        if (step instanceof CreateTable s) unwritten.put(key(ObjectKind.TABLE, s.table().table().name()), what);
        if (step instanceof CreateView s) unwritten.put(key(ObjectKind.VIEW, s.view().name()), what);
        if (step instanceof CreateRoutine s) unwritten.put(key(s.routine().kind(), s.routine().name()), what);
        if (step instanceof CreateSequence s) unwritten.put(key(ObjectKind.SEQUENCE, s.sequence().name()), what);
    }

    /** The first object {@code step} uses that was not written, as items name it; null when there is none. */
    String usedBy(PlannedStep step) {
        if (unwritten.isEmpty()) return null;
        for (ObjectReference reference : uses(step)) {
            for (ObjectKind kind : reference.kinds()) {
                String what = unwritten.get(key(kind, reference.name()));
                if (what != null) return what;
            }
        }
        return null;
    }

    private static List<ObjectReference> uses(PlannedStep step) {
        if (step instanceof CreateView s) return s.view().query() == null ? List.of() : ObjectReferences.of(s.view().query().node());
        if (step instanceof CreateRoutine s) return ObjectReferences.of(s.routine().body());
        if (step instanceof CreateTrigger s) return ObjectReferences.of(s.trigger().body());
        if (step instanceof AddForeignKey s) return List.of(new ObjectReference(ObjectKind.TABLE, s.foreignKey().refTable()));
        if (step instanceof CreateSynonym s) return List.of(new ObjectReference(RELATION, s.synonym().target()));
        if (step instanceof WriteGrant s) return List.of(new ObjectReference(GRANTABLE, s.grant().object()));
        return List.of();
    }

    /** Names compare by their last part, case-insensitively, as the planner orders dependencies. */
    private static String key(ObjectKind kind, ObjectName name) {
        return kind + " " + name.name().toUpperCase(Locale.ROOT);
    }
}

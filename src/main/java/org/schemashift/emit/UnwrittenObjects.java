package org.schemashift.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.ObjectReference;
import org.schemashift.model.ObjectReferences;
import org.schemashift.model.UnconvertedObject;
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
 * is what the report lists as its dependencies ({@link ObjectReferences}). An object the convert
 * stage failed on is not written either: it leaves a comment at the place of its kind's first step.
 */
final class UnwrittenObjects {
    private static final List<ObjectKind> RELATION = List.of(ObjectKind.TABLE, ObjectKind.VIEW);
    private static final List<ObjectKind> GRANTABLE = List.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.SEQUENCE,
            ObjectKind.FUNCTION, ObjectKind.PROCEDURE);

    /** What an object that failed is followed by in the items naming it. */
    static final String FAILED = ", which could not be written (SS-GEN-0055)";

    /** "TABLE BOOM" → "table boom" and why it is not written, as items name it. */
    private final Map<String, String> unwritten = new HashMap<>();
    /** The convert stage's failures whose comment is not placed yet, by kind. */
    private final Map<ObjectKind, List<UnconvertedObject>> unplaced = new LinkedHashMap<>();

    UnwrittenObjects(List<UnconvertedObject> unconverted) {
        for (UnconvertedObject object : unconverted) {
            unwritten.put(key(object.kind(), object.name()), object.what() + FAILED);
            unplaced.computeIfAbsent(object.kind(), k -> new ArrayList<>()).add(object);
        }
    }

    /** The comments of the failed objects of {@code step}'s kind, the first time a step of that kind comes. */
    List<EmittedObject> placedBefore(PlannedStep step) {
        ObjectKind kind = kind(step);
        return kind == null || !unplaced.containsKey(kind) ? List.of() : comments(unplaced.remove(kind));
    }

    /** The comments of the failed objects no step's kind placed, in the order they failed. */
    List<EmittedObject> unplaced() {
        List<EmittedObject> comments = new ArrayList<>();
        unplaced.values().forEach(objects -> comments.addAll(comments(objects)));
        unplaced.clear();
        return comments;
    }

    private static List<EmittedObject> comments(List<UnconvertedObject> objects) {
        return objects.stream().map(o -> new EmittedObject(o.kind(), o.name().toString(),
                "-- not converted: " + o.what() + ", SchemaShift failed on it (SS-GEN-0055)", o.span())).toList();
    }

    private static ObjectKind kind(PlannedStep step) {
        if (step instanceof CreateTable) return ObjectKind.TABLE;
        if (step instanceof CreateView s) return s.view().objectKind();
        if (step instanceof CreateRoutine s) return s.routine().kind();
        if (step instanceof CreateTrigger) return ObjectKind.TRIGGER;
        return null;
    }

    /** Records that {@code step}, named and explained by {@code what} ("table boom" + {@link #FAILED}), was not written. */
    void add(PlannedStep step, String what) {
        if (step instanceof CreateTable s) unwritten.put(key(ObjectKind.TABLE, s.table().table().name()), what);
        if (step instanceof CreateView s) unwritten.put(key(s.view().objectKind(), s.view().name()), what);
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

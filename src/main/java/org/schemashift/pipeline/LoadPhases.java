package org.schemashift.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ObjectKind;

/**
 * Splits the emitted objects into the data migration's phases (docs/data-migration.md): pre-data
 * holds what the copy task loads into and what that needs (schemas, types and domains, sequences,
 * tables with columns, defaults, identity and generated columns, NOT NULL and the copy key, and
 * anything apply order puts before the first table); post-data everything the load should not
 * meet, in apply order after the tables' own constraints (which foreign keys may reference),
 * and the tables created from a query (no copy plan), which their query fills from the loaded rows.
 */
public final class LoadPhases {
    private static final Set<ObjectKind> PRE_DATA_KINDS = Set.of(ObjectKind.SCHEMA, ObjectKind.TYPE, ObjectKind.SEQUENCE,
            ObjectKind.TABLE);

    /** An object in its phase and why it is there. */
    public record Placed(EmittedObject object, LoadPhase phase, String reason) {
    }

    private final List<Placed> preData = new ArrayList<>();
    private final List<Placed> postData = new ArrayList<>();
    private final Map<EmittedObject, List<Placed>> byObject = new IdentityHashMap<>();

    private LoadPhases() {
    }

    public static LoadPhases of(List<EmittedObject> objects) {
        LoadPhases phases = new LoadPhases();
        List<Placed> tablesAfterLoad = new ArrayList<>();
        List<Placed> rest = new ArrayList<>();
        boolean tableSeen = false;
        for (EmittedObject object : objects) {
            tableSeen |= object.kind() == ObjectKind.TABLE;
            List<Placed> placed = new ArrayList<>();
            if (object.load() != null && (object.load().preData() != null || !object.load().postData().isEmpty())) {
                String preData = object.load().preData() == null ? object.sql() : object.load().preData();
                placed.add(phases.pre(new EmittedObject(object.kind(), object.name(), preData, object.origin()),
                        "the copy task loads into it; its other constraints and sequence restarts come after the load"));
                for (EmittedObject after : object.load().postData()) {
                    Placed p = new Placed(after, LoadPhase.POST_DATA, afterLoadReason(after.kind()));
                    placed.add(p);
                    tablesAfterLoad.add(p);
                }
            } else if (object.kind() == ObjectKind.TABLE && object.load() == null && tableSeen) {
                // CREATE TABLE ... AS: no copy task loads it; its query fills it from the loaded rows (and may read views)
                Placed p = new Placed(object, LoadPhase.POST_DATA, "created by its query from the loaded rows (CREATE TABLE ... AS); "
                        + "the copy task does not load it");
                placed.add(p);
                rest.add(p);
            } else if (PRE_DATA_KINDS.contains(object.kind())) {
                placed.add(phases.pre(object, object.kind() == ObjectKind.TABLE ? "the copy task loads into it"
                        : "the tables need it"));
            } else if (!tableSeen) {
                placed.add(phases.pre(object, "apply order puts it before the tables: a column type or default may need it"));
            } else {
                Placed p = new Placed(object, LoadPhase.POST_DATA, afterLoadReason(object.kind()));
                placed.add(p);
                rest.add(p);
            }
            phases.byObject.put(object, List.copyOf(placed));
        }
        phases.postData.addAll(tablesAfterLoad);
        phases.postData.addAll(rest);
        return phases;
    }

    private Placed pre(EmittedObject object, String reason) {
        Placed placed = new Placed(object, LoadPhase.PRE_DATA, reason);
        preData.add(placed);
        return placed;
    }

    private static String afterLoadReason(ObjectKind kind) {
        return switch (kind) {
            case CONSTRAINT -> "a constraint checks every copied row: checked once after the load (a foreign key would reject rows "
                    + "of tables loaded in parallel or in another order; a check the source did not enforce would reject old rows)";
            case INDEX -> "an index is built once after the load, faster than maintained row by row";
            case SEQUENCE -> "restarts the sequence after the loaded maximum, so new rows do not collide with copied ones";
            case TRIGGER -> "a trigger would fire on every copied row and may rewrite it";
            case VIEW, FUNCTION, PROCEDURE, PACKAGE, SYNONYM -> "no copied row depends on it";
            default -> "the load does not need it";
        };
    }

    /** The objects of {@code phase}, in the order to apply them. */
    public List<Placed> objects(LoadPhase phase) {
        return List.copyOf(phase == LoadPhase.PRE_DATA ? preData : postData);
    }

    /** Where the parts of {@code object} (one of those given to {@link #of}) went. */
    public List<Placed> of(EmittedObject object) {
        return byObject.getOrDefault(object, List.of());
    }
}

package org.schemashift.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What apply will do with each object of schema.sql, decided from the journal before anything
 * runs, so a refusal leaves the database untouched: apply what is new, skip what was applied
 * with the same checksum, refuse what changed since, and refuse a retry of a failed apply
 * unless --resume says the user means to continue it.
 */
public record ApplyPlan(List<Step> steps) {

    public enum Action { APPLY, SKIP, REFUSE }

    /** One object and what to do with it; {@code reason} says why for SKIP and REFUSE. */
    public record Step(ScriptObject object, Action action, String reason) {}

    public ApplyPlan {
        steps = List.copyOf(steps);
    }

    static ApplyPlan of(List<ScriptObject> objects, Map<String, Journal.Entry> journal, boolean resume) {
        List<Step> steps = new ArrayList<>();
        for (ScriptObject object : objects) {
            Journal.Entry entry = journal.get(Journal.key(object.kind(), object.name()));
            steps.add(step(object, entry, resume));
        }
        return new ApplyPlan(steps);
    }

    private static Step step(ScriptObject object, Journal.Entry entry, boolean resume) {
        if (entry == null) return new Step(object, Action.APPLY, null);
        if (entry.status().equals(Journal.FAILED)) {
            // a failed object may well have been fixed in schema.sql: the new checksum is expected
            return resume ? new Step(object, Action.APPLY, "retried after the failure of " + entry.appliedAt())
                    : new Step(object, Action.REFUSE, "failed in the apply of " + entry.appliedAt()
                            + "; fix it in schema.sql if needed, then run again with --resume");
        }
        if (entry.checksum().equals(object.checksum())) {
            return new Step(object, Action.SKIP, "unchanged since " + entry.appliedAt());
        }
        return new Step(object, Action.REFUSE, "changed in schema.sql since it was applied on " + entry.appliedAt()
                + "; apply does not alter applied objects: change the database yourself, or apply to a new schema");
    }

    /** The results when a refusal stops the run before anything runs. */
    List<ObjectResult> withoutRunning() {
        return steps.stream().map(s -> {
            if (s.action() == Action.REFUSE) {
                return new ObjectResult(s.object(), ObjectResult.Outcome.REFUSED, FailureKind.REFUSED, s.reason());
            }
            return ObjectResult.of(s.object(), s.action() == Action.SKIP ? ObjectResult.Outcome.UNCHANGED : ObjectResult.Outcome.NOT_RUN);
        }).toList();
    }

    public List<Step> refusals() {
        return steps.stream().filter(s -> s.action() == Action.REFUSE).toList();
    }
}

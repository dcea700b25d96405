package org.schemashift.apply;

import java.util.List;
import java.util.Optional;

/** Every object's result, in schema.sql order, and whether the run was a dry run (nothing kept). */
public record ApplyResult(List<ObjectResult> objects, boolean dryRun) {
    public ApplyResult {
        objects = List.copyOf(objects);
    }

    public Optional<ObjectResult> firstFailure() {
        return objects.stream().filter(ObjectResult::isFailure).findFirst();
    }

    public long count(ObjectResult.Outcome outcome) {
        return objects.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long failures() {
        return objects.stream().filter(ObjectResult::isFailure).count();
    }
}

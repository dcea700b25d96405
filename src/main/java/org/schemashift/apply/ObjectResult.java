package org.schemashift.apply;

import java.util.Locale;

/** What happened to one object; {@code failure} and {@code message} are set for failed and refused objects. */
public record ObjectResult(ScriptObject object, Outcome outcome, FailureKind failure, String message) {

    public enum Outcome {
        /** Created (committed, or in a dry run: would be created). */
        CREATED,
        /** In the journal with the same checksum: skipped. */
        UNCHANGED,
        /** A statement failed. */
        FAILED,
        /** Not run: changed since applied, exists without the journal knowing it, or a retry without --resume. */
        REFUSED,
        /** Ran, then undone with the whole transaction because a later object failed. */
        ROLLED_BACK,
        /** Not reached: an earlier object failed or was refused. */
        NOT_RUN,
        /** Nothing to run: the object is commented out in schema.sql (its action item says why). */
        COMMENTED_OUT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static ObjectResult of(ScriptObject object, Outcome outcome) {
        return new ObjectResult(object, outcome, null, null);
    }

    boolean isFailure() {
        return outcome == Outcome.FAILED || outcome == Outcome.REFUSED;
    }
}

package org.schemashift.model.proc;

/**
 * What a routine declares about itself beside its signature and code, in every source's terms:
 * {@code deterministic} (Oracle DETERMINISTIC, MySQL DETERMINISTIC, T-SQL SCHEMABINDING-style
 * promises), whose rights it runs with (Oracle AUTHID, MySQL SQL SECURITY, T-SQL EXECUTE AS), and
 * whether it runs in a transaction of its own (Oracle PRAGMA AUTONOMOUS_TRANSACTION), and whether a
 * string longer than a parameter's or the result's declared length is cut (T-SQL) or rejected. A target
 * writes what it can and reports the rest.
 */
public record RoutineTraits(boolean deterministic, Rights rights, boolean autonomousTransaction, boolean cutsLongStrings) {
    /** Nothing declared: the source's defaults apply (the builder states them when they matter). */
    public static final RoutineTraits NONE = new RoutineTraits(false, Rights.UNSPECIFIED, false);

    /** Traits of a source that rejects a string too long for a parameter or result, as Oracle, MySQL (strict) and PostgreSQL do. */
    public RoutineTraits(boolean deterministic, Rights rights, boolean autonomousTransaction) {
        this(deterministic, rights, autonomousTransaction, false);
    }

    /**
     * The same traits in a source that cuts a string argument or result longer than its parameter's or
     * result's declared length to that length without an error (T-SQL's implicit conversion).
     */
    public RoutineTraits cuttingLongStrings() {
        return new RoutineTraits(deterministic, rights, autonomousTransaction, true);
    }

    /** Whose privileges the code runs with. */
    public enum Rights { DEFINER, INVOKER, UNSPECIFIED }
}

package org.schemashift.model.proc;

/**
 * What a routine declares about itself beside its signature and code, in every source's terms:
 * {@code deterministic} (Oracle DETERMINISTIC, MySQL DETERMINISTIC, T-SQL SCHEMABINDING-style
 * promises), whose rights it runs with (Oracle AUTHID, MySQL SQL SECURITY, T-SQL EXECUTE AS), and
 * whether it runs in a transaction of its own (Oracle PRAGMA AUTONOMOUS_TRANSACTION). A target
 * writes what it can and reports the rest.
 */
public record RoutineTraits(boolean deterministic, Rights rights, boolean autonomousTransaction) {
    /** Nothing declared: the source's defaults apply (the builder states them when they matter). */
    public static final RoutineTraits NONE = new RoutineTraits(false, Rights.UNSPECIFIED, false);

    /** Whose privileges the code runs with. */
    public enum Rights { DEFINER, INVOKER, UNSPECIFIED }
}

package org.schemashift.model;

/**
 * One call of a source built-in, as the conversion met it: {@code name} as the report lists it
 * ({@code DBMS_LOB.SUBSTR}, {@code NVL}), whether a rule converted it, and {@code by}: the id of
 * that rule, or the action-item code saying why it was not converted. The report counts them per
 * name, so a reader sees which built-ins and supplied packages the code relies on.
 */
public record BuiltinCall(String name, boolean converted, String by, SourceSpan span) {
}

package org.schemashift.plan;

/** An object's name in the target: its schema (null: unqualified) and name, both unquoted. */
public record TargetName(String schema, String name) {
}

package org.schemashift.model;

/**
 * A name a user's rename rule decided: the object's {@code kind} (schema, table, view, column,
 * index, constraint, sequence, routine, trigger), its source {@code schema} (null: unqualified or a
 * schema itself), {@code table} (for columns, indexes and constraints; else null) and {@code name},
 * the {@code target} name the rule gives it (before quoting; the planner may still shorten it to the
 * target's limit or suffix it on a clash, each with an item) and the {@code ruleId}. Later stages
 * (DMS table mappings, the report) read these to know what every renamed source object is called.
 */
public record RenamedName(String kind, String schema, String table, String name, String target, String ruleId) {
}

package org.schemashift.model;

/**
 * A table's partitioning clause: method (RANGE, LIST, HASH, KEY, ...), the key as written,
 * and the whole clause text. Targets map it where they can and raise an action item otherwise.
 */
public record Partitioning(String method, String key, String sourceText, SourceSpan span) {
}

package org.schemashift.model;

/** A synonym (alias) for another object, possibly over a database link. */
public record Synonym(ObjectName name, ObjectName target, String dbLink, boolean isPublic, SourceSpan span) {
}

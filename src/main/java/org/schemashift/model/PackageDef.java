package org.schemashift.model;

/** An Oracle package: specification and body as written; either may be null. */
public record PackageDef(ObjectName name, String specification, String body, SourceSpan span) {
}

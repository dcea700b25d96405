package org.schemashift.emit;

import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;

/**
 * One piece of target DDL, in apply order: its kind, its target name, the SQL (one or more
 * statements, each ending in ';') and the source position of the model object it came from.
 */
public record EmittedObject(ObjectKind kind, String name, String sql, SourceSpan origin) {
}

package org.schemashift.model;

/**
 * An object the convert stage failed on (SS-GEN-0055) and left out of the catalog: its kind and
 * name, so the emit stage comments out what uses it, and {@code what} as its item names it ("view v").
 */
public record UnconvertedObject(ObjectKind kind, ObjectName name, String what, SourceSpan span) {
}

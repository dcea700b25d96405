package org.schemashift.model;

/** A computed column: its expression and whether the value is stored or computed on read. */
public record GeneratedColumn(Expr expression, boolean stored) {
}

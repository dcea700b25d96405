package org.schemashift.model;

/** A routine parameter; {@code mode} is IN, OUT or INOUT. */
public record Parameter(String name, String mode, DataType type, Expr defaultValue) {
}

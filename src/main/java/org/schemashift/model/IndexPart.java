package org.schemashift.model;

/**
 * One key part of an index: a column (with an optional MySQL prefix length) or an expression.
 * Exactly one of {@code column} and {@code expression} is set.
 */
public record IndexPart(String column, Expr expression, Integer prefixLength, boolean descending) {
    public IndexPart {
        column = Shared.string(column);
    }

    public static IndexPart column(String column) {
        return new IndexPart(column, null, null, false);
    }

    public IndexPart withColumn(String c) {
        return new IndexPart(c, expression, prefixLength, descending);
    }

    public IndexPart withExpression(Expr e) {
        return new IndexPart(column, e, prefixLength, descending);
    }
}

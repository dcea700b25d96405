package org.schemashift.model;

/** A CHECK constraint; {@code enforced} is false for MySQL's NOT ENFORCED. */
public record CheckConstraint(String name, Expr condition, boolean enforced, SourceSpan span) {
    public CheckConstraint withName(String n) {
        return new CheckConstraint(n, condition, enforced, span);
    }

    public CheckConstraint withCondition(Expr c) {
        return new CheckConstraint(name, c, enforced, span);
    }
}

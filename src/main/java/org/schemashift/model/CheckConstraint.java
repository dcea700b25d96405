package org.schemashift.model;

/**
 * A CHECK constraint; {@code enforced} is false for MySQL's NOT ENFORCED. {@code validated} is
 * false when the source enforces it on new rows only and never checked the rows it had (Oracle
 * ENABLE NOVALIDATE, SQL Server WITH NOCHECK): the target adds it without checking the loaded rows.
 */
public record CheckConstraint(String name, Expr condition, boolean enforced, SourceSpan span, boolean validated) {
    public CheckConstraint(String name, Expr condition, boolean enforced, SourceSpan span) {
        this(name, condition, enforced, span, true);
    }

    public CheckConstraint withName(String n) {
        return new CheckConstraint(n, condition, enforced, span, validated);
    }

    public CheckConstraint withCondition(Expr c) {
        return new CheckConstraint(name, c, enforced, span, validated);
    }

    /** This check as the source has it when it did not check the rows it already had. */
    public CheckConstraint notValidated() {
        return new CheckConstraint(name, condition, enforced, span, false);
    }
}

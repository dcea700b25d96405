package org.schemashift.convert;

import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.SourceSpan;

/**
 * One side's facts about column default literals. The source's run first and say what a literal
 * means (MySQL's zero date is no date at all); the target's run next and spell the value as the
 * target column needs it (PostgreSQL bytea takes a hex string, boolean true/false). Each gets a
 * default with a converted expression and returns the default to keep, or null to leave it out
 * after raising an action item that says why.
 */
@FunctionalInterface
public interface DefaultLiterals {
    DefaultLiterals UNCHANGED = (value, targetType, span, where, items) -> value;

    /** {@code value} for a column {@code where} (table.column) whose target type is {@code targetType}. */
    Expr adapt(Expr value, DataType targetType, SourceSpan span, String where, ActionItems items);

    /** These facts, then {@code next}'s on what is left (nothing when this side left the default out). */
    default DefaultLiterals then(DefaultLiterals next) {
        return (value, targetType, span, where, items) -> {
            Expr kept = adapt(value, targetType, span, where, items);
            return kept == null || kept.node() == null ? kept : next.adapt(kept, targetType, span, where, items);
        };
    }
}

package org.schemashift.model;

/** A sequence; null numbers mean "not given" (the target's default applies). */
public record Sequence(ObjectName name, DataType type, Long start, Long increment, Long minValue, Long maxValue,
                       boolean cycle, Long cache, boolean ordered, SourceSpan span) {
}

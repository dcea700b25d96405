package org.schemashift.model;

/**
 * One automated decision of the conversion: which rule ({@code ruleId}, a type rule, function rule
 * or Java rule id) turned what ({@code message}) at {@code span}. The report lists them per object
 * so a reviewer can trace every choice to the rule that made it.
 */
public record Decision(String ruleId, String message, SourceSpan span) {
    public Decision {
        // a few dozen rule ids name every decision of a run: one copy each, not one per column of a large schema
        ruleId = ruleId == null ? null : ruleId.intern();
    }
}

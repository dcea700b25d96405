package org.schemashift.model;

/**
 * Something a person must look at: raised by any stage, attached to the source statement that
 * contains {@code span}. {@code code} is a stable id from {@link ActionCode}.
 */
public record ActionItem(ActionCode code, String message, SourceSpan span) {

    public Severity severity() {
        return code.severity();
    }

    public String recommendation() {
        return code.recommendation();
    }
}

package org.schemashift.apply;

/** A failure that stops apply before or outside an object: its kind and a one-line message. */
public final class ApplyException extends RuntimeException {
    private final FailureKind kind;

    public ApplyException(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }
}

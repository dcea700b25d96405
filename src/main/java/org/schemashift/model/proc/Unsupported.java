package org.schemashift.model.proc;

import org.schemashift.model.SourceSpan;

/**
 * A statement or declaration the source builder could not express in the IR: every target writes
 * {@code rawText} commented out where it stood and raises an action item with {@code reason}, so the
 * routine never silently does less than the source.
 */
public record Unsupported(String rawText, SourceSpan span, String reason) implements Statement, Declaration {

    @Override
    public String name() {
        return null;
    }

    @Override
    public <R> R accept(Statement.Visitor<R> visitor) {
        return visitor.visitUnsupported(this);
    }

    @Override
    public <R> R accept(Declaration.Visitor<R> visitor) {
        return visitor.visitUnsupported(this);
    }
}

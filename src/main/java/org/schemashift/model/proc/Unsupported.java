package org.schemashift.model.proc;

import org.schemashift.model.SourceSpan;

/**
 * A statement or declaration the source builder could not express in the IR: every target writes
 * {@code rawText} commented out where it stood and raises an action item with {@code reason}, so the
 * routine never silently does less than the source.
 */
public record Unsupported(String rawText, SourceSpan span, String reason) implements Statement, Declaration {
    /**
     * The reason of a static DDL statement on a permanent object (CREATE TABLE, ALTER TABLE...): the
     * pipeline converts its text as it converts top-level statements and runs the result as dynamic
     * SQL; where it cannot, the statement stays unsupported with this reason or a more precise one.
     */
    public static final String STATIC_DDL = "DDL on a permanent object in a stored program: run it as dynamic SQL by hand";

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

package org.schemashift.model;

/**
 * An action-item code: a stable id with its severity, title, recommended action, default effort in
 * hours, an explanation of why it is raised and a small before (source) / after (target) example.
 * Codes belong to the stage that knows the fact: {@link GeneralCode} (SS-GEN), each source dialect's
 * enum (SS-ORA, SS-MY, ...) and each target's (SS-PG, SS-MYSQL, ...); {@link ActionCatalogue} lists
 * them all, and docs/action-items.md is generated from it (a test keeps them equal).
 */
public interface ActionCode {

    /** The catalogue entry of a code. */
    record Entry(String code, Severity severity, double effortHours, String title, String recommendation,
                 String explanation, String exampleBefore, String exampleAfter) {
    }

    Entry entry();

    /** The constant's name in its owner's enum. */
    String name();

    default String code() {
        return entry().code();
    }

    default Severity severity() {
        return entry().severity();
    }

    default double effortHours() {
        return entry().effortHours();
    }

    default String title() {
        return entry().title();
    }

    default String recommendation() {
        return entry().recommendation();
    }

    /** Why the item is raised: what differs between source and target. */
    default String explanation() {
        return entry().explanation();
    }

    /** A small source-side example that raises this item. */
    default String exampleBefore() {
        return entry().exampleBefore();
    }

    /** What SchemaShift writes for {@link #exampleBefore()} (or what the person should write). */
    default String exampleAfter() {
        return entry().exampleAfter();
    }

    default ActionItem at(SourceSpan span, String message) {
        return new ActionItem(this, message, span);
    }
}

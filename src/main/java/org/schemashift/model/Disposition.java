package org.schemashift.model;

/** What the source stage made of a statement. */
public enum Disposition {
    /** Understood; its effect is in {@link SourceStatement#changes()}. */
    PARSED,
    /** Session or client framing with no schema effect (SET, USE-less LOCK, DELIMITER, ...). */
    IGNORED,
    /** Recognised but not converted yet; carries an action item. */
    UNSUPPORTED,
    /** Did not parse; carries a syntax-error action item. */
    ERROR
}

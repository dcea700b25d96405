package org.schemashift.model;

import java.util.Locale;

/** The kinds of source statement the report distinguishes. */
public enum ObjectKind {
    SCHEMA, TABLE, VIEW, INDEX, SEQUENCE, PROCEDURE, FUNCTION, PACKAGE, TRIGGER, TYPE, SYNONYM,
    CONSTRAINT, COMMENT, GRANT, EVENT, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.schemashift.report;

import java.util.Locale;

/** A source object's outcome, as the report shows it. */
public enum ObjectStatus {
    CONVERTED, CONVERTED_WITH_WARNINGS, MANUAL, UNSUPPORTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.schemashift.report;

import java.util.Locale;

/** A source object's outcome, as the report shows it; IGNORED: left out by a rule of the user's rules file. */
public enum ObjectStatus {
    CONVERTED, CONVERTED_WITH_WARNINGS, MANUAL, UNSUPPORTED, IGNORED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

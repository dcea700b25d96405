package org.schemashift.convert;

import java.util.Locale;
import org.schemashift.model.DataType;

/**
 * What a type-aware rule needs to know about an operand: the family of its source type. Rules
 * ask "is this a date?" (Oracle {@code date + 1} adds days, {@code TRUNC(date)} truncates to the
 * day), never for a precise type, so a coarse, dialect-neutral classification is enough.
 */
public enum TypeFamily {
    /** A date with a time of day (Oracle DATE, MySQL DATETIME). */
    DATETIME,
    /** A timestamp with fractional seconds or a time zone. */
    TIMESTAMP,
    NUMBER,
    STRING,
    INTERVAL,
    BOOLEAN,
    UNKNOWN;

    public boolean isTemporal() {
        return this == DATETIME || this == TIMESTAMP;
    }

    /** The family of a source column type, by its name. */
    public static TypeFamily of(DataType type) {
        return type == null ? UNKNOWN : ofName(type.name());
    }

    /** The family of a type spelled {@code name} ("varchar2", "number", "timestamp with time zone"). */
    public static TypeFamily ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        if (n.startsWith("timestamp")) return TIMESTAMP;
        if (n.equals("date") || n.startsWith("datetime")) return DATETIME;
        if (n.startsWith("interval")) return INTERVAL;
        if (n.startsWith("bool")) return BOOLEAN;
        if (n.contains("char") || n.contains("clob") || n.contains("text") || n.equals("long") || n.equals("string")) {
            return STRING;
        }
        if (n.contains("int") || n.startsWith("number") || n.startsWith("numeric") || n.startsWith("decimal")
                || n.startsWith("float") || n.startsWith("double") || n.equals("real") || n.startsWith("binary_")
                || n.equals("dec")) {
            return NUMBER;
        }
        return UNKNOWN;
    }
}

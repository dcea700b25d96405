package org.schemashift.convert;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlAlienSystemTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.CanonicalType;

/**
 * What a type-aware rule needs to know about an operand: the family of its source type. Rules
 * ask "is this a date?" (Oracle {@code date + 1} adds days, {@code TRUNC(date)} truncates to the
 * day), never for a precise type, so a coarse, dialect-neutral classification is enough. A
 * column's family comes from its canonical type (the source's read rule), so the source decides
 * what its DATE is: Oracle DATE reads as TIMESTAMP(0), a DATETIME; MySQL DATE as DATE.
 */
public enum TypeFamily {
    /** A calendar date without a time of day (MySQL DATE). */
    DATE,
    /** A date with a time of day to the second (Oracle DATE, MySQL DATETIME): canonical TIMESTAMP(0). */
    DATETIME,
    /** A timestamp with fractional seconds or a time zone. */
    TIMESTAMP,
    NUMBER,
    STRING,
    INTERVAL,
    BOOLEAN,
    UNKNOWN;

    private static final Pattern LEADING_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public boolean isTemporal() {
        return this == DATE || this == DATETIME || this == TIMESTAMP;
    }

    /**
     * The family of a canonical type. Types with an extension over a character type (JSON, XML,
     * ROWID, ENUM, SET) are UNKNOWN: they are strings in storage only, and rules must not treat
     * them as text.
     */
    public static TypeFamily of(CanonicalType type) {
        if (type == null) return UNKNOWN;
        SqlTypeName name = type.name();
        if (SqlTypeName.CHAR_TYPES.contains(name)) return type.extension() == null ? STRING : UNKNOWN;
        if (SqlTypeName.NUMERIC_TYPES.contains(name)) return NUMBER;
        if (SqlTypeName.INTERVAL_TYPES.contains(name)) return INTERVAL;
        return switch (name) {
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case TIMESTAMP -> Integer.valueOf(0).equals(type.precision()) ? DATETIME : TIMESTAMP;
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> TIMESTAMP;
            default -> UNKNOWN;
        };
    }

    /**
     * The family of a type spelled {@code name} ("varchar2", "number", "timestamp with time zone"),
     * guessed from the name alone, with Oracle's meaning of {@code date} (a date with a time).
     * Only for operand types written inside expressions (CAST targets, function result types of the
     * rule files) until those are read through the source's type rules too; column types use
     * {@link TypeRules#family}.
     */
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

    /** The family of a CAST's target type, by its name as written ({@link #writtenName}). */
    public static TypeFamily of(SqlDataTypeSpec spec) {
        return ofName(writtenName(spec));
    }

    /**
     * The leading word of a type spec as written, upper case: a builder keeps types without a Calcite
     * equivalent (Oracle's DATE, CLOB, RAW...) as alien type names, whose SqlTypeName is ANY, so the
     * written spelling is what counts.
     */
    public static String writtenName(SqlDataTypeSpec spec) {
        String written = spec.getTypeNameSpec() instanceof SqlAlienSystemTypeNameSpec ? spec.toString() : spec.getTypeName().getSimple();
        Matcher word = LEADING_WORD.matcher(written.strip().replace("\"", ""));
        return word.lookingAt() ? word.group().toUpperCase(Locale.ROOT) : "";
    }
}

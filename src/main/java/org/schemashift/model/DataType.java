package org.schemashift.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column or parameter type. {@code name} is lower case ("varchar", "double precision");
 * {@code length} is the first argument (length, precision or fractional seconds), {@code scale}
 * the second; {@code modifiers} holds flags such as "unsigned", "zerofill", "with time zone";
 * {@code values} holds ENUM/SET members. {@code sourceText} is the type as written.
 */
public record DataType(String name, Integer length, Integer scale, Set<String> modifiers,
                       List<String> values, String charset, String collation, String sourceText) {

    public DataType {
        name = Shared.string(name.toLowerCase(Locale.ROOT));
        sourceText = Shared.string(sourceText);
        charset = Shared.string(charset);
        collation = Shared.string(collation);
        modifiers = Set.copyOf(modifiers);
        values = List.copyOf(values);
    }

    /** A type known only by its spelling, as target types are. */
    public static DataType named(String spelling) {
        return new DataType(spelling, null, null, Set.of(), List.of(), null, null, spelling);
    }

    /** The type compared by {@code collation} (a column's COLLATE). */
    public DataType withCollation(String collation) {
        return new DataType(name, length, scale, modifiers, values, charset, collation, sourceText);
    }

    /**
     * Whether the type's collation compares text without case, by the words of its name as SQL
     * Server and MySQL spell them: {@code CI} yes; {@code CS}, {@code BIN}, {@code BIN2} no; null
     * when there is no collation or its name does not say (the database's default decides).
     */
    public Boolean collationIgnoresCase() {
        return ignoresCase(collation);
    }

    /** Whether a collation of this name compares text without case, as {@link #collationIgnoresCase()} reads it. */
    public static Boolean ignoresCase(String collation) {
        if (collation == null) return null;
        List<String> words = List.of(collation.toUpperCase(Locale.ROOT).split("_"));
        if (words.contains("CS") || words.contains("BIN") || words.contains("BIN2")) return false;
        return words.contains("CI") ? Boolean.TRUE : null;
    }

    public boolean has(String modifier) {
        return modifiers.contains(modifier);
    }

    @Override
    public String toString() {
        return sourceText;
    }
}

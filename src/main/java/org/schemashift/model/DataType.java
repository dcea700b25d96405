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

    public boolean has(String modifier) {
        return modifiers.contains(modifier);
    }

    @Override
    public String toString() {
        return sourceText;
    }
}

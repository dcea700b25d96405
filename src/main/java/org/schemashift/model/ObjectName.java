package org.schemashift.model;

import java.util.Locale;

/**
 * A possibly schema-qualified object name, spelled as the source database stores it
 * (e.g. upper case for unquoted Oracle names). {@code schema} is null when unqualified.
 */
public record ObjectName(String schema, String name) {

    public static ObjectName of(String name) {
        return new ObjectName(null, name);
    }

    public ObjectName withSchema(String newSchema) {
        return new ObjectName(newSchema, name);
    }

    /** Case-insensitive key used to index objects; dialects with case-sensitive names fold before. */
    public String key() {
        String n = name.toLowerCase(Locale.ROOT);
        return schema == null ? n : schema.toLowerCase(Locale.ROOT) + "." + n;
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}

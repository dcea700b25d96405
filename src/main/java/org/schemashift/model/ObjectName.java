package org.schemashift.model;

import java.util.List;

/**
 * A possibly schema-qualified object name, spelled as the source database stores it
 * (e.g. upper case for unquoted Oracle names). {@code schema} is null when unqualified.
 */
public record ObjectName(String schema, String name) {
    public ObjectName {
        schema = Shared.string(schema);
        name = Shared.string(name);
    }

    public static ObjectName of(String name) {
        return new ObjectName(null, name);
    }

    public ObjectName withSchema(String newSchema) {
        return new ObjectName(newSchema, name);
    }

    /** The name as its written parts: {@code [schema, name]}, or {@code [name]} when unqualified. */
    public List<String> parts() {
        return schema == null ? List.of(name) : List.of(schema, name);
    }

    /**
     * Case-insensitive key, for names that match whatever their case (routines, indexes); tables and
     * views are indexed by the source's {@link NameCase#key}.
     */
    public String key() {
        return NameCase.INSENSITIVE.key(this);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}

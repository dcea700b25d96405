package org.schemashift.emit.postgresql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;

/**
 * Names that must be unique within one PostgreSQL schema: tables, views, sequences, indexes
 * and the indexes behind primary keys and unique constraints. Claims are made in catalog order,
 * so the same input always gets the same names.
 */
final class RelationNamespace {
    private final Map<String, Set<String>> taken = new HashMap<>();
    /** Per schema and clashing name, the next suffix to try: keeps claims linear when a name clashes often. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final ActionItems items;

    RelationNamespace(ActionItems items) {
        this.items = items;
    }

    /**
     * Claims {@code wanted} (already folded) in {@code schema}; on a clash appends _2, _3, ...
     * {@code clashCode} says how serious a clash is for this kind of object.
     */
    String claim(String schema, String wanted, SourceSpan span, String what, ActionCode clashCode) {
        Set<String> names = taken.computeIfAbsent(schema == null ? "" : schema, s -> new HashSet<>());
        String name = PostgresqlIdentifiers.shorten(wanted);
        if (!name.equals(wanted)) {
            items.add(GeneralCode.NAME_SHORTENED, span, what + " " + wanted + " is longer than "
                    + PostgresqlIdentifiers.MAX_BYTES + " bytes; named " + name);
        }
        if (names.add(name)) return name;
        String key = (schema == null ? "" : schema) + "." + name;
        int n = nextSuffix.getOrDefault(key, 2);
        String unique;
        do {
            String suffix = "_" + n++;
            unique = PostgresqlIdentifiers.truncateToBytes(name, PostgresqlIdentifiers.MAX_BYTES - suffix.length()) + suffix;
        } while (!names.add(unique));
        nextSuffix.put(key, n);
        items.add(clashCode, span, what + " " + name + " is already used in the schema; named " + unique);
        return unique;
    }
}

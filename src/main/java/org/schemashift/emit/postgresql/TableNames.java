package org.schemashift.emit.postgresql;

import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.ObjectName;

/** Target names of every table, resolved once so constraints can refer to tables in any order. */
final class TableNames {
    /** A table's target schema (null: unqualified) and name, both unquoted. */
    record Target(String schema, String name) {
        String sql() {
            return schema == null ? PostgresqlIdentifiers.quote(name)
                    : PostgresqlIdentifiers.quote(schema) + "." + PostgresqlIdentifiers.quote(name);
        }
    }

    private final Map<String, Target> byKey = new HashMap<>();
    private final PostgresqlIdentifiers names;

    TableNames(PostgresqlIdentifiers names) {
        this.names = names;
    }

    void put(ObjectName source, Target target) {
        byKey.put(source.key(), target);
    }

    /** True when the table is in the catalog being written. */
    boolean known(ObjectName source) {
        return byKey.containsKey(source.key());
    }

    /** The target of a source table; a table not in the input keeps its folded source name. */
    Target of(ObjectName source) {
        Target t = byKey.get(source.key());
        if (t != null) return t;
        return new Target(source.schema() == null ? null : schema(source.schema()), column(source.name()));
    }

    String schema(String sourceSchema) {
        return PostgresqlIdentifiers.shorten(names.fold(sourceSchema));
    }

    /** Column and other per-table names: folded and shortened, quoted where used. */
    String column(String sourceName) {
        return PostgresqlIdentifiers.shorten(names.fold(sourceName));
    }
}

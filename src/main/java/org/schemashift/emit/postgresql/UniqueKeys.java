package org.schemashift.emit.postgresql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.Index;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/**
 * The column sets each table guarantees unique at once (primary key, unique constraints, plain
 * unique indexes; deferrable keys excluded). PostgreSQL accepts a foreign key only when the referenced columns are one of these;
 * MySQL also accepts any indexed columns, so such keys must be reported, not emitted to fail.
 */
final class UniqueKeys {
    private final Map<String, Set<Set<String>>> byTable = new HashMap<>();
    private final Map<String, Boolean> hasPrimaryKey = new HashMap<>();

    UniqueKeys(List<Table> tables) {
        for (Table table : tables) {
            Set<Set<String>> keys = new HashSet<>();
            // PostgreSQL rejects a foreign key to a DEFERRABLE key, which Oracle allows
            if (table.primaryKey() != null && !table.primaryKey().deferrable()) keys.add(normalize(table.primaryKey().columns()));
            for (UniqueConstraint unique : table.uniques()) {
                if (!unique.deferrable()) keys.add(normalize(unique.columns()));
            }
            for (Index index : table.indexes()) {
                boolean plain = index.unique() && index.where() == null
                        && index.parts().stream().allMatch(p -> p.column() != null && p.prefixLength() == null);
                if (plain) keys.add(normalize(index.parts().stream().map(IndexPart::column).toList()));
            }
            byTable.put(table.name().key(), keys);
            hasPrimaryKey.put(table.name().key(), table.primaryKey() != null && !table.primaryKey().deferrable());
        }
    }

    /** True when {@code columns} of {@code table} (empty: its primary key) are guaranteed unique. */
    boolean isUnique(ObjectName table, List<String> columns) {
        if (columns.isEmpty()) return hasPrimaryKey.getOrDefault(table.key(), false);
        return byTable.getOrDefault(table.key(), Set.of()).contains(normalize(columns));
    }

    private static Set<String> normalize(List<String> columns) {
        Set<String> set = new HashSet<>();
        columns.forEach(c -> set.add(c.toLowerCase(Locale.ROOT)));
        return set;
    }
}

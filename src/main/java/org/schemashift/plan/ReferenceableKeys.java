package org.schemashift.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.TargetCapabilities.ForeignKeyTarget;
import org.schemashift.model.Index;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/**
 * The column lists a foreign key may reference in the target, per table. PostgreSQL accepts the
 * columns of a primary key, unique constraint or plain unique index (in any order), and rejects a
 * DEFERRABLE key, which Oracle allows; InnoDB (MySQL, MariaDB) accepts the leading columns, in
 * order, of any index. A source such as MySQL may accept keys a target rejects: those foreign keys
 * must be reported, not emitted to fail.
 */
final class ReferenceableKeys {
    private final ForeignKeyTarget rule;
    private final Map<String, List<List<String>>> keysByTable = new HashMap<>();
    private final Map<String, List<String>> primaryKeys = new HashMap<>();
    private final Function<ObjectName, String> tableKey;

    /** {@code tableKey}: the source's key of a table name. */
    ReferenceableKeys(List<Table> tables, TargetCapabilities.Constraints constraints, Function<ObjectName, String> tableKey) {
        this.rule = constraints.foreignKeyTarget();
        this.tableKey = tableKey;
        // where the target has no DEFERRABLE, keys are written immediate and can be referenced
        boolean deferrableExcluded = constraints.deferrable();
        for (Table table : tables) {
            List<List<String>> keys = new ArrayList<>();
            if (table.primaryKey() != null && !(deferrableExcluded && table.primaryKey().deferrable())) {
                keys.add(lower(table.primaryKey().columns()));
                primaryKeys.put(tableKey.apply(table.name()), lower(table.primaryKey().columns()));
            }
            for (UniqueConstraint unique : table.uniques()) {
                if (!(deferrableExcluded && unique.deferrable())) keys.add(lower(unique.columns()));
            }
            for (Index index : table.indexes()) {
                boolean plain = (index.unique() || rule == ForeignKeyTarget.INDEXED_COLUMNS) && index.where() == null
                        && index.parts().stream().allMatch(p -> p.column() != null && p.prefixLength() == null);
                if (plain) keys.add(lower(index.parts().stream().map(IndexPart::column).toList()));
            }
            keysByTable.put(tableKey.apply(table.name()), keys);
        }
    }

    /** True when {@code columns} of {@code table} (empty: its primary key) may be referenced. */
    boolean referenceable(ObjectName table, List<String> columns) {
        if (columns.isEmpty()) return primaryKeys.containsKey(tableKey.apply(table));
        List<String> wanted = lower(columns);
        return keysByTable.getOrDefault(tableKey.apply(table), List.of()).stream().anyMatch(key -> switch (rule) {
            case UNIQUE_KEY -> key.size() == wanted.size() && key.containsAll(wanted) && wanted.containsAll(key);
            case INDEXED_COLUMNS -> key.size() >= wanted.size() && key.subList(0, wanted.size()).equals(wanted);
        });
    }

    private static List<String> lower(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }
}

package org.schemashift.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schemashift.model.Column;
import org.schemashift.model.Index;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/**
 * The unique keys of the source tables (primary key, unique constraints, unique indexes), for a
 * writer that must know which rows an insert can conflict with. A key is its set of column names,
 * compared without case and spelled as the table spells them, primary key first; a unique index on an expression or with a WHERE is a key of no plain columns (an
 * empty set), which matches no list of columns but still counts as a key.
 */
public final class UniqueKeys {
    private static final UniqueKeys NONE = new UniqueKeys(Map.of(), Map.of());
    private final Map<String, List<Set<String>>> byTable;
    private final Map<String, List<String>> columnsByTable;

    private UniqueKeys(Map<String, List<Set<String>>> byTable, Map<String, List<String>> columnsByTable) {
        this.byTable = byTable;
        this.columnsByTable = columnsByTable;
    }

    /** Nothing known: every table is unknown. */
    public static UniqueKeys none() {
        return NONE;
    }

    public static UniqueKeys of(List<Table> tables) {
        Map<String, List<Set<String>>> byTable = new HashMap<>();
        Map<String, List<String>> columnsByTable = new HashMap<>();
        for (Table table : tables) {
            List<String> columns = table.columns().stream().map(Column::name).toList();
            columnsByTable.put(table.name().key(), columns);
            columnsByTable.putIfAbsent(new ObjectName(null, table.name().name()).key(), columns);
            List<Set<String>> keys = new ArrayList<>();
            if (table.primaryKey() != null) keys.add(columns(table.primaryKey().columns()));
            for (UniqueConstraint unique : table.uniques()) keys.add(columns(unique.columns()));
            for (Index index : table.indexes()) {
                if (!index.unique()) continue;
                boolean plain = index.where() == null && index.parts().stream().allMatch(p -> p.column() != null && p.prefixLength() == null);
                keys.add(plain ? columns(index.parts().stream().map(IndexPart::column).toList()) : Set.of());
            }
            byTable.put(table.name().key(), keys);
            byTable.putIfAbsent(new ObjectName(null, table.name().name()).key(), keys);
        }
        return new UniqueKeys(byTable, columnsByTable);
    }

    /** The keys of the table named {@code names} (schema and name, or name), or null when the table is unknown. */
    public List<Set<String>> ofTable(List<String> names) {
        return byTable.get(key(names));
    }

    /** The columns of the table named {@code names}, in table order, or null when the table is unknown. */
    public List<String> columnsOf(List<String> names) {
        return columnsByTable.get(key(names));
    }

    private static String key(List<String> names) {
        return (names.size() == 1 ? ObjectName.of(names.get(0)) : new ObjectName(names.get(names.size() - 2), names.get(names.size() - 1))).key();
    }

    private static Set<String> columns(List<String> names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        return set;
    }
}

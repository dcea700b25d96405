package org.schemashift.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schemashift.model.Index;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/**
 * The unique keys of the source tables (primary key, unique constraints, unique indexes), for a
 * writer that must know which rows an insert can conflict with. A key is its set of column names,
 * upper case; a unique index on an expression or with a WHERE is a key of no plain columns (an
 * empty set), which matches no list of columns but still counts as a key.
 */
public final class UniqueKeys {
    private static final UniqueKeys NONE = new UniqueKeys(Map.of());
    private final Map<String, List<Set<String>>> byTable;

    private UniqueKeys(Map<String, List<Set<String>>> byTable) {
        this.byTable = byTable;
    }

    /** Nothing known: every table is unknown. */
    public static UniqueKeys none() {
        return NONE;
    }

    public static UniqueKeys of(List<Table> tables) {
        Map<String, List<Set<String>>> byTable = new HashMap<>();
        for (Table table : tables) {
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
        return new UniqueKeys(byTable);
    }

    /** The keys of the table named {@code names} (schema and name, or name), or null when the table is unknown. */
    public List<Set<String>> ofTable(List<String> names) {
        ObjectName name = names.size() == 1 ? ObjectName.of(names.get(0)) : new ObjectName(names.get(names.size() - 2), names.get(names.size() - 1));
        return byTable.get(name.key());
    }

    private static Set<String> columns(List<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEach(n -> set.add(n.toUpperCase(Locale.ROOT)));
        return set;
    }
}

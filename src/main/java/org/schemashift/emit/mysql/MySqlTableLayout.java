package org.schemashift.emit.mysql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Index;
import org.schemashift.model.IndexPart;
import org.schemashift.model.Table;
import org.schemashift.plan.TargetNaming;

/**
 * A table's column types as MySQL will hold them. A MySQL row holds at most 65,535 bytes of
 * non-LOB columns: where the declared VARCHARs pass it (Oracle tables of many VARCHAR2(4000)),
 * the longest VARCHARs that no key uses become TEXT (MEDIUMTEXT past 16,383 characters), which is
 * stored outside the row, until the row fits.
 */
final class MySqlTableLayout {
    static final int MAX_ROW_BYTES = 65_535;

    /** The source name of the table laid out. */
    org.schemashift.model.ObjectName table() {
        return table;
    }

    private final Map<String, MySqlColumnType> types = new HashMap<>();
    private final List<String> widened = new ArrayList<>();
    private final org.schemashift.model.ObjectName table;
    private final TargetNaming naming;

    /** Columns are found by the source's name rules: Oracle {@code "id"} and {@code ID} are two columns. */
    MySqlTableLayout(Table table, TargetNaming naming) {
        this.table = table.name();
        this.naming = naming;
        // the type rule's spelling as written: DataType.name() is lower case, which would change ENUM and SET members
        for (Column column : table.columns()) types.put(key(column.name()), MySqlColumnType.of(column.type().sourceText()));
        int bytes = (int) Math.ceil(table.columns().stream().filter(Column::nullable).count() / 8.0);
        for (MySqlColumnType type : types.values()) bytes += type.rowBytes();
        if (bytes <= MAX_ROW_BYTES) return;
        Set<String> keyed = keyedColumns(table);
        List<Column> candidates = table.columns().stream()
                .filter(c -> types.get(key(c.name())).isVarchar())
                .sorted(Comparator.comparingInt((Column c) -> keyed.contains(key(c.name())) ? 1 : 0)
                        .thenComparing(Comparator.comparingInt((Column c) -> types.get(key(c.name())).length()).reversed()))
                .toList();
        for (Column column : candidates) {
            if (bytes <= MAX_ROW_BYTES) break;
            MySqlColumnType before = types.get(key(column.name()));
            MySqlColumnType after = MySqlColumnType.of(before.length() > 16_383 ? "mediumtext" : "text");
            bytes += after.rowBytes() - before.rowBytes();
            types.put(key(column.name()), after);
            widened.add(column.name());
        }
    }

    /** The type the column is written with. */
    MySqlColumnType type(String column) {
        MySqlColumnType type = types.get(key(column));
        return type == null ? MySqlColumnType.of("") : type;
    }

    /** The columns turned into TEXT to fit the row, in the order chosen. */
    List<String> widened() {
        return List.copyOf(widened);
    }

    private Set<String> keyedColumns(Table table) {
        Set<String> keyed = new HashSet<>();
        if (table.primaryKey() != null) table.primaryKey().columns().forEach(c -> keyed.add(key(c)));
        table.uniques().forEach(u -> u.columns().forEach(c -> keyed.add(key(c))));
        for (ForeignKey fk : table.foreignKeys()) fk.columns().forEach(c -> keyed.add(key(c)));
        for (Index index : table.indexes()) {
            index.parts().stream().map(IndexPart::column).filter(c -> c != null).forEach(c -> keyed.add(key(c)));
        }
        return keyed;
    }

    private String key(String column) {
        return naming.sourceKey(org.schemashift.model.ObjectName.of(column));
    }
}

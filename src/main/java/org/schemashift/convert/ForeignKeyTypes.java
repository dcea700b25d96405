package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;

/**
 * Gives a foreign-key column its referenced column's target type when both had the same source
 * type (an identity NUMBER becomes bigint, a plain NUMBER numeric: the key would not apply).
 * Tables and columns are found by the source's {@link NameCase} key, so Oracle {@code "orders"}
 * and {@code ORDERS} stay two parents and a quoted or bracketed reference finds its table; a
 * column no exact key finds is the table's only column of that name in any case (MySQL's column
 * names match whatever their case, even where its table names do not);
 * target names (folded, renamed, made unique) are decided later from the same keys, so they do
 * not matter here. One pass over the tables and one index of their columns.
 */
final class ForeignKeyTypes {
    private static final String AMBIGUOUS = "";
    private final NameCase nameCase;
    /** Source type of every column, by {@link #columnKey}. */
    private final Map<String, DataType> sourceTypes = new HashMap<>();
    /** Every column's {@link #columnKey} by its table's and its case-insensitive name; AMBIGUOUS when two share it. */
    private final Map<String, String> caseless = new HashMap<>();

    ForeignKeyTypes(NameCase nameCase) {
        this.nameCase = nameCase;
    }

    /** Records a column's source type, before conversion. */
    void source(Table table, Column column) {
        String key = columnKey(table.name(), column.name());
        sourceTypes.put(key, column.type());
        caseless.merge(caselessKey(table.name(), column.name()), key, (a, b) -> AMBIGUOUS);
    }

    List<Table> align(List<Table> tables) {
        Map<String, Table> byKey = new HashMap<>();
        Map<String, Column> columns = new HashMap<>();
        for (Table table : tables) {
            byKey.put(nameCase.key(table.name()), table);
            table.columns().forEach(c -> columns.put(columnKey(table.name(), c.name()), c));
        }
        List<Table> out = new ArrayList<>(tables.size());
        for (Table table : tables) {
            Map<String, DataType> retyped = new HashMap<>();
            for (ForeignKey fk : table.foreignKeys()) {
                Table parent = byKey.get(nameCase.key(fk.refTable()));
                if (parent == null) continue;
                // REFERENCES t without columns means t's primary key (Oracle, SQL standard)
                List<String> refColumns = fk.refColumns().isEmpty() && parent.primaryKey() != null
                        ? parent.primaryKey().columns() : fk.refColumns();
                if (refColumns.size() != fk.columns().size()) continue;
                for (int i = 0; i < refColumns.size(); i++) {
                    String child = column(table.name(), fk.columns().get(i));
                    String referenced = column(parent.name(), refColumns.get(i));
                    DataType type = alignedType(columns.get(child), sourceTypes.get(child), columns.get(referenced), sourceTypes.get(referenced));
                    if (type != null) retyped.put(child, type);
                }
            }
            out.add(retyped.isEmpty() ? table : table.withColumns(table.columns().stream()
                    .map(c -> c.withType(retyped.getOrDefault(columnKey(table.name(), c.name()), c.type()))).toList()));
        }
        return out;
    }

    /** The parent's target type when the two columns differ on the target but not on the source; else null. */
    private static DataType alignedType(Column child, DataType childSource, Column parent, DataType parentSource) {
        if (child == null || parent == null || childSource == null || parentSource == null
                || child.type().name().equals(parent.type().name())) {
            return null;
        }
        boolean sameSource = childSource.name().equals(parentSource.name()) && childSource.modifiers().equals(parentSource.modifiers());
        return sameSource ? parent.type() : null;
    }

    /** The {@link #columnKey} of the column a key names. */
    private String column(ObjectName table, String name) {
        String exact = columnKey(table, name);
        if (sourceTypes.containsKey(exact)) return exact;
        String any = caseless.get(caselessKey(table, name));
        return any == null || any.equals(AMBIGUOUS) ? exact : any;
    }

    private String caselessKey(ObjectName table, String column) {
        return nameCase.key(table) + "/" + column.toLowerCase(Locale.ROOT);
    }

    private String columnKey(ObjectName table, String column) {
        return nameCase.key(table) + "/" + nameCase.key(ObjectName.of(column));
    }
}

package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.IndexPart;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/**
 * What InnoDB makes of a table's keys beyond what the script says, made explicit for targets that
 * do not do the same. A key prefix as long as its column's declared length changes nothing, so the
 * part is the whole column (a UNIQUE (name(767)) on a VARCHAR(767) is an ordinary unique key a
 * foreign key may reference). A foreign key whose columns do not lead an index in the same order
 * gets one, named as MySQL names it: the CONSTRAINT symbol (or FOREIGN KEY index name), else the
 * first column, with _2, _3... when the table already has that index name (MySQL manual, CREATE
 * TABLE: FOREIGN KEY constraints).
 */
final class MySqlImplicitKeys {
    /** Types whose declared length bounds a key prefix (characters, or bytes for the binary ones). */
    private static final Set<String> LENGTH_TYPES = Set.of("char", "varchar", "binary", "varbinary");

    private MySqlImplicitKeys() {
    }

    static Catalog complete(Catalog catalog, ActionItems items) {
        List<Table> tables = new ArrayList<>(catalog.tables().size());
        for (Table table : catalog.tables()) tables.add(foreignKeyIndexes(wholeColumnPrefixes(table), items));
        return catalog.withTables(tables);
    }

    private static Table wholeColumnPrefixes(Table table) {
        List<Index> indexes = new ArrayList<>(table.indexes().size());
        for (Index index : table.indexes()) {
            List<IndexPart> parts = new ArrayList<>(index.parts().size());
            for (IndexPart part : index.parts()) {
                Column column = part.prefixLength() == null ? null : table.column(part.column());
                boolean whole = column != null && LENGTH_TYPES.contains(column.type().name()) && column.type().length() != null
                        && part.prefixLength() >= column.type().length();
                parts.add(whole ? new IndexPart(part.column(), null, null, part.descending()) : part);
            }
            indexes.add(index.withParts(parts));
        }
        return table.withIndexes(indexes);
    }

    private static Table foreignKeyIndexes(Table table, ActionItems items) {
        List<List<String>> leading = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (table.primaryKey() != null) leading.add(lower(table.primaryKey().columns()));
        for (UniqueConstraint unique : table.uniques()) {
            leading.add(lower(unique.columns()));
            if (unique.name() != null) names.add(unique.name().toLowerCase(Locale.ROOT));
        }
        for (Index index : table.indexes()) {
            leading.add(plainLeadingColumns(index));
            if (index.name() != null) names.add(index.name().toLowerCase(Locale.ROOT));
        }
        List<Index> added = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            List<String> columns = lower(fk.columns());
            if (leading.stream().anyMatch(key -> key.size() >= columns.size() && key.subList(0, columns.size()).equals(columns))) {
                continue;
            }
            String name = fk.name() != null ? fk.name() : unused(fk.columns().get(0), names);
            names.add(name.toLowerCase(Locale.ROOT));
            leading.add(columns);
            added.add(new Index(name, table.name(), false, fk.columns().stream().map(c -> IndexPart.column(c)).toList(), IndexMethod.DEFAULT, null, null,
                    fk.span()));
            items.add(MySqlCode.IMPLICIT_FOREIGN_KEY_INDEX, fk.span(), "index " + name + " on " + table.name()
                    + " (" + String.join(", ", fk.columns()) + ")");
        }
        if (added.isEmpty()) return table;
        List<Index> indexes = new ArrayList<>(table.indexes());
        indexes.addAll(added);
        return table.withIndexes(indexes);
    }

    /** The index's columns up to its first prefix or expression part: those an InnoDB foreign key can use. */
    private static List<String> plainLeadingColumns(Index index) {
        List<String> columns = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            if (part.column() == null || part.prefixLength() != null) break;
            columns.add(part.column().toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    /** {@code column}, or column_2, column_3... the first the table has no index of. */
    private static String unused(String column, Set<String> names) {
        String name = column;
        for (int n = 2; names.contains(name.toLowerCase(Locale.ROOT)); n++) name = column + "_" + n;
        return name;
    }

    private static List<String> lower(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }
}

package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.schemashift.model.Column;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.TableChange;

/** Applies ALTER TABLE clauses to one table, copy-on-change. */
final class TableAlterer {
    private final UnaryOperator<ObjectName> qualify;
    private final ActionItems items;
    private Table table;

    TableAlterer(Table table, UnaryOperator<ObjectName> qualify, ActionItems items) {
        this.table = table;
        this.qualify = qualify;
        this.items = items;
    }

    Table result() {
        return table;
    }

    void apply(TableChange change) {
        if (change instanceof TableChange.AddColumn a) {
            addColumn(a);
        } else if (change instanceof TableChange.DropColumn d) {
            int dropped = indexOf(d.name());
            if (dropped >= 0) {
                List<Column> columns = new ArrayList<>(table.columns());
                columns.remove(dropped);
                table = table.withColumns(columns);
            }
        } else if (change instanceof TableChange.ReplaceColumn r) {
            updateColumn(r.oldName(), r.column().span(), old -> r.column());
        } else if (change instanceof TableChange.RenameColumn r) {
            updateColumn(r.oldName(), table.span(), c -> c.withName(r.newName()));
        } else if (change instanceof TableChange.SetColumnDefault d) {
            updateColumn(d.column(), table.span(), c -> c.withDefault(d.defaultValue()));
        } else if (change instanceof TableChange.SetColumnType t) {
            updateColumn(t.column(), table.span(), c -> c.withType(t.type()));
        } else if (change instanceof TableChange.SetColumnNullable n) {
            updateColumn(n.column(), table.span(), c -> c.withNullable(n.nullable()));
        } else if (change instanceof TableChange.AddPrimaryKey p) {
            table = table.withPrimaryKey(p.primaryKey());
        } else if (change instanceof TableChange.AddUnique u) {
            table = table.withUniques(append(table.uniques(), u.unique()));
        } else if (change instanceof TableChange.AddForeignKey f) {
            table = table.withForeignKeys(append(table.foreignKeys(),
                    f.foreignKey().withRefTable(qualify.apply(f.foreignKey().refTable()))));
        } else if (change instanceof TableChange.AddCheck c) {
            table = table.withChecks(append(table.checks(), c.check()));
        } else if (change instanceof TableChange.AddIndex i) {
            table = table.withIndexes(append(table.indexes(), i.index().withTable(table.name())));
        } else if (change instanceof TableChange.DropPrimaryKey) {
            table = table.withPrimaryKey(null);
        } else if (change instanceof TableChange.DropConstraint d) {
            dropConstraint(d.name());
        } else if (change instanceof TableChange.RenameTable r) {
            table = table.withName(qualify.apply(r.newName()));
        } else if (change instanceof TableChange.SetOptions o) {
            Map<String, String> options = new HashMap<>(table.options());
            options.putAll(o.options());
            table = table.withOptions(options);
        } else if (change instanceof TableChange.SetComment c) {
            table = table.withComment(c.comment());
        } else if (change instanceof TableChange.RenameIndex r) {
            renameIndex(r.oldName(), r.newName());
        } else if (change instanceof TableChange.SetColumnInvisible v) {
            updateColumn(v.column(), table.span(), c -> c.withInvisible(v.invisible()));
        } else if (change instanceof TableChange.SetPartitioning p) {
            table = table.withPartitioning(p.partitioning());
        }
    }

    /** A column comment (COMMENT ON COLUMN). */
    void apply(TableChange.SetComment comment, String column, SourceSpan span) {
        updateColumn(column, span, c -> c.withComment(comment.comment()));
    }

    private void addColumn(TableChange.AddColumn add) {
        List<Column> columns = new ArrayList<>(table.columns());
        int existing = indexOf(add.column().name());
        if (existing >= 0) {
            items.add(GeneralCode.DUPLICATE_OBJECT, add.column().span(), "column " + add.column().name()
                    + " is already in table " + table.name() + "; this definition replaces it");
            columns.set(existing, add.column());
            table = table.withColumns(columns);
            return;
        }
        if (add.after() == null) {
            columns.add(add.column());
        } else if (add.after().isEmpty()) {
            columns.add(0, add.column());
        } else {
            int after = indexOf(add.after());
            columns.add(after < 0 ? columns.size() : after + 1, add.column());
        }
        table = table.withColumns(columns);
    }

    private void updateColumn(String name, SourceSpan span, UnaryOperator<Column> update) {
        int i = indexOf(name);
        if (i < 0) {
            items.add(GeneralCode.UNKNOWN_COLUMN, span, "column " + name + " is not in table " + table.name());
            return;
        }
        List<Column> columns = new ArrayList<>(table.columns());
        columns.set(i, update.apply(columns.get(i)));
        table = table.withColumns(columns);
    }

    /**
     * The column {@code column} names: the one of exactly that name (Oracle {@code "id"} and
     * {@code ID} are two columns), else the one of that name in another case.
     */
    private int indexOf(String column) {
        List<Column> columns = table.columns();
        int other = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) return i;
            if (other < 0 && columns.get(i).name().equalsIgnoreCase(column)) other = i;
        }
        return other;
    }

    private void dropConstraint(String name) {
        if (table.primaryKey() != null && name.equalsIgnoreCase(table.primaryKey().name())) {
            table = table.withPrimaryKey(null);
        }
        table = table.withUniques(table.uniques().stream().filter(u -> !name.equalsIgnoreCase(u.name())).toList())
                .withForeignKeys(table.foreignKeys().stream().filter(f -> !name.equalsIgnoreCase(f.name())).toList())
                .withChecks(table.checks().stream().filter(c -> !name.equalsIgnoreCase(c.name())).toList())
                .withIndexes(table.indexes().stream().filter(i -> !name.equalsIgnoreCase(i.name())).toList());
    }

    private void renameIndex(String oldName, String newName) {
        table = table.withIndexes(table.indexes().stream()
                        .map(i -> oldName.equalsIgnoreCase(i.name()) ? i.withName(newName) : i).toList())
                .withUniques(table.uniques().stream()
                        .map(u -> oldName.equalsIgnoreCase(u.name()) ? u.withName(newName) : u).toList());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}

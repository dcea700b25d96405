package org.schemashift.source.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.Column;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;

/**
 * A temporary table that code creates (T-SQL's #t, MySQL's CREATE TEMPORARY TABLE in a stored
 * program), read as a table statement reads it, as the IR's {@link Statement.CreateTable}: its
 * columns with NOT NULL, defaults and identity, and its primary and unique keys. Checks, foreign
 * keys and indexes are the caller's to report; a generated column is refused.
 */
public final class CodeTables {
    private CodeTables() {
    }

    /**
     * {@code table} created as {@code name}; {@code defaults} rewrites a default for the code (its
     * variables' names), {@code refuse} makes the dialect's exception for a generated column.
     */
    public static Statement.CreateTable temporary(Table table, String name, UnaryOperator<SqlNode> defaults, boolean keepExisting,
                                                  Function<String, RuntimeException> refuse, SourceSpan span) {
        List<Statement.TableColumn> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.generated() != null) throw refuse.apply("computed column " + column.name() + " in a temporary table");
            boolean key = table.primaryKey() != null && table.primaryKey().columns().stream().anyMatch(column.name()::equalsIgnoreCase);
            columns.add(new Statement.TableColumn(column.name(), new ProcType.Declared(column.type()), !column.nullable() || key,
                    column.defaultValue() == null ? null : defaults.apply(column.defaultValue().node()),
                    column.identity() == null ? null : orOne(column.identity().start()),
                    column.identity() == null ? null : orOne(column.identity().increment())));
        }
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) keys.add(table.primaryKey().columns());
        for (UniqueConstraint unique : table.uniques()) keys.add(unique.columns());
        return new Statement.CreateTable(name, true, columns, keys, null, span, keepExisting);
    }

    /** True when {@code table} has what a temporary table created by code does not keep: checks, foreign keys, indexes. */
    public static boolean losesConstraints(Table table) {
        return !table.checks().isEmpty() || !table.foreignKeys().isEmpty() || !table.indexes().isEmpty();
    }

    private static long orOne(Long value) {
        return value == null ? 1 : value;
    }
}

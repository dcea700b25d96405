package org.schemashift.model;

import java.util.List;
import java.util.Map;

/**
 * A table with everything declared on it. {@code options} keeps source table options
 * (ENGINE, AUTO_INCREMENT, ...) by upper-case name. {@code primaryKey}, {@code comment} and
 * {@code partitioning} are null when absent.
 */
public record Table(ObjectName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, String comment,
                    Map<String, String> options, Partitioning partitioning, boolean temporary, SourceSpan span) {

    /** Option key of an Oracle GLOBAL TEMPORARY table; the value is "DELETE ROWS" or "PRESERVE ROWS". */
    public static final String GLOBAL_TEMPORARY_OPTION = "GLOBAL TEMPORARY ON COMMIT";

    public Table {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
        options = Map.copyOf(options);
    }

    public Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equalsIgnoreCase(columnName)) return c;
        }
        return null;
    }

    public Table withName(ObjectName n) {
        return new Table(n, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, options, partitioning, temporary, span);
    }

    public Table withColumns(List<Column> c) {
        return new Table(name, c, primaryKey, uniques, foreignKeys, checks, indexes, comment, options, partitioning, temporary, span);
    }

    public Table withPrimaryKey(PrimaryKey pk) {
        return new Table(name, columns, pk, uniques, foreignKeys, checks, indexes, comment, options, partitioning, temporary, span);
    }

    public Table withUniques(List<UniqueConstraint> u) {
        return new Table(name, columns, primaryKey, u, foreignKeys, checks, indexes, comment, options, partitioning, temporary, span);
    }

    public Table withForeignKeys(List<ForeignKey> f) {
        return new Table(name, columns, primaryKey, uniques, f, checks, indexes, comment, options, partitioning, temporary, span);
    }

    public Table withChecks(List<CheckConstraint> c) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, c, indexes, comment, options, partitioning, temporary, span);
    }

    public Table withIndexes(List<Index> i) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, i, comment, options, partitioning, temporary, span);
    }

    public Table withComment(String c) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, c, options, partitioning, temporary, span);
    }

    public Table withOptions(Map<String, String> o) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, o, partitioning, temporary, span);
    }

    public Table withPartitioning(Partitioning p) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, options, p, temporary, span);
    }
}

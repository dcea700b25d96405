package org.schemashift.source.mysql;

import org.schemashift.source.antlr.SourcePositions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Index;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Partitioning;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * CREATE TABLE → {@link Table}. Table options are read first because AUTO_INCREMENT=n gives the
 * start of the auto-increment column. Primary key columns are NOT NULL, as MySQL makes them.
 */
final class MySqlCreateTableBuilder {

    private final SourcePositions positions;
    private final MySqlKeyBuilder keys;
    private final MySqlColumnBuilder columns;
    private final MySqlPartitioningBuilder partitionings;

    MySqlCreateTableBuilder(SourcePositions positions, MySqlKeyBuilder keys, MySqlColumnBuilder columns,
                            MySqlPartitioningBuilder partitionings) {
        this.positions = positions;
        this.partitionings = partitionings;
        this.keys = keys;
        this.columns = columns;
    }

    Table build(CreateTableContext ctx) {
        return build(ctx.tableName(), ctx.tableElement(), ctx.tableOptions(), ctx.partitionClause(), ctx.TEMPORARY() != null);
    }

    /** A table of the given parts: a CREATE TABLE statement's, or a CREATE TEMPORARY TABLE's in a stored program. */
    Table build(TableNameContext tableName, List<TableElementContext> elements, TableOptionsContext tableOptions,
                PartitionClauseContext partitionClause, boolean temporary) {
        ObjectName name = MySqlNames.tableName(tableName);
        Map<String, String> options = tableOptions == null ? Map.of() : MySqlTableOptions.of(tableOptions.tableOption());
        Long autoIncrementStart = autoIncrementStart(options);

        List<Column> columnList = new ArrayList<>();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();

        for (TableElementContext element : elements) {
            if (element instanceof ColumnElementContext c) {
                MySqlColumnBuilder.BuiltColumn built = columns.build(c.columnDefinition(), autoIncrementStart);
                columnList.add(built.column());
                if (built.primaryKey() != null) primaryKey = built.primaryKey();
                uniques.addAll(built.uniques());
                foreignKeys.addAll(built.foreignKeys());
                checks.addAll(built.checks());
            } else {
                Object key = keys.build(((KeyElementContext) element).keyDefinition(), name);
                if (key instanceof PrimaryKey pk) primaryKey = pk;
                else if (key instanceof UniqueConstraint u) uniques.add(u);
                else if (key instanceof Index i) indexes.add(i);
                else if (key instanceof ForeignKey f) foreignKeys.add(f);
                else if (key instanceof CheckConstraint k) checks.add(k);
            }
        }
        if (primaryKey != null) {
            Set<String> keyColumns = Set.copyOf(primaryKey.columns());
            columnList.replaceAll(c -> keyColumns.contains(c.name()) && c.nullable() ? c.withNullable(false) : c);
        }
        Partitioning partitioning = partitionClause == null ? null : partitionings.build(partitionClause);
        return new Table(name, columnList, primaryKey, uniques, foreignKeys, checks, indexes, options.get("COMMENT"),
                options, partitioning, temporary, positions.statementSpan());
    }

    static Long autoIncrementStart(Map<String, String> options) {
        String value = options.get("AUTO_INCREMENT");
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

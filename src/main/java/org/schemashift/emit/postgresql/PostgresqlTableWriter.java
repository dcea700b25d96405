package org.schemashift.emit.postgresql;

import static org.schemashift.emit.postgresql.PostgresqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.Expr;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Identity;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/** CREATE TABLE, its foreign keys and its comments. */
final class PostgresqlTableWriter {
    private static final String INDENT = "    ";
    private final TableNames tableNames;
    private final RelationNamespace relations;
    private final PostgresqlExpressions expressions;
    private final ActionItems items;
    private final PostgresqlPartitionWriter partitions;

    PostgresqlTableWriter(TableNames tableNames, RelationNamespace relations, PostgresqlExpressions expressions,
                          ActionItems items) {
        this.tableNames = tableNames;
        this.relations = relations;
        this.expressions = expressions;
        this.items = items;
        this.partitions = new PostgresqlPartitionWriter(tableNames, relations, expressions);
    }

    EmittedObject createTable(Table table) {
        TableNames.Target target = tableNames.of(table.name());
        List<String> elements = new ArrayList<>();
        List<String> commentedOut = new ArrayList<>();
        java.util.Map<String, String> folded = new java.util.HashMap<>();
        for (Column column : table.columns()) {
            String previous = folded.putIfAbsent(tableNames.column(column.name()), column.name());
            if (previous != null) {
                // Oracle "Name" and NAME, say: distinct in the source, one name in PostgreSQL. The second is
                // written commented out so the table still applies; the item asks for a rename.
                items.add(GeneralCode.NAME_COLLISION, column.span(), "columns " + previous + " and " + column.name()
                        + " of " + table.name() + " are both named " + tableNames.column(column.name())
                        + " in PostgreSQL; " + column.name() + " is commented out");
                commentedOut.add(column(table, column, commentedOut));
                continue;
            }
            elements.add(column(table, column, commentedOut));
        }
        if (table.primaryKey() != null) {
            String name = relations.claim(target.schema(), constraintName(table.primaryKey().name(), target.name() + "_pkey"),
                    table.primaryKey().span(), "primary key", GeneralCode.NAME_MADE_UNIQUE);
            elements.add("CONSTRAINT " + quote(name) + " PRIMARY KEY (" + columnList(table.primaryKey().columns()) + ")"
                    + deferral(table.primaryKey().deferrable(), table.primaryKey().initiallyDeferred()));
        }
        for (UniqueConstraint unique : table.uniques()) {
            String fallback = target.name() + "_" + String.join("_", unique.columns().stream().map(tableNames::column).toList()) + "_key";
            String name = relations.claim(target.schema(), constraintName(unique.name(), fallback), unique.span(),
                    "unique constraint", GeneralCode.NAME_MADE_UNIQUE);
            elements.add("CONSTRAINT " + quote(name) + " UNIQUE (" + columnList(unique.columns()) + ")"
                    + deferral(unique.deferrable(), unique.initiallyDeferred()));
        }
        int checkNumber = 0;
        for (CheckConstraint check : table.checks()) {
            checkNumber++;
            String name = constraintName(check.name(), target.name() + "_check" + (checkNumber == 1 ? "" : checkNumber));
            String sql = "CONSTRAINT " + quote(name) + " CHECK (" + writeOr(check.condition()) + ")";
            if (check.condition().node() == null) {
                commentedOut.add(sql);
            } else if (!check.enforced()) {
                items.add(PostgresqlCode.CHECK_NOT_ENFORCED, check.span(), "check " + name + " on " + table.name());
                commentedOut.add(sql);
            } else {
                elements.add(sql);
            }
        }
        String obstacle = table.partitioning() == null ? null : PostgresqlPartitionWriter.obstacle(table);
        if (obstacle != null) {
            items.add(GeneralCode.PARTITIONING, table.partitioning().span(), table.name() + ": PARTITION BY "
                    + table.partitioning().method() + " (" + table.partitioning().key() + ")"
                    + (table.partitioning().partitions().isEmpty() ? "" : ": " + obstacle));
            commentedOut.add("not converted: " + table.partitioning().sourceText());
        }
        boolean partitioned = table.partitioning() != null && obstacle == null;
        // An Oracle global temporary table is permanent, its rows private: the closest is an unlogged table (item raised at source).
        String kind = table.options().containsKey(Table.GLOBAL_TEMPORARY_OPTION) ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ";
        StringBuilder sql = new StringBuilder(kind).append(target.sql()).append(" (\n");
        sql.append(elements.stream().map(e -> INDENT + e).collect(Collectors.joining(",\n")));
        for (String line : commentedOut) {
            sql.append('\n').append(INDENT).append("-- ").append(line.replace("\n", "\n" + INDENT + "-- "));
        }
        sql.append("\n)").append(partitioned ? partitions.partitionBy(table.partitioning()) : "").append(';');
        if (partitioned) {
            for (String partition : partitions.partitions(table, target)) sql.append('\n').append(partition);
        }
        return new EmittedObject(ObjectKind.TABLE, target.sql(), sql.toString(), table.span());
    }

    private String column(Table table, Column column, List<String> commentedOut) {
        String where = table.name() + "." + column.name();
        StringBuilder sql = new StringBuilder(quote(tableNames.column(column.name()))).append(' ').append(column.type().name());
        if (column.generated() != null) {
            Expr expression = column.generated().expression();
            if (expression.node() == null) {
                commentedOut.add(column.name() + " GENERATED ALWAYS AS (" + expression.sourceText() + ")");
            } else {
                if (!column.generated().stored()) items.add(PostgresqlCode.VIRTUAL_COLUMN, column.span(), where);
                sql.append(" GENERATED ALWAYS AS (").append(expressions.write(expression.node())).append(") STORED");
            }
        }
        if (column.identity() != null) sql.append(identity(column.identity()));
        if (!column.nullable() || column.identity() != null) sql.append(" NOT NULL");
        Expr defaultValue = column.defaultValue();
        if (defaultValue != null && column.identity() == null && column.generated() == null) {
            if (defaultValue.node() == null) {
                commentedOut.add(column.name() + " DEFAULT " + defaultValue.sourceText());
            } else {
                sql.append(" DEFAULT ").append(expressions.write(defaultValue.node()));
            }
        }
        if (column.invisible()) items.add(PostgresqlCode.INVISIBLE_COLUMN, column.span(), where);
        return sql.toString();
    }

    private static String identity(Identity identity) {
        StringBuilder sql = new StringBuilder(identity.always() ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
        List<String> options = new ArrayList<>();
        if (identity.start() != null) options.add("START WITH " + identity.start());
        if (identity.increment() != null) options.add("INCREMENT BY " + identity.increment());
        if (identity.minValue() != null) options.add("MINVALUE " + identity.minValue());
        if (identity.maxValue() != null) options.add("MAXVALUE " + identity.maxValue());
        if (identity.cache() != null) options.add("CACHE " + identity.cache());
        if (Boolean.TRUE.equals(identity.cycle())) options.add("CYCLE");
        if (!options.isEmpty()) sql.append(" (").append(String.join(" ", options)).append(')');
        return sql.toString();
    }

    EmittedObject addForeignKey(Table table, ForeignKey fk, UniqueKeys uniqueKeys) {
        TableNames.Target target = tableNames.of(table.name());
        TableNames.Target parent = tableNames.of(fk.refTable());
        String name = constraintName(fk.name(), target.name() + "_" + String.join("_", fk.columns().stream().map(tableNames::column).toList()) + "_fkey");
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(target.sql())
                .append(" ADD CONSTRAINT ").append(quote(name))
                .append(" FOREIGN KEY (").append(columnList(fk.columns())).append(") REFERENCES ").append(parent.sql());
        if (!fk.refColumns().isEmpty()) sql.append(" (").append(columnList(fk.refColumns())).append(')');
        if (fk.onDelete() != null) sql.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.onUpdate() != null) sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        sql.append(deferral(fk.deferrable(), fk.initiallyDeferred()));
        sql.append(';');
        // A statement PostgreSQL would reject stays in the script commented out, with the reason.
        if (!tableNames.known(fk.refTable())) {
            items.add(GeneralCode.UNKNOWN_TABLE, fk.span(), "foreign key " + name + " on " + table.name() + " references "
                    + fk.refTable() + ", which is not created in the input; the constraint is commented out");
            sql.insert(0, "-- ");
        } else if (!uniqueKeys.isUnique(fk.refTable(), fk.refColumns())) {
            items.add(GeneralCode.FOREIGN_KEY_NOT_UNIQUE, fk.span(), "foreign key " + name + " on " + table.name()
                    + " references " + fk.refTable() + " " + fk.refColumns() + ", which is not a primary key or unique"
                    + " constraint that PostgreSQL accepts (one that is not DEFERRABLE); the constraint is commented out");
            sql.insert(0, "-- ");
        }
        return new EmittedObject(ObjectKind.CONSTRAINT, name, sql.toString(), fk.span());
    }

    /** COMMENT ON for the table and its columns, or null when it has none. */
    EmittedObject comments(Table table) {
        TableNames.Target target = tableNames.of(table.name());
        List<String> statements = new ArrayList<>();
        if (table.comment() != null && !table.comment().isEmpty()) {
            statements.add("COMMENT ON TABLE " + target.sql() + " IS " + literal(table.comment()) + ";");
        }
        for (Column column : table.columns()) {
            if (column.comment() != null && !column.comment().isEmpty()) {
                statements.add("COMMENT ON COLUMN " + target.sql() + "." + quote(tableNames.column(column.name()))
                        + " IS " + literal(column.comment()) + ";");
            }
        }
        return statements.isEmpty() ? null
                : new EmittedObject(ObjectKind.COMMENT, target.sql(), String.join("\n", statements), table.span());
    }

    private static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return deferrable ? " DEFERRABLE" + (initiallyDeferred ? " INITIALLY DEFERRED" : "") : "";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private String constraintName(String sourceName, String fallback) {
        return sourceName == null ? PostgresqlIdentifiers.shorten(fallback) : tableNames.column(sourceName);
    }

    private String columnList(List<String> columns) {
        return columns.stream().map(c -> quote(tableNames.column(c))).collect(Collectors.joining(", "));
    }

    private String writeOr(Expr expr) {
        return expr.node() == null ? expr.sourceText() : expressions.write(expr.node());
    }
}

package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.ForeignKeyStatement;
import org.schemashift.emit.TableLoad;
import org.schemashift.emit.TableStatement;
import org.schemashift.model.Column;
import org.schemashift.model.Identity;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Table;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.PlannedTable;
import org.schemashift.plan.TargetName;

/** CREATE TABLE, its foreign keys and its comments. */
record PostgresqlTableWriter(EmitContext context, PostgresqlPartitionWriter partitions) {

    PostgresqlTableWriter(EmitContext context) {
        this(context, new PostgresqlPartitionWriter(context));
    }

    EmittedObject createTable(PlannedTable planned) {
        return new PostgresqlTableWriter(context.within(planned.table().name()), partitions).create(planned);
    }

    private EmittedObject create(PlannedTable planned) {
        Table table = planned.table();
        TargetName target = planned.name();
        TableStatement statement = new TableStatement();
        PostgresqlSequenceRestarts restarts = new PostgresqlSequenceRestarts(context, target, table.span());
        for (PlannedTable.PlannedColumn column : planned.columns()) {
            statement.add(column(column, statement, restarts));
        }
        if (planned.primaryKey() != null) {
            statement.add("CONSTRAINT " + context.quote(planned.primaryKey().name()) + " PRIMARY KEY ("
                    + context.columnList(table.name(), planned.primaryKey().columns()) + ")" + deferral(planned.primaryKey()));
        }
        // the copy task needs a key: the primary key, or else the first unique key
        int loadedWith = statement.size() + (planned.primaryKey() == null && !planned.uniques().isEmpty() ? 1 : 0);
        for (PlannedTable.Key unique : planned.uniques()) {
            statement.add("CONSTRAINT " + context.quote(unique.name()) + " UNIQUE (" + context.columnList(table.name(), unique.columns()) + ")"
                    + deferral(unique));
        }
        statement.addChecks(planned.checks(), context);
        List<String> afterLoad = statement.elementsFrom(loadedWith);
        String obstacle = table.partitioning() == null ? null : PostgresqlPartitionWriter.obstacle(table);
        if (obstacle != null) partitions.reportNotConverted(table, obstacle, statement);
        boolean partitioned = table.partitioning() != null && obstacle == null;
        // An Oracle global temporary table is permanent, its rows private: the closest is an unlogged table (item raised at source).
        String kind = table.options().containsKey(Table.GLOBAL_TEMPORARY_OPTION) ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ";
        String head = kind + context.qualified(target);
        String tail = partitioned ? partitions.partitionBy(table) : "";
        List<String> partitionSql = partitioned ? partitions.partitions(table, target) : List.of();
        String whole = withPartitions(statement.render(head, tail), partitionSql);
        List<EmittedObject> postData = new ArrayList<>();
        if (!afterLoad.isEmpty()) {
            postData.add(new EmittedObject(ObjectKind.CONSTRAINT, context.qualified(target), "ALTER TABLE " + context.qualified(target)
                    + afterLoad.stream().map(c -> "\n    ADD " + c).collect(Collectors.joining(",")) + ";", table.span()));
        }
        postData.addAll(restarts.objects());
        String preData = afterLoad.isEmpty() ? null : withPartitions(statement.firstElements(loadedWith).render(head, tail), partitionSql);
        return new EmittedObject(ObjectKind.TABLE, context.qualified(target), whole, table.span(),
                new TableLoad(TableLoad.copy(planned), preData, postData));
    }

    private static String withPartitions(String createTable, List<String> partitions) {
        StringBuilder sql = new StringBuilder(createTable);
        for (String partition : partitions) sql.append('\n').append(partition);
        return sql.toString();
    }

    private String column(PlannedTable.PlannedColumn planned, TableStatement statement, PostgresqlSequenceRestarts restarts) {
        Column column = planned.column();
        StringBuilder sql = new StringBuilder(context.quote(planned.name())).append(' ').append(column.type().name());
        String generated = column.generated() == null ? null : statement.generatedExpression(column, context);
        if (generated != null) sql.append(" GENERATED ALWAYS AS (").append(generated).append(") STORED");
        if (column.identity() != null) {
            sql.append(identity(column.identity()));
            restarts.identity(planned.name(), column.identity());
        }
        if (!column.nullable() || column.identity() != null) sql.append(" NOT NULL");
        if (column.identity() == null && column.generated() == null) {
            String defaultValue = statement.defaultClause(column, context);
            if (defaultValue != null) {
                sql.append(" DEFAULT ").append(defaultValue);
                restarts.defaultValue(planned.name(), defaultValue);
            }
        }
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

    EmittedObject addForeignKey(PlannedStep.AddForeignKey step) {
        return ForeignKeyStatement.of(step, deferral(step.foreignKey().deferrable(), step.foreignKey().initiallyDeferred()), false, context);
    }

    /** COMMENT ON for the table and its columns. */
    EmittedObject comments(PlannedStep.AddComments step) {
        Table table = step.table();
        String target = context.qualified(step.tableName());
        List<String> statements = new ArrayList<>();
        if (table.comment() != null && !table.comment().isEmpty()) {
            statements.add("COMMENT ON TABLE " + target + " IS " + literal(table.comment()) + ";");
        }
        for (Column column : table.columns()) {
            if (column.comment() != null && !column.comment().isEmpty()) {
                statements.add("COMMENT ON COLUMN " + target + "." + context.quotedColumn(table.name(), column.name())
                        + " IS " + literal(column.comment()) + ";");
            }
        }
        return new EmittedObject(ObjectKind.COMMENT, target, String.join("\n", statements), table.span());
    }

    private static String deferral(PlannedTable.Key key) {
        return deferral(key.deferrable(), key.initiallyDeferred());
    }

    private static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return deferrable ? " DEFERRABLE" + (initiallyDeferred ? " INITIALLY DEFERRED" : "") : "";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

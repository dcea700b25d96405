package org.schemashift.emit.mysql;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.TableStatement;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Expr;
import org.schemashift.model.Partitioning;
import org.schemashift.model.Table;
import org.schemashift.plan.DdlPlan;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.TargetName;

/**
 * MySQL partitioning for a source partitioning that carries its columns and partitions, by the rules
 * MySQL 8.0 and MariaDB 10.11 share: RANGE and LIST become RANGE COLUMNS and LIST COLUMNS (bare
 * columns of an integer, DATE, DATETIME or string type; MAXVALUE as such); HASH on one integer
 * column stays HASH, on anything else KEY, which hashes any indexable type; so do subpartitions (RANGE
 * or LIST split by HASH into the same number everywhere). Where MySQL refuses the
 * partitioning the table is written whole, the clause commented out, and an item says why: a primary
 * or unique key without the partition columns, a foreign key from or to the table (partitioned InnoDB
 * tables have none; the keys are kept), a column type no partitioning takes, or a LIST DEFAULT
 * partition (MariaDB has one, MySQL not).
 */
final class MySqlPartitionWriter {
    private static final Pattern COLUMNS_TYPES = Pattern.compile(
            "(tinyint|smallint|mediumint|int|integer|bigint|date|datetime|char|varchar|binary|varbinary)\\b.*");
    private static final Pattern INTEGER = Pattern.compile("(tinyint|smallint|mediumint|int|integer|bigint)\\b.*");
    private static final Pattern UNHASHABLE = Pattern.compile("(tinytext|text|mediumtext|longtext|tinyblob|blob|mediumblob|longblob|json)\\b.*");

    /** The tables a written foreign key starts from or points to. */
    private final Set<TargetName> inForeignKeys = new HashSet<>();

    MySqlPartitionWriter(DdlPlan plan) {
        for (PlannedStep step : plan.steps()) {
            if (step instanceof PlannedStep.AddForeignKey fk && !fk.commentedOut()) {
                inForeignKeys.add(fk.tableName());
                inForeignKeys.add(fk.parent());
            }
        }
    }

    /** The PARTITION BY clause after the table's options, or "" with the reason reported and the clause commented out. */
    String clause(Table table, TargetName name, MySqlTableLayout layout, TableStatement statement, EmitContext within) {
        Partitioning p = table.partitioning();
        if (p == null) return "";
        Obstacle obstacle = obstacle(table, name, layout);
        String partitions = obstacle == null ? partitions(p, within) : null;
        if (obstacle == null && partitions == null) obstacle = new Obstacle(MySqlTargetCode.PARTITIONING, "a partition bound is no literal MySQL takes");
        if (obstacle != null) {
            within.items().add(obstacle.code(), p.span(), table.name() + ": PARTITION BY " + p.method() + " (" + p.key() + ")"
                    + (obstacle.reason() == null ? "" : ": " + obstacle.reason()));
            statement.commentOut("not converted: " + p.sourceText());
            return "";
        }
        return "\nPARTITION BY " + method(p.kind(), p.columns(), layout) + " (" + within.columnList(table.name(), p.columns()) + ")"
                + subpartitions(table, layout, within) + partitions;
    }

    /** SUBPARTITION BY HASH or KEY with the count every partition shares, or "". */
    private static String subpartitions(Table table, MySqlTableLayout layout, EmitContext within) {
        Partitioning.Subpartitioning sub = table.partitioning().subpartitioning();
        if (sub == null) return "";
        return " SUBPARTITION BY " + method("HASH", sub.columns(), layout) + " (" + within.columnList(table.name(), sub.columns())
                + ") SUBPARTITIONS " + sub.count();
    }

    private record Obstacle(ActionCode code, String reason) {}

    private Obstacle obstacle(Table table, TargetName name, MySqlTableLayout layout) {
        Partitioning p = table.partitioning();
        if (!p.recreatable()) return new Obstacle(MySqlTargetCode.PARTITIONING, null);
        if (p.hasUnconvertedBound()) return new Obstacle(MySqlTargetCode.PARTITIONING, "a partition bound could not be converted");
        if (!p.keysIncludeColumns(table)) {
            return new Obstacle(MySqlTargetCode.PARTITION_KEY_NOT_UNIQUE, "a primary or unique key lacks the partition columns");
        }
        if (inForeignKeys.contains(name) || !table.foreignKeys().isEmpty()) {
            return new Obstacle(MySqlTargetCode.PARTITIONED_FOREIGN_KEY, "the table has or is referenced by a foreign key");
        }
        Pattern allowed = p.kind().equals("HASH") ? null : COLUMNS_TYPES;
        for (String column : p.columns()) {
            String type = spelling(layout, column);
            boolean refused = allowed == null ? UNHASHABLE.matcher(type).matches() : !allowed.matcher(type).matches();
            if (refused) return new Obstacle(MySqlTargetCode.PARTITION_COLUMN_TYPE, column + " is " + type);
        }
        List<String> hashed = p.subpartitioning() == null ? List.of() : p.subpartitioning().columns();
        for (String column : hashed) {
            String type = spelling(layout, column);
            if (UNHASHABLE.matcher(type).matches()) return new Obstacle(MySqlTargetCode.PARTITION_COLUMN_TYPE, column + " is " + type);
        }
        if (p.partitions().stream().anyMatch(Partitioning.Partition::isDefault)) {
            return new Obstacle(MySqlTargetCode.LIST_DEFAULT_PARTITION, "MySQL has no DEFAULT partition");
        }
        return null;
    }

    private static String spelling(MySqlTableLayout layout, String column) {
        return layout.type(column).spelling().toLowerCase(Locale.ROOT).strip();
    }

    private static String method(String kind, List<String> columns, MySqlTableLayout layout) {
        return switch (kind) {
            case "RANGE" -> "RANGE COLUMNS";
            case "LIST" -> "LIST COLUMNS";
            default -> columns.size() == 1 && INTEGER.matcher(spelling(layout, columns.get(0))).matches() ? "HASH" : "KEY";
        };
    }

    /** The partition list (HASH partitions without names only counted), or null when a bound cannot be written. */
    private static String partitions(Partitioning p, EmitContext within) {
        boolean hashed = p.kind().equals("HASH");
        if (hashed && p.partitions().stream().allMatch(x -> x.name() == null)) return " PARTITIONS " + p.partitions().size();
        int number = 0;
        StringBuilder sql = new StringBuilder(" (");
        for (Partitioning.Partition partition : p.partitions()) {
            number++;
            sql.append(number > 1 ? ",\n    " : "\n    ").append("PARTITION ")
                    .append(within.quote(partition.name() == null ? "p" + number : within.name(partition.name())));
            String values = hashed ? "" : values(partition.bounds(), within);
            if (values == null) return null;
            if (p.kind().equals("RANGE")) sql.append(" VALUES LESS THAN (").append(values).append(')');
            else if (!hashed) sql.append(" VALUES IN (").append(values).append(')');
        }
        return sql.append("\n)").toString();
    }

    private static String values(List<Expr> bounds, EmitContext within) {
        List<String> values = bounds.stream().map(b -> b == null ? "MAXVALUE" : MySqlPartitionBounds.literal(b.node(), within)).toList();
        return values.contains(null) ? null : String.join(", ", values);
    }
}

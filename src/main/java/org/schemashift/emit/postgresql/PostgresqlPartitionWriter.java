package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.TableStatement;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Expr;
import org.schemashift.model.Partitioning;
import org.schemashift.model.Table;
import org.schemashift.plan.TargetName;

/**
 * PostgreSQL declarative partitioning for a source partitioning that carries its columns and
 * partitions: {@code PARTITION BY RANGE | LIST | HASH (columns)} on the table, then one
 * {@code CREATE TABLE p PARTITION OF t FOR VALUES ...} per partition (RANGE bounds become
 * FROM the previous bound TO this one, MAXVALUE and MINVALUE as such; HASH partitions take
 * MODULUS n REMAINDER i). It applies only when PostgreSQL accepts it: every bound converted and
 * every primary or unique key containing the partition columns (PostgreSQL requires that).
 */
record PostgresqlPartitionWriter(EmitContext context) {
    /** Why the partitioning cannot be recreated, or null when it can. */
    static String obstacle(Table table) {
        Partitioning p = table.partitioning();
        if (!p.recreatable()) return "the clause is not one PostgreSQL can recreate";
        if (p.hasUnconvertedBound()) return "a partition bound could not be converted";
        if (p.subpartitioning() != null) return "subpartitions are not recreated on PostgreSQL";
        if (!p.keysIncludeColumns(table)) return "PostgreSQL requires every primary and unique key to include the partition columns";
        return null;
    }

    /** The partitioning is reported, and its clause kept commented out in the table. */
    void reportNotConverted(Table table, String obstacle, TableStatement statement) {
        Partitioning p = table.partitioning();
        context.items().add(GeneralCode.PARTITIONING, p.span(), table.name() + ": PARTITION BY " + p.method() + " (" + p.key() + ")"
                + (p.partitions().isEmpty() ? "" : ": " + obstacle));
        statement.commentOut("not converted: " + p.sourceText());
    }

    String partitionBy(Table table) {
        Partitioning p = table.partitioning();
        return " PARTITION BY " + p.kind() + " (" + context.columnList(table.name(), p.columns()) + ")";
    }

    /** The CREATE TABLE ... PARTITION OF statements, one per partition. */
    List<String> partitions(Table table, TargetName parent) {
        Partitioning p = table.partitioning();
        List<String> statements = new ArrayList<>();
        List<String> previous = null;
        int number = 0;
        for (Partitioning.Partition partition : p.partitions()) {
            number++;
            String wanted = partition.name() != null ? context.name(partition.name()) : parent.name() + "_p" + number;
            String name = context.plan().claimRelation(parent.schema(), wanted, table.span(), "partition", GeneralCode.NAME_MADE_UNIQUE);
            String values;
            switch (p.kind()) {
                case "RANGE" -> {
                    List<String> upper = partition.bounds().stream().map(b -> b == null ? "MAXVALUE" : write(b)).toList();
                    List<String> lower = previous != null ? previous : upper.stream().map(u -> "MINVALUE").toList();
                    values = "FOR VALUES FROM (" + String.join(", ", lower) + ") TO (" + String.join(", ", upper) + ")";
                    previous = upper;
                }
                case "LIST" -> values = partition.isDefault() ? "DEFAULT"
                        : "FOR VALUES IN (" + partition.bounds().stream().map(this::write).collect(Collectors.joining(", ")) + ")";
                default -> values = "FOR VALUES WITH (MODULUS " + p.partitions().size() + ", REMAINDER " + (number - 1) + ")";
            }
            statements.add("CREATE TABLE " + context.qualified(parent.schema(), name) + " PARTITION OF "
                    + context.qualified(parent) + " " + values + ";");
        }
        return statements;
    }

    private String write(Expr bound) {
        return context.expressions().write(bound.node());
    }
}

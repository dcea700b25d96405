package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.Expr;
import org.schemashift.model.Partitioning;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * PARTITION BY → {@link Partitioning}: method ("RANGE", "RANGE COLUMNS", "LIST", "LIST COLUMNS",
 * "HASH", "LINEAR HASH", "KEY", "LINEAR KEY"), the key as written between the parentheses, and the
 * whole clause (partition definitions and subpartitioning included) as written. When the key is
 * bare columns and there is no subpartitioning, the columns and partitions are kept too, so a target
 * can recreate them (MAXVALUE is a null bound); an expression key (RANGE (YEAR(d))) or KEY () on the
 * primary key keeps only the text.
 */
final class MySqlPartitioningBuilder {
    private final SourcePositions positions;
    private final MySqlExpressionBuilder expressions;

    MySqlPartitioningBuilder(SourcePositions positions, MySqlExpressionBuilder expressions) {
        this.positions = positions;
        this.expressions = expressions;
    }

    Partitioning build(PartitionClauseContext ctx) {
        PartitionMethodContext method = ctx.partitionMethod(0);
        String name;
        String key;
        List<String> columns;
        if (method instanceof HashPartitioningContext m) {
            name = m.LINEAR() != null ? "LINEAR HASH" : "HASH";
            key = positions.text(m.expression());
            columns = column(m.expression());
        } else if (method instanceof KeyPartitioningContext m) {
            name = m.LINEAR() != null ? "LINEAR KEY" : "KEY";
            key = m.identifierList() == null ? "" : positions.text(m.identifierList());
            columns = m.identifierList() == null ? List.of() : MySqlNames.identifiers(m.identifierList());
        } else if (method instanceof RangePartitioningContext m) {
            name = "RANGE";
            key = positions.text(m.expression());
            columns = column(m.expression());
        } else if (method instanceof RangeColumnsPartitioningContext m) {
            name = "RANGE COLUMNS";
            key = positions.text(m.identifierList());
            columns = MySqlNames.identifiers(m.identifierList());
        } else if (method instanceof ListPartitioningContext m) {
            name = "LIST";
            key = positions.text(m.expression());
            columns = column(m.expression());
        } else {
            ListColumnsPartitioningContext m = (ListColumnsPartitioningContext) method;
            name = "LIST COLUMNS";
            key = positions.text(m.identifierList());
            columns = MySqlNames.identifiers(m.identifierList());
        }
        List<Partitioning.Partition> partitions = columns.isEmpty() || ctx.subpartitionMethod != null ? List.of() : partitions(ctx);
        return new Partitioning(name, key, positions.text(ctx), positions.span(ctx), partitions.isEmpty() ? List.of() : columns, partitions);
    }

    /** The key's one column, or none when the key is an expression. */
    private List<String> column(ExpressionContext ctx) {
        SqlNode key = expressions.expr(ctx).node();
        return key instanceof SqlIdentifier id && id.isSimple() ? List.of(id.getSimple()) : List.of();
    }

    /** The defined partitions, or PARTITIONS n unnamed ones; none when a definition has subpartitions. */
    private List<Partitioning.Partition> partitions(PartitionClauseContext ctx) {
        List<Partitioning.Partition> partitions = new ArrayList<>();
        if (ctx.partitionDefinition().isEmpty() && ctx.INTEGER_LITERAL(0) != null) {
            int count = Integer.parseInt(ctx.INTEGER_LITERAL(0).getText());
            for (int i = 0; i < count; i++) partitions.add(new Partitioning.Partition(null, List.of(), false));
            return partitions;
        }
        for (PartitionDefinitionContext p : ctx.partitionDefinition()) {
            if (!p.subpartitionDefinition().isEmpty()) return List.of();
            partitions.add(new Partitioning.Partition(MySqlNames.identifier(p.identifier()), bounds(p.partitionValues()), false));
        }
        return partitions;
    }

    /** VALUES LESS THAN or VALUES IN values; MAXVALUE (in parentheses or not) is a null bound. */
    private List<Expr> bounds(PartitionValuesContext ctx) {
        List<Expr> bounds = new ArrayList<>();
        if (ctx == null) return bounds;
        List<PartitionValueContext> values = ctx instanceof LessThanValuesContext l ? l.partitionValue() : ((InValuesContext) ctx).partitionValue();
        if (values.isEmpty()) bounds.add(null);
        for (PartitionValueContext value : values) {
            bounds.add(value instanceof ExpressionPartitionValueContext e ? expressions.expr(e.expression()) : null);
        }
        return bounds;
    }
}

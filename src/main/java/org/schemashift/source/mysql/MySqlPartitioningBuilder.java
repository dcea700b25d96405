package org.schemashift.source.mysql;

import org.schemashift.source.antlr.SourcePositions;

import org.schemashift.model.Partitioning;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * PARTITION BY → {@link Partitioning}: method ("RANGE", "RANGE COLUMNS", "LIST", "LIST COLUMNS",
 * "HASH", "LINEAR HASH", "KEY", "LINEAR KEY"), the key as written between the parentheses, and the
 * whole clause (partition definitions and subpartitioning included) as written.
 */
final class MySqlPartitioningBuilder {

    private MySqlPartitioningBuilder() {
    }

    static Partitioning build(PartitionClauseContext ctx, SourcePositions positions) {
        PartitionMethodContext method = ctx.partitionMethod(0);
        String name;
        String key;
        if (method instanceof HashPartitioningContext m) {
            name = m.LINEAR() != null ? "LINEAR HASH" : "HASH";
            key = positions.text(m.expression());
        } else if (method instanceof KeyPartitioningContext m) {
            name = m.LINEAR() != null ? "LINEAR KEY" : "KEY";
            key = m.identifierList() == null ? "" : positions.text(m.identifierList());
        } else if (method instanceof RangePartitioningContext m) {
            name = "RANGE";
            key = positions.text(m.expression());
        } else if (method instanceof RangeColumnsPartitioningContext m) {
            name = "RANGE COLUMNS";
            key = positions.text(m.identifierList());
        } else if (method instanceof ListPartitioningContext m) {
            name = "LIST";
            key = positions.text(m.expression());
        } else {
            ListColumnsPartitioningContext m = (ListColumnsPartitioningContext) method;
            name = "LIST COLUMNS";
            key = positions.text(m.identifierList());
        }
        return new Partitioning(name, key, positions.text(ctx), positions.span(ctx));
    }
}

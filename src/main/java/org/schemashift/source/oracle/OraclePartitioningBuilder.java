package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlIdentifier;
import org.schemashift.model.Expr;
import org.schemashift.model.Partitioning;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Oracle partitioning → {@link Partitioning}. RANGE, LIST and HASH on columns, without INTERVAL or
 * subpartitions, keep their columns and partitions so a target can recreate them (MAXVALUE is a
 * null bound); anything else (INTERVAL, REFERENCE, SYSTEM, subpartitions, AUTOMATIC lists) returns
 * null and the caller reports it.
 */
final class OraclePartitioningBuilder {
    private final SourcePositions positions;
    private final OracleExpressionBuilder expressions;

    OraclePartitioningBuilder(SourcePositions positions, OracleExpressionBuilder expressions) {
        this.positions = positions;
        this.expressions = expressions;
    }

    Partitioning build(PartitionClauseContext ctx) {
        String text = positions.text(ctx);
        if (ctx instanceof RangePartitioningContext r && r.INTERVAL() == null && r.subpartitionBy() == null) {
            return partitioning("RANGE", r.identifierList(), text, ctx, partitions(r.partitionList()));
        }
        if (ctx instanceof ListPartitioningContext l && l.AUTOMATIC() == null && l.subpartitionBy() == null) {
            return partitioning("LIST", l.identifierList(), text, ctx, partitions(l.partitionList()));
        }
        if (ctx instanceof HashPartitioningContext h && h.subpartitionBy() == null) {
            List<Partitioning.Partition> partitions = new ArrayList<>();
            if (h.partitionList() != null) {
                partitions = partitions(h.partitionList());
            } else {
                int count = Integer.parseInt(h.INTEGER_LITERAL().getText());
                for (int i = 0; i < count; i++) partitions.add(new Partitioning.Partition(null, List.of(), false));
            }
            return partitioning("HASH", h.identifierList(), text, ctx, partitions);
        }
        return null;
    }

    private Partitioning partitioning(String method, IdentifierListContext columns, String text, PartitionClauseContext ctx,
                                      List<Partitioning.Partition> partitions) {
        if (partitions == null || partitions.isEmpty()) return null;
        return new Partitioning(method, positions.text(columns), text, positions.span(ctx), OracleNames.identifiers(columns), partitions);
    }

    /** The partitions, or null when one has no usable bound. */
    private List<Partitioning.Partition> partitions(PartitionListContext ctx) {
        if (ctx == null) return null;
        List<Partitioning.Partition> partitions = new ArrayList<>();
        for (PartitionDefinitionContext p : ctx.partitionDefinition()) {
            if (!p.SUBPARTITIONS().isEmpty()) return null;
            String name = p.identifier() == null ? null : OracleNames.identifier(p.identifier());
            PartitionBoundContext bound = p.partitionBound();
            if (bound instanceof DefaultBoundContext) {
                partitions.add(new Partitioning.Partition(name, List.of(), true));
            } else if (bound instanceof LessThanBoundContext b) {
                partitions.add(new Partitioning.Partition(name, values(b.expressionList(), true), false));
            } else if (bound instanceof ListBoundContext b) {
                partitions.add(new Partitioning.Partition(name, values(b.expressionList(), false), false));
            } else {
                partitions.add(new Partitioning.Partition(name, List.of(), false));
            }
        }
        return partitions;
    }

    private List<Expr> values(ExpressionListContext ctx, boolean maxValueAllowed) {
        List<Expr> values = new ArrayList<>();
        for (ValueExpressionContext e : ctx.valueExpression()) {
            Expr value = expressions.expr(e);
            boolean maxValue = maxValueAllowed && value.node() instanceof SqlIdentifier id && id.isSimple()
                    && id.getSimple().toUpperCase(Locale.ROOT).equals("MAXVALUE");
            values.add(maxValue ? null : value);
        }
        return values;
    }
}

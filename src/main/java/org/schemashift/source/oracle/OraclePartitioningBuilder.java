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
 * Oracle partitioning → {@link Partitioning}. RANGE, LIST and HASH on columns, without INTERVAL,
 * keep their columns and partitions so a target can recreate them (MAXVALUE is a null bound); RANGE
 * and LIST subpartitioned by HASH into the same number everywhere keep that too. Anything else
 * (INTERVAL, REFERENCE, SYSTEM, other subpartitions, AUTOMATIC lists) returns null and the caller
 * reports it.
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
        if (ctx instanceof RangePartitioningContext r && r.INTERVAL() == null) {
            return composite(partitioning("RANGE", r.identifierList(), text, ctx, partitions(r.partitionList(), r.subpartitionBy())),
                    r.subpartitionBy());
        }
        if (ctx instanceof ListPartitioningContext l && l.AUTOMATIC() == null) {
            return composite(partitioning("LIST", l.identifierList(), text, ctx, partitions(l.partitionList(), l.subpartitionBy())),
                    l.subpartitionBy());
        }
        if (ctx instanceof HashPartitioningContext h && h.subpartitionBy() == null) {
            List<Partitioning.Partition> partitions = new ArrayList<>();
            if (h.partitionList() != null) {
                partitions = partitions(h.partitionList(), null);
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

    /**
     * {@code partitioning} split by {@code by} when that is HASH into a number of subpartitions
     * every partition shares (SUBPARTITIONS n, no template); null when it is another split.
     */
    private Partitioning composite(Partitioning partitioning, SubpartitionByContext by) {
        if (partitioning == null || by == null) return partitioning;
        if (by.HASH() == null || by.INTEGER_LITERAL() == null || by.TEMPLATE() != null) return null;
        return new Partitioning(partitioning.method(), partitioning.key(), partitioning.sourceText(), partitioning.span(),
                partitioning.columns(), partitioning.partitions(), new Partitioning.Subpartitioning("HASH",
                OracleNames.identifiers(by.identifierList()), subpartitions(by)));
    }

    private static int subpartitions(SubpartitionByContext by) {
        return Integer.parseInt(by.INTEGER_LITERAL().getText());
    }

    /**
     * The partitions, or null when one has no usable bound, or subpartitions of its own: a count
     * other than {@code by}'s, or listed.
     */
    private List<Partitioning.Partition> partitions(PartitionListContext ctx, SubpartitionByContext by) {
        if (ctx == null) return null;
        List<Partitioning.Partition> partitions = new ArrayList<>();
        for (PartitionDefinitionContext p : ctx.partitionDefinition()) {
            boolean ownCount = p.INTEGER_LITERAL().stream().anyMatch(n -> by == null || by.INTEGER_LITERAL() == null
                    || Integer.parseInt(n.getText()) != subpartitions(by));
            if (ownCount || by != null && !p.anyParenthesized().isEmpty()) return null;
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

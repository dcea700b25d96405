package org.schemashift.model;

import org.apache.calcite.sql.SqlNode;

/**
 * An expression: the Calcite tree every stage works on, and the source text it was read from
 * (for the report and for rules that must see the literal spelling, such as zero dates).
 */
public record Expr(SqlNode node, String sourceText) {
    public Expr {
        sourceText = Shared.string(sourceText);
    }

    public Expr withNode(SqlNode newNode) {
        return new Expr(newNode, sourceText);
    }
}

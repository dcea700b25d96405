package org.schemashift.emit;

import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.SourceSpan;

/** Writes a converted (canonical) expression or query tree as the target's SQL text, names folded and quoted by the naming policy. */
public interface ExpressionWriter {

    /** The text of a tree the target spells whole (a target that may not throws for a node it cannot spell). */
    String write(SqlNode node);

    /**
     * The text, or null when the target cannot spell some node of the tree, after an action item
     * per such node at {@code where}: the writer then comments the clause out. A target that
     * spells every canonical node needs no more than {@link #write}.
     */
    default String writeIfSpellable(SqlNode node, SourceSpan where, ActionItems items) {
        return write(node);
    }

    /** This writer for expressions whose column references can name the relations of {@code scope} from outside. */
    ExpressionWriter within(ReferenceScope scope);
}

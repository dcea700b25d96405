package org.schemashift.emit;

import org.apache.calcite.sql.SqlNode;

/** Writes a converted expression or query tree as the target's SQL text, names folded and quoted by the naming policy. */
public interface ExpressionWriter {
    String write(SqlNode node);
}

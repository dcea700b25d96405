package org.schemashift.emit;

import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;

/** A converted tree as one line of a target dialect's SQL. */
public final class SqlUnparsing {

    private SqlUnparsing() {
    }

    /**
     * Calcite's writer quotes a name only when its position says it was quoted: the expression
     * writers mark the names that need it ({@link IdentifierFolder}), so function names (which come
     * from rules) are written as they are.
     */
    public static String oneLine(SqlNode node, SqlDialect dialect) {
        return node.toSqlString(c -> c.withDialect(dialect).withQuoteAllIdentifiers(false)
                .withAlwaysUseParentheses(false).withIndentation(0)).getSql().replace('\n', ' ');
    }
}

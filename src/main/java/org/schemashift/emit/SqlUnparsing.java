package org.schemashift.emit;

import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.SqlWriterConfig;
import org.apache.calcite.sql.pretty.SqlPrettyWriter;

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
        return joinLines(node.toSqlString(c -> config(c, dialect)).getSql());
    }

    /**
     * An expression or condition that is part of a statement, as one line. Written on its own at
     * the top level, Calcite takes a subquery in it for the statement itself and leaves out its
     * parentheses ({@code EXISTS SELECT ...}); inside a plain frame it keeps them.
     */
    public static String partLine(SqlNode node, SqlDialect dialect) {
        SqlPrettyWriter writer = new SqlPrettyWriter(config(SqlPrettyWriter.config(), dialect));
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.SIMPLE);
        node.unparse(writer, 0, 0);
        writer.endList(frame);
        return joinLines(writer.toSqlString().getSql());
    }

    /** The writer's line breaks as spaces; a line break inside a quoted string or name is part of its value and stays. */
    private static String joinLines(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) quote = c;
            else if (c == quote) quote = 0;
            out.append(c == '\n' && quote == 0 ? ' ' : c);
        }
        return out.toString();
    }

    private static SqlWriterConfig config(SqlWriterConfig config, SqlDialect dialect) {
        return config.withDialect(dialect).withQuoteAllIdentifiers(false).withAlwaysUseParentheses(false).withIndentation(0);
    }
}

package org.schemashift.emit.postgresql;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;

/**
 * Calcite's PostgreSQL dialect with our quoting policy: names are quoted only when PostgreSQL
 * needs it, so output reads like hand-written PostgreSQL; row limits are written LIMIT/OFFSET,
 * PostgreSQL's own spelling, instead of Calcite's default FETCH NEXT.
 */
final class PostgresqlTargetSqlDialect extends PostgresqlSqlDialect {
    static final PostgresqlTargetSqlDialect INSTANCE = new PostgresqlTargetSqlDialect();

    private PostgresqlTargetSqlDialect() {
        super(PostgresqlSqlDialect.DEFAULT_CONTEXT);
    }

    @Override
    protected boolean identifierNeedsQuote(String val) {
        return PostgresqlIdentifiers.needsQuotes(val);
    }

    @Override
    public void unparseOffsetFetch(SqlWriter writer, SqlNode offset, SqlNode fetch) {
        unparseFetchUsingLimit(writer, offset, fetch);
    }

    /**
     * Calcite's writer quotes a name only when its position says it was quoted: {@link PostgresqlExpressions}
     * marks the names that need it, so function names (which come from rules) are written as they are.
     */
    String unparse(SqlNode node) {
        return node.toSqlString(c -> c.withDialect(this).withQuoteAllIdentifiers(false)
                .withAlwaysUseParentheses(false).withIndentation(0)).getSql().replace('\n', ' ');
    }
}

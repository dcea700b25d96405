package org.schemashift.target.postgresql;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;

/**
 * Calcite's PostgreSQL dialect with our quoting policy: names are quoted only when PostgreSQL
 * needs it, so output reads like hand-written PostgreSQL.
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

    String unparse(SqlNode node) {
        return node.toSqlString(c -> c.withDialect(this).withQuoteAllIdentifiers(false)
                .withAlwaysUseParentheses(false).withIndentation(0)).getSql().replace('\n', ' ');
    }
}

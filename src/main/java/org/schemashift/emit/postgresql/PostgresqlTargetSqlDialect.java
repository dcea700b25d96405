package org.schemashift.emit.postgresql;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.schemashift.emit.SqlUnparsing;

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

    String unparse(SqlNode node) {
        return SqlUnparsing.oneLine(node, this);
    }

    /** A part of a statement (an expression, a condition): subqueries in it keep their parentheses. */
    String unparsePart(SqlNode node) {
        return SqlUnparsing.partLine(node, this);
    }
}

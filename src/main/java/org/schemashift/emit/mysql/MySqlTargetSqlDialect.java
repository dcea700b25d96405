package org.schemashift.emit.mysql;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.schemashift.plan.IdentifierSpelling;

/**
 * Calcite's MySQL dialect (backticks, LIMIT, CAST to CHAR/SIGNED) with our quoting policy: a name
 * is quoted only where MySQL or MariaDB needs it, so output reads like hand-written MySQL.
 */
final class MySqlTargetSqlDialect extends MysqlSqlDialect {
    private static final IdentifierSpelling SPELLING = new IdentifierSpelling(MySqlTargetDialect.IDENTIFIERS);
    static final MySqlTargetSqlDialect INSTANCE = new MySqlTargetSqlDialect();

    private MySqlTargetSqlDialect() {
        super(MysqlSqlDialect.DEFAULT_CONTEXT);
    }

    @Override
    protected boolean identifierNeedsQuote(String val) {
        return SPELLING.needsQuotes(val);
    }

    /** One line; quoting as the positions say ({@link org.schemashift.emit.IdentifierFolder} marks them). */
    String unparse(SqlNode node) {
        return node.toSqlString(c -> c.withDialect(this).withQuoteAllIdentifiers(false)
                .withAlwaysUseParentheses(false).withIndentation(0)).getSql().replace('\n', ' ');
    }
}

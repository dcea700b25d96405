package org.schemashift.emit.mysql;

import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.schemashift.plan.IdentifierSpelling;

/**
 * Calcite's MySQL dialect (backticks, LIMIT, CAST to CHAR/SIGNED) with the conversion's quoting
 * policy: a name is quoted only where MySQL or MariaDB needs it, so output reads like hand-written MySQL.
 */
final class MySqlTargetSqlDialect extends MysqlSqlDialect {
    private final IdentifierSpelling spelling;

    MySqlTargetSqlDialect(IdentifierSpelling spelling) {
        super(MysqlSqlDialect.DEFAULT_CONTEXT);
        this.spelling = spelling;
    }

    @Override
    protected boolean identifierNeedsQuote(String val) {
        return spelling.needsQuotes(val);
    }
}

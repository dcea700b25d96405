package org.schemashift.emit.postgresql;

import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.emit.SpellingRule;

/**
 * The standard {@code TIMESTAMPADD(unit, n, t)}, which PostgreSQL lacks, as interval arithmetic:
 * {@code t + n * INTERVAL '1' unit}; microseconds as fractions of a second. PostgreSQL clips a
 * day past the month's end to its last day when adding months, as TIMESTAMPADD does.
 */
final class PostgresqlTimestampAdd implements SpellingRule {

    @Override
    public String id() {
        return "PG-J006";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        if (!(call.operand(0) instanceof SqlIntervalQualifier qualifier)) return context.cannot("a unit that is not a literal");
        SqlParserPos p = call.getParserPosition();
        TimeUnit unit = qualifier.getStartUnit();
        SqlNode count = call.operand(1);
        if (unit == TimeUnit.MICROSECOND) {
            count = SqlStdOperatorTable.DIVIDE.createCall(p, count, SqlLiteral.createExactNumeric("1000000.0", p));
            unit = TimeUnit.SECOND;
        }
        SqlNode one = SqlLiteral.createInterval(1, "1", new SqlIntervalQualifier(unit, null, p), p);
        return SqlStdOperatorTable.PLUS.createCall(p, call.operand(2), SqlStdOperatorTable.MULTIPLY.createCall(p, count, one));
    }
}

package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * {@code DATEADD(part, n, d)} is the standard TIMESTAMPADD(unit, n, d) in the datepart's unit (a
 * quarter is 3 months, a week 7 days, a millisecond 1000 microseconds). Adding months keeps the
 * day of the month and clips it to the month's last day, as SQL Server does (both targets'
 * interval arithmetic does the same). Nanoseconds are below both targets' precision: reported.
 */
final class DateAddRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J005";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!DateParts.isCall(node, "DATEADD", 3)) return null;
        SqlCall call = (SqlCall) node;
        DateParts.Part part = DateParts.of(call.operand(0));
        if (part == null || part.unit() == TimeUnit.NANOSECOND) {
            context.unconvertible("DATEADD(" + call.operand(0) + ", ...)");
            return null;
        }
        SqlParserPos p = call.getParserPosition();
        TimeUnit unit = part.unit() == TimeUnit.MILLISECOND ? TimeUnit.MICROSECOND : part.unit();
        int multiple = part.unit() == TimeUnit.MILLISECOND ? 1000 : part.multiple();
        SqlNode count = multiple == 1 ? call.operand(1)
                : SqlStdOperatorTable.MULTIPLY.createCall(p, call.operand(1), SqlLiteral.createExactNumeric(String.valueOf(multiple), p));
        return SqlStdOperatorTable.TIMESTAMP_ADD.createCall(p, new SqlIntervalQualifier(unit, null, p), count,
                DateParts.temporal(call.operand(2)));
    }
}

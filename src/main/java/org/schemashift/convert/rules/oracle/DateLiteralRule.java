package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlDateLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * An Oracle DATE literal is a date and time (midnight), and Oracle DATE columns become
 * timestamp(0): {@code DATE '2024-01-31'} becomes {@code TIMESTAMP '2024-01-31 00:00:00'} so
 * arithmetic and date_trunc() give timestamps, not PostgreSQL dates or timestamptz.
 */
public final class DateLiteralRule implements ExpressionRule {
    @Override
    public String id() {
        return "ORA-J002";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        SqlLiteral date = node instanceof SqlUnknownLiteral unknown && unknown.tag.equalsIgnoreCase("DATE")
                ? unknown.resolve(SqlTypeName.DATE) : node instanceof SqlDateLiteral d ? d : null;
        if (date == null) return null;
        DateString value = date.getValueAs(DateString.class);
        return SqlLiteral.createTimestamp(new TimestampString(value.toString() + " 00:00:00"), 0, SqlParserPos.ZERO);
    }
}

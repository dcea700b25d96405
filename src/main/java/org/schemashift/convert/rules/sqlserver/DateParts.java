package org.schemashift.convert.rules.sqlserver;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sql.CastTargets;

/**
 * T-SQL dateparts as the date functions take them: a bare word, full or abbreviated
 * (https://learn.microsoft.com/sql/t-sql/functions/dateadd-transact-sql), read as the unit they
 * count in and how many of that unit one of them is (a quarter is 3 months, a week 7 days).
 */
final class DateParts {
    record Part(String name, TimeUnit unit, int multiple) {}

    private static final Map<String, Part> PARTS = new HashMap<>();

    static {
        add(TimeUnit.YEAR, 1, "year", "yy", "yyyy");
        add(TimeUnit.MONTH, 3, "quarter", "qq", "q");
        add(TimeUnit.MONTH, 1, "month", "mm", "m");
        add(TimeUnit.DAY, 1, "dayofyear", "dy", "y");
        add(TimeUnit.DAY, 1, "day", "dd", "d");
        add(TimeUnit.DAY, 7, "week", "wk", "ww");
        add(TimeUnit.DAY, 1, "weekday", "dw", "w");
        add(TimeUnit.HOUR, 1, "hour", "hh");
        add(TimeUnit.MINUTE, 1, "minute", "mi", "n");
        add(TimeUnit.SECOND, 1, "second", "ss", "s");
        add(TimeUnit.MILLISECOND, 1, "millisecond", "ms");
        add(TimeUnit.MICROSECOND, 1, "microsecond", "mcs");
        add(TimeUnit.NANOSECOND, 1, "nanosecond", "ns");
    }

    private DateParts() {
    }

    private static void add(TimeUnit unit, int multiple, String name, String... abbreviations) {
        Part part = new Part(name, unit, multiple);
        PARTS.put(name, part);
        for (String abbreviation : abbreviations) PARTS.put(abbreviation, part);
    }

    /** The datepart a function's first operand names, or null when it is none. */
    static Part of(SqlNode operand) {
        if (!(operand instanceof SqlIdentifier id) || !id.isSimple()) return null;
        return PARTS.get(id.getSimple().toLowerCase(Locale.ROOT));
    }

    /** EXTRACT(unit FROM value). */
    static SqlNode extract(TimeUnit unit, SqlNode value, SqlParserPos p) {
        return SqlStdOperatorTable.EXTRACT.createCall(p, new SqlIntervalQualifier(unit, null, p), value);
    }

    /**
     * A date operand: T-SQL converts a string ('2024-01-31', '20240131') to a datetime where a date
     * function takes one, which the targets' EXTRACT and interval arithmetic do not; so it is cast,
     * with 6 fractional digits when it has a fraction of a second (MySQL's DATETIME has none).
     */
    static SqlNode temporal(SqlNode operand) {
        if (!(operand instanceof SqlLiteral literal) || !(literal.getValue() instanceof NlsString text)) return operand;
        SqlParserPos p = operand.getParserPosition();
        boolean fraction = text.getValue().matches(".*:\\d+\\.\\d.*");
        return SqlStdOperatorTable.CAST.createCall(p, operand, fraction ? CastTargets.standard(SqlTypeName.TIMESTAMP, 6, null, p)
                : CastTargets.standard(SqlTypeName.TIMESTAMP, p));
    }

    /** A call of the T-SQL function {@code name} with {@code operands} operands. */
    static boolean isCall(SqlNode node, String name, int operands) {
        return PseudoFunctions.isCall(node, name) && ((SqlCall) node).operandCount() == operands;
    }
}

package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.FormatModel;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.source.oracle.OracleCode;

/**
 * TO_CHAR, TO_DATE, TO_TIMESTAMP and TO_NUMBER become the canonical format-model operators
 * (FORMAT_BY_MODEL, PARSE_TIMESTAMP_BY_MODEL, PARSE_NUMBER_BY_MODEL), which keep Oracle's format
 * model for the targets to spell. Oracle's year-window elements are settled here: RRRR reads and
 * writes four-digit years (YYYY), RR in TO_CHAR writes the year's last two digits (YY), and reading
 * an RR year (Oracle picks the century from the current year) has no canonical meaning and is
 * reported; elements inside double quotes are left alone. TO_DATE gives a DATE, so TIMESTAMP(0).
 * Without a format the result depends on the Oracle session's NLS settings: numbers and strings
 * are cast, dates use DD-MON-YY, with an NLS action item. A third argument (the NLS parameters
 * DBMS_METADATA writes into partition bounds: {@code 'NLS_CALENDAR=GREGORIAN'}) is dropped when it
 * names only what the target assumes (Gregorian calendar, English names, '.' decimals); any other
 * is reported as unconvertible. SYYYY (a signed year) reads and writes the years after Christ as YYYY.
 */
public final class ConversionFunctionsRule implements ExpressionRule {
    private static final SqlTemplate TO_CHAR = SqlTemplate.canonical("FORMAT_BY_MODEL({0}, {1})");
    private static final SqlTemplate TO_DATE = SqlTemplate.canonical("CAST(PARSE_TIMESTAMP_BY_MODEL({0}, {1}) AS TIMESTAMP(0))");
    private static final SqlTemplate CAST_DATE = SqlTemplate.canonical("CAST({0} AS TIMESTAMP(0))");
    private static final SqlTemplate TO_TIMESTAMP = SqlTemplate.canonical("CAST(PARSE_TIMESTAMP_BY_MODEL({0}, {1}) AS TIMESTAMP)");
    private static final SqlTemplate CAST_TIMESTAMP = SqlTemplate.canonical("CAST({0} AS TIMESTAMP)");
    private static final SqlTemplate TO_NUMBER = SqlTemplate.canonical("PARSE_NUMBER_BY_MODEL({0}, {1})");
    private static final SqlTemplate CAST_NUMBER = SqlTemplate.canonical("CAST({0} AS NUMERIC)");
    private static final Pattern RR = Pattern.compile("(?i)RR");
    private static final Set<String> FUNCTIONS = Set.of("TO_CHAR", "TO_DATE", "TO_TIMESTAMP", "TO_NUMBER");
    /** NLS parameter settings (upper case, spaces and quotes removed) that say what the targets' functions assume. */
    private static final Set<String> TARGET_NLS = Set.of("NLS_CALENDAR=GREGORIAN", "NLS_DATE_LANGUAGE=AMERICAN",
            "NLS_DATE_LANGUAGE=ENGLISH", "NLS_NUMERIC_CHARACTERS=.,");

    @Override
    public String id() {
        return "ORA-J011";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node);
        if (name == null || !FUNCTIONS.contains(name)) return null;
        SqlCall call = (SqlCall) node;
        int n = call.operandCount();
        if (n < 1 || n > 3) return null;
        if (n == 3 && !targetNls(call.operand(2))) {
            context.unconvertible(name + " with NLS parameters other than the Gregorian calendar, English names and '.' decimals");
            return null;
        }
        SqlNode value = call.operand(0);
        SqlNode format = n >= 2 ? fourDigitYears(call.operand(1)) : null;
        String model = format == null ? null : OracleNodes.stringValue(format);
        if (model != null && RR.matcher(FormatModel.elements(model)).find()) {
            if (!name.equals("TO_CHAR")) {
                context.unconvertible(name + " with an RR year (Oracle's two-digit year window) in its format");
                return null;
            }
            format = OracleNodes.string(model.replaceAll("(?i)RR", "YY"));   // on output RR is the year's last two digits
        }
        switch (name) {
            case "TO_CHAR":
                return format != null ? TO_CHAR.apply(value, format) : toCharWithoutFormat(value, context);
            case "TO_DATE":
                if (format != null) return TO_DATE.apply(value, format);
                context.note(OracleCode.NLS_DEPENDENT, "TO_DATE without a format reads the text by the target's default date format (PostgreSQL: its DateStyle)");
                return CAST_DATE.apply(value);
            case "TO_TIMESTAMP":
                if (format != null) return TO_TIMESTAMP.apply(value, format);
                context.note(OracleCode.NLS_DEPENDENT, "TO_TIMESTAMP without a format reads the text by the target's default date format (PostgreSQL: its DateStyle)");
                return CAST_TIMESTAMP.apply(value);
            case "TO_NUMBER":
                return format != null ? TO_NUMBER.apply(value, format) : CAST_NUMBER.apply(value);
            default:
                return null;
        }
    }

    private static SqlNode toCharWithoutFormat(SqlNode value, RuleContext context) {
        TypeFamily type = context.typeOf(value);
        if (type.isTemporal()) {
            context.note(OracleCode.NLS_DEPENDENT, "TO_CHAR of a date without a format uses DD-MON-YY");
            return TO_CHAR.apply(value, OracleNodes.string("DD-MON-YY"));
        }
        return OracleNodes.asText(value, type);
    }

    /** A literal NLS parameter string whose every setting is one the targets assume. */
    private static boolean targetNls(SqlNode parameters) {
        String text = OracleNodes.stringValue(parameters);
        if (text == null) return false;
        for (String setting : text.trim().split("(?i)[\\s,]+(?=NLS_)")) {
            String normal = setting.replaceAll("[\\s'\"]", "").toUpperCase(Locale.ROOT);
            if (!TARGET_NLS.contains(normal)) return false;
        }
        return true;
    }

    /** A literal format with RRRR and SYYYY written YYYY (the same years in and out, after Christ); any other format as is. */
    private static SqlNode fourDigitYears(SqlNode format) {
        String model = OracleNodes.stringValue(format);
        if (model == null) return format;
        String rewritten = FormatModel.rewriteElements(model, elements -> elements.replaceAll("(?i)RRRR|SYYYY", "YYYY"));
        return rewritten.equals(model) ? format : OracleNodes.string(rewritten);
    }
}

package org.schemashift.convert.rules.oracle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.SqlTemplate;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.oracle.OracleCode;

/**
 * TO_CHAR, TO_DATE, TO_TIMESTAMP and TO_NUMBER. PostgreSQL's to_char/to_timestamp/to_number read
 * Oracle's format models almost unchanged; the differences are rewritten in literal formats
 * (FF without digits → US, RRRR → YYYY; elements inside double quotes are left alone); RR is YY
 * in TO_CHAR, while reading an RR year (Oracle's century window) is reported. TO_DATE
 * gives a DATE, so timestamp(0). Without a format the result depends on the Oracle session's NLS
 * settings: numbers and strings are cast, dates use DD-MON-YY, with an NLS action item.
 */
public final class ConversionFunctionsRule implements ExpressionRule {
    private static final SqlTemplate TO_CHAR = SqlTemplate.of("to_char({0}, {1})");
    private static final SqlTemplate TO_DATE = SqlTemplate.of("CAST(to_timestamp({0}, {1}) AS TIMESTAMP(0))");
    private static final SqlTemplate CAST_DATE = SqlTemplate.of("CAST({0} AS TIMESTAMP(0))");
    private static final SqlTemplate TO_TIMESTAMP = SqlTemplate.of("CAST(to_timestamp({0}, {1}) AS TIMESTAMP)");
    private static final SqlTemplate CAST_TIMESTAMP = SqlTemplate.of("CAST({0} AS TIMESTAMP)");
    private static final SqlTemplate TO_NUMBER = SqlTemplate.of("to_number({0}, {1})");
    private static final SqlTemplate CAST_NUMBER = SqlTemplate.of("CAST({0} AS NUMERIC)");
    private static final Pattern BARE_FF = Pattern.compile("(?i)FF(?![1-9])");
    private static final Pattern RR = Pattern.compile("(?i)RR");
    private static final Pattern QUOTED_OR_ELEMENT = Pattern.compile("\"[^\"]*\"|[^\"]+");

    @Override
    public String id() {
        return "OR-PG-J011";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node);
        if (name == null) return null;
        SqlCall call = (SqlCall) node;
        int n = call.operandCount();
        if (n < 1 || n > 2) return null;
        SqlNode value = call.operand(0);
        SqlNode format = n == 2 ? postgresFormat(call.operand(1)) : null;
        String model = format == null ? null : OracleNodes.stringValue(format);
        if (model != null && RR.matcher(unquoted(model)).find()) {
            if (!name.equals("TO_CHAR")) {
                // Oracle RR picks the century from the current year; PostgreSQL has no such element.
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
                context.note(OracleCode.NLS_DEPENDENT, "TO_DATE without a format reads the text as PostgreSQL's DateStyle does");
                return CAST_DATE.apply(value);
            case "TO_TIMESTAMP":
                if (format != null) return TO_TIMESTAMP.apply(value, format);
                context.note(OracleCode.NLS_DEPENDENT, "TO_TIMESTAMP without a format reads the text as PostgreSQL's DateStyle does");
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

    /** The format without its double-quoted literal text. */
    private static String unquoted(String model) {
        return model.replaceAll("\"[^\"]*\"", "");
    }

    /** The format with Oracle-only elements rewritten, when it is a literal; otherwise as is. */
    private static SqlNode postgresFormat(SqlNode format) {
        String model = OracleNodes.stringValue(format);
        if (model == null) return format;
        StringBuilder out = new StringBuilder();
        Matcher part = QUOTED_OR_ELEMENT.matcher(model);
        while (part.find()) {
            String text = part.group();
            out.append(text.startsWith("\"") ? text
                    : BARE_FF.matcher(text.replaceAll("(?i)RRRR", "YYYY")).replaceAll("US"));
        }
        return out.toString().equals(model) ? format : OracleNodes.string(out.toString());
    }
}

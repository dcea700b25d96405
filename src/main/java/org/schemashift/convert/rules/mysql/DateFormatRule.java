package org.schemashift.convert.rules.mysql;

import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sql.CastTargets;

/**
 * {@code DATE_FORMAT(d, format)} and {@code STR_TO_DATE(s, format)} with a literal format are the
 * canonical FORMAT_BY_MODEL and PARSE_TIMESTAMP_BY_MODEL, the MySQL specifiers
 * (https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_date-format)
 * translated by the table below to format-model elements with the same output (FM where MySQL
 * does not pad; letters of literal text quoted). STR_TO_DATE gives a DATE when the format has no
 * time of day, else a DATETIME, as MySQL does. A specifier without an equivalent (%U, %u, %V,
 * %X: weeks counted from Sunday or from the first Monday; %w) or a format that is not a literal is
 * reported.
 */
final class DateFormatRule implements ExpressionRule {
    /** MySQL specifier letter → format-model element. */
    private static final Map<Character, String> SPECIFIERS = Map.ofEntries(
            Map.entry('Y', "YYYY"), Map.entry('y', "YY"), Map.entry('m', "MM"), Map.entry('c', "FMMM"),
            Map.entry('d', "DD"), Map.entry('e', "FMDD"), Map.entry('D', "FMDDth"), Map.entry('j', "DDD"),
            Map.entry('H', "HH24"), Map.entry('k', "FMHH24"), Map.entry('h', "HH12"), Map.entry('I', "HH12"),
            Map.entry('l', "FMHH12"), Map.entry('i', "MI"), Map.entry('s', "SS"), Map.entry('S', "SS"),
            Map.entry('f', "US"), Map.entry('p', "AM"), Map.entry('M', "FMMonth"), Map.entry('b', "Mon"),
            Map.entry('W', "FMDay"), Map.entry('a', "Dy"), Map.entry('T', "HH24:MI:SS"), Map.entry('r', "HH12:MI:SS AM"),
            Map.entry('v', "IW"), Map.entry('x', "IYYY"));
    /** Specifiers of a time of day: STR_TO_DATE with one of them gives a DATETIME. */
    private static final String TIME_OF_DAY = "HkhIlisSfpTr";

    @Override
    public String id() {
        return "MY-J006";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean format = PseudoFunctions.isCall(node, "DATE_FORMAT");
        if (!format && !PseudoFunctions.isCall(node, "STR_TO_DATE")) return null;
        SqlCall call = (SqlCall) node;
        if (call.operandCount() != 2) return null;
        if (!(call.operand(1) instanceof SqlLiteral literal) || !SqlTypeName.CHAR_TYPES.contains(literal.getTypeName())) {
            context.unconvertible((format ? "DATE_FORMAT" : "STR_TO_DATE") + " with a format that is not a literal");
            return null;
        }
        String specifiers = literal.getValueAs(String.class);
        String model = model(specifiers);
        if (model == null) {
            context.unconvertible("the format '" + specifiers + "'");
            return null;
        }
        SqlParserPos p = call.getParserPosition();
        SqlNode modelLiteral = SqlLiteral.createCharString(model, literal.getParserPosition());
        if (format) return CanonicalOperators.FORMAT_BY_MODEL.createCall(p, call.operand(0), modelLiteral);
        boolean timeOfDay = specifiers.chars().anyMatch(c -> TIME_OF_DAY.indexOf(c) >= 0 && specifiers.contains("%" + (char) c));
        SqlNode parsed = CanonicalOperators.PARSE_TIMESTAMP_BY_MODEL.createCall(p, call.operand(0), modelLiteral);
        return SqlStdOperatorTable.CAST.createCall(p, parsed,
                CastTargets.standard(timeOfDay ? SqlTypeName.TIMESTAMP : SqlTypeName.DATE, p));
    }

    /** The format model of a MySQL format, or null when a specifier has none. */
    static String model(String specifiers) {
        StringBuilder model = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < specifiers.length(); i++) {
            char c = specifiers.charAt(i);
            if (c != '%' || i + 1 == specifiers.length()) {
                text.append(c);
                continue;
            }
            char s = specifiers.charAt(++i);
            String element = SPECIFIERS.get(s);
            if (element == null && s != '%' && Character.isLetter(s)) return null;
            if (element == null) {
                text.append(s);
                continue;
            }
            appendText(model, text);
            model.append(element);
        }
        appendText(model, text);
        return model.toString();
    }

    /** Literal text: quoted when it has letters or digits, which a format model would read as elements. */
    private static void appendText(StringBuilder model, StringBuilder text) {
        if (text.isEmpty()) return;
        boolean plain = text.chars().noneMatch(Character::isLetterOrDigit) && text.indexOf("\"") < 0;
        model.append(plain ? text : "\"" + text.toString().replace("\"", "\\\"") + "\"");
        text.setLength(0);
    }
}

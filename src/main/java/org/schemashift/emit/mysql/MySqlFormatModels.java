package org.schemashift.emit.mysql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.emit.SpellingRule;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.SqlTemplate;

/**
 * FORMAT_BY_MODEL and PARSE_TIMESTAMP_BY_MODEL as DATE_FORMAT and STR_TO_DATE, with the Oracle
 * format model translated to MySQL's specifiers (the same in MySQL 8.0 and MariaDB). Only elements
 * whose output is exactly the same are translated: YYYY, YY, MM, DD, DDD, HH24, HH/HH12, MI, SS,
 * FF/FF6 (microseconds), AM/PM, IW, IYYY, and Mon and Dy (mixed case only: Oracle's MON is upper
 * case, MySQL's %b is not); punctuation and quoted text are kept. A model with any other element
 * (a number format, MONTH's blank padding, FM, D's territory-dependent weekday...) or one that is
 * not a literal cannot be spelled.
 */
final class MySqlFormatModels implements SpellingRule {
    private static final SqlTemplate DATE_FORMAT = SqlTemplate.target("DATE_FORMAT({0}, {1})");
    private static final SqlTemplate STR_TO_DATE = SqlTemplate.target("STR_TO_DATE({0}, {1})");
    /** Oracle element → MySQL specifier, longest elements first so HH24 wins over HH. */
    private static final Map<String, String> ELEMENTS = new LinkedHashMap<>();
    /** Elements whose letter case changes the output (month and day names): matched as written. */
    private static final Map<String, String> NAMES = Map.of("Mon", "%b", "Dy", "%a");
    private static final String PUNCTUATION = "-/,.;: ";

    static {
        ELEMENTS.put("IYYY", "%x");
        ELEMENTS.put("YYYY", "%Y");
        ELEMENTS.put("HH24", "%H");
        ELEMENTS.put("HH12", "%h");
        ELEMENTS.put("FF6", "%f");
        ELEMENTS.put("DDD", "%j");
        ELEMENTS.put("YY", "%y");
        ELEMENTS.put("MM", "%m");
        ELEMENTS.put("DD", "%d");
        ELEMENTS.put("HH", "%h");
        ELEMENTS.put("MI", "%i");
        ELEMENTS.put("SS", "%s");
        ELEMENTS.put("FF", "%f");
        ELEMENTS.put("AM", "%p");
        ELEMENTS.put("PM", "%p");
        ELEMENTS.put("IW", "%v");
    }

    @Override
    public String id() {
        return "MYSQL-J001";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        if (!(call.operand(1) instanceof SqlLiteral literal) || !SqlTypeName.CHAR_TYPES.contains(literal.getTypeName())) {
            return context.cannot("a format that is not a literal");
        }
        String model = literal.getValueAs(String.class);
        String specifiers = specifiers(model);
        if (specifiers == null) return context.cannot("the format model '" + model + "' has an element DATE_FORMAT cannot write");
        SqlTemplate function = call.getOperator() == CanonicalOperators.FORMAT_BY_MODEL ? DATE_FORMAT : STR_TO_DATE;
        return function.apply(call.operand(0), SqlLiteral.createCharString(specifiers, SqlParserPos.ZERO));
    }

    /** {@code model} in MySQL's specifiers, or null when an element has none. */
    static String specifiers(String model) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < model.length()) {
            char c = model.charAt(i);
            if (c == '"') {
                int end = model.indexOf('"', i + 1);
                if (end < 0) return null;
                out.append(model.substring(i + 1, end).replace("%", "%%"));
                i = end + 1;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                out.append(c);
                i++;
            } else {
                String element = element(model, i);
                if (element == null) return null;
                out.append(NAMES.containsKey(element) ? NAMES.get(element) : ELEMENTS.get(element.toUpperCase(Locale.ROOT)));
                i += element.length();
            }
        }
        return out.toString();
    }

    /** The element starting at {@code i} as written, or null when it is none of ours. */
    private static String element(String model, int i) {
        for (String name : NAMES.keySet()) {
            if (model.startsWith(name, i)) return name;
        }
        for (String element : ELEMENTS.keySet()) {
            if (model.regionMatches(true, i, element, 0, element.length())) return model.substring(i, i + element.length());
        }
        return null;
    }
}

package org.schemashift.emit.mysql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.emit.EmitContext;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * A partition bound as the literal MySQL and MariaDB require in RANGE COLUMNS and LIST COLUMNS
 * (both refuse any function there, STR_TO_DATE and CAST included: "This partition function is not
 * allowed"). Numbers and strings are written as they are; a date or timestamp, as Oracle's
 * DBMS_METADATA writes it ({@code TO_DATE(' 2019-07-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS')}, a
 * DATE or TIMESTAMP literal), is evaluated here to its 'YYYY-MM-DD HH:MM:SS' text. A bound of any
 * other form, or a format model with elements other than the numeric date and time fields, has no
 * literal: null.
 */
final class MySqlPartitionBounds {
    /** Oracle format element → the field it reads, digits at most; longest elements first so HH24 wins over HH. */
    private static final Map<String, Integer> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("YYYY", 0);
        FIELDS.put("HH24", 3);
        FIELDS.put("MM", 1);
        FIELDS.put("DD", 2);
        FIELDS.put("MI", 4);
        FIELDS.put("SS", 5);
    }

    private static final int[] DIGITS = {4, 2, 2, 2, 2, 2};

    private MySqlPartitionBounds() {
    }

    static String literal(SqlNode bound, EmitContext context) {
        SqlNode node = bound;
        while (node.getKind() == SqlKind.CAST) node = ((SqlCall) node).operand(0);
        if (node instanceof SqlLiteral literal && isTemporal(literal)) return MySqlLiterals.string(temporalText(literal));
        if (node instanceof SqlCall parse && parse.getOperator() == CanonicalOperators.PARSE_TIMESTAMP_BY_MODEL) {
            String value = stringValue(parse.operand(0));
            String model = stringValue(parse.operand(1));
            String parsed = value == null || model == null ? null : parse(value, model);
            return parsed == null ? null : MySqlLiterals.string(parsed);
        }
        boolean constant = node instanceof SqlLiteral || (node.getKind() == SqlKind.MINUS_PREFIX
                && ((SqlCall) node).operand(0) instanceof SqlLiteral);
        return constant && node == bound ? context.expressions().write(bound) : null;
    }

    private static boolean isTemporal(SqlLiteral literal) {
        SqlTypeName type = literal.getTypeName();
        return type == SqlTypeName.DATE || type == SqlTypeName.TIMESTAMP || literal instanceof SqlUnknownLiteral u
                && (u.tag.equalsIgnoreCase("DATE") || u.tag.equalsIgnoreCase("TIMESTAMP"));
    }

    private static String temporalText(SqlLiteral literal) {
        return literal instanceof SqlUnknownLiteral u ? u.getValue().toString() : literal.toValue();
    }

    private static String stringValue(SqlNode node) {
        return node instanceof SqlLiteral literal && literal.getTypeName() == SqlTypeName.CHAR ? literal.getValueAs(String.class) : null;
    }

    /**
     * {@code value} read by the Oracle format {@code model}, as MySQL's datetime text; null when the
     * model has an element this does not read or the value does not match it. Like Oracle, spaces
     * before a number are skipped (SYYYY writes the sign of a year after Christ as a space).
     */
    static String parse(String value, String model) {
        int[] fields = {-1, 1, 1, 0, 0, 0};
        int at = 0;
        int m = 0;
        String upper = model.toUpperCase(Locale.ROOT);
        while (m < upper.length()) {
            String element = elementAt(upper, m);
            if (element == null) {
                char c = upper.charAt(m);
                if (Character.isLetterOrDigit(c) || at >= value.length() || value.charAt(at) != c) return null;
                at++;
                m++;
                continue;
            }
            int field = FIELDS.get(element);
            while (at < value.length() && value.charAt(at) == ' ') at++;
            int start = at;
            while (at < value.length() && at - start < DIGITS[field] && Character.isDigit(value.charAt(at))) at++;
            if (at == start) return null;
            fields[field] = Integer.parseInt(value.substring(start, at));
            m += element.length();
        }
        if (fields[0] < 0 || !value.substring(at).isBlank()) return null;
        return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    private static String elementAt(String model, int at) {
        for (String element : FIELDS.keySet()) {
            if (model.startsWith(element, at)) return element;
        }
        return null;
    }
}

package org.schemashift.emit.mysql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.emit.SpellingRule;
import org.schemashift.model.sql.SqlTemplate;

/**
 * The canonical regular-expression operators (Oracle's arguments and match parameter) in the
 * forms MySQL 8.0 and MariaDB share: {@code s REGEXP p}, two-argument REGEXP_SUBSTR and
 * REGEXP_INSTR, three-argument REGEXP_REPLACE (every occurrence). Oracle's match parameter goes
 * into the pattern as inline flags, which MySQL's ICU and MariaDB's PCRE both read: case
 * sensitivity explicitly ({@code (?-i)} unless 'i', since MySQL's follows the collation), n as
 * (?s), m as (?m), x as (?x). Other positions and occurrences, subexpressions, and replacements with
 * a backslash or $ (back-references are written differently) cannot be spelled.
 */
final class MySqlRegexps implements SpellingRule {
    private static final SqlTemplate LIKE = SqlTemplate.target("{0} REGEXP {1}");
    private static final SqlTemplate SUBSTR = SqlTemplate.target("REGEXP_SUBSTR({0}, {1})");
    private static final SqlTemplate INSTR = SqlTemplate.target("REGEXP_INSTR({0}, {1})");
    private static final SqlTemplate REPLACE = SqlTemplate.target("REGEXP_REPLACE({0}, {1}, {2})");
    private static final SqlTemplate PREFIXED = SqlTemplate.target("CONCAT({0}, {1})");

    @Override
    public String id() {
        return "MYSQL-J002";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        SqlTemplate spelling;
        int flagsAt;
        if (call.getOperator() == SqlLibraryOperators.REGEXP_LIKE) {
            spelling = LIKE;
            flagsAt = 2;
        } else if (call.getOperator() == SqlLibraryOperators.REGEXP_SUBSTR) {
            if (call.operandCount() > 5 || !isValue(call.operand(2), "1") || !isValue(call.operand(3), "1")) {
                return context.cannot("a position, occurrence or subexpression MariaDB's REGEXP_SUBSTR does not take");
            }
            spelling = SUBSTR;
            flagsAt = 4;
        } else if (call.getOperator() == SqlLibraryOperators.REGEXP_INSTR) {
            if (call.operandCount() > 6 || !isValue(call.operand(2), "1") || !isValue(call.operand(3), "1") || !isValue(call.operand(4), "0")) {
                return context.cannot("a position, occurrence, return option or subexpression MariaDB's REGEXP_INSTR does not take");
            }
            spelling = INSTR;
            flagsAt = 5;
        } else {
            if (!isValue(call.operand(3), "1") || !isValue(call.operand(4), "0")) {
                return context.cannot("replacing one occurrence, or from a position other than 1 (MariaDB's REGEXP_REPLACE replaces all)");
            }
            String replacement = text(call.operand(2));
            if (replacement != null && (replacement.contains("\\") || replacement.contains("$"))) {
                return context.cannot("a replacement with back-references, which MySQL and MariaDB write differently");
            }
            spelling = REPLACE;
            flagsAt = 5;
        }
        String flags = text(call.operand(flagsAt));
        if (flags == null) return context.cannot("a match parameter that is not a literal");
        return spelling.apply(call.operand(0), withFlags(call.operand(1), flags), spelling == REPLACE ? call.operand(2) : null);
    }

    /** {@code pattern} preceded by the inline flags of Oracle's match parameter {@code flags}. */
    private static SqlNode withFlags(SqlNode pattern, String flags) {
        String prefix = inlineFlags(flags);
        String text = pattern instanceof SqlLiteral l && SqlTypeName.CHAR_TYPES.contains(l.getTypeName()) ? l.getValueAs(String.class) : null;
        return text != null ? string(prefix + text) : PREFIXED.apply(string(prefix), pattern);
    }

    /** Oracle match parameter → inline flags: the last of i and c wins, case-sensitive by default. */
    static String inlineFlags(String oracle) {
        boolean insensitive = false;
        StringBuilder on = new StringBuilder();
        for (char c : oracle.toCharArray()) {
            switch (c) {
                case 'i' -> insensitive = true;
                case 'c' -> insensitive = false;
                case 'n' -> on.append(on.indexOf("s") < 0 ? "s" : "");
                case 'm' -> on.append(on.indexOf("m") < 0 ? "m" : "");
                case 'x' -> on.append(on.indexOf("x") < 0 ? "x" : "");
                default -> { }
            }
        }
        return "(?" + on + (insensitive ? "i" : "-i") + ")";
    }

    private static boolean isValue(SqlNode node, String value) {
        return node instanceof SqlLiteral l && value.equals(String.valueOf(l.toValue()));
    }

    /** A literal's text, or COALESCE(literal, '')'s (the read rules wrap replacements so); null otherwise. */
    private static String text(SqlNode node) {
        if (node instanceof SqlLiteral l) return l.getTypeName() == SqlTypeName.NULL ? "" : String.valueOf(l.toValue());
        if (node instanceof SqlCall c && c.getKind() == SqlKind.COALESCE) return text(c.operand(0));
        return null;
    }

    private static SqlLiteral string(String value) {
        return SqlLiteral.createCharString(value, SqlParserPos.ZERO);
    }
}

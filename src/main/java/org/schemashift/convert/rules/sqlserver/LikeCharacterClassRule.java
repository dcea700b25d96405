package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * T-SQL LIKE patterns take character classes ({@code '[0-9][A-Z]%'}, {@code '[^a]'}), which the
 * standard LIKE of both targets reads as literal brackets. Such a pattern becomes the anchored
 * regular expression it means: {@code %} is {@code .*}, {@code _} is {@code .}, classes are kept,
 * other regex characters are escaped; flags {@code i} (SQL Server's default collations compare
 * case-insensitively) and {@code n} ({@code %} also spans line breaks). Patterns without a class
 * stay LIKE.
 */
final class LikeCharacterClassRule implements ExpressionRule {
    private static final String REGEX_SPECIALS = "\\^$.|?*+()[]{}";

    @Override
    public String id() {
        return "MSS-J004";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node.getKind() != SqlKind.LIKE || !(node instanceof SqlCall call) || call.operandCount() != 2
                || !(call.operand(1) instanceof SqlLiteral pattern) || !(pattern.getValue() instanceof org.apache.calcite.util.NlsString text)
                || !text.getValue().contains("[")) {
            return null;
        }
        SqlParserPos p = call.getParserPosition();
        SqlNode regex = SqlLibraryOperators.REGEXP_LIKE.createCall(p, call.operand(0),
                SqlLiteral.createCharString(regex(text.getValue()), p), SqlLiteral.createCharString("in", p));
        boolean negated = call.getOperator() == SqlStdOperatorTable.NOT_LIKE;
        return negated ? SqlStdOperatorTable.NOT.createCall(p, regex) : regex;
    }

    static String regex(String like) {
        return "^" + translated(like) + "$";
    }

    /** The regular expression a LIKE pattern's text means, unanchored. */
    static String translated(String like) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (char c : like.toCharArray()) {
            if (inClass) {
                if (c == ']') inClass = false;
                if (c == '\\') out.append('\\');
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == '%') {
                out.append(".*");
            } else if (c == '_') {
                out.append('.');
            } else {
                appendLiteral(c, out);
            }
        }
        return out.toString();
    }

    /** {@code text} as a regular expression that matches it literally. */
    static String literal(String text) {
        StringBuilder regex = new StringBuilder(text.length());
        for (char c : text.toCharArray()) appendLiteral(c, regex);
        return regex.toString();
    }

    private static void appendLiteral(char c, StringBuilder regex) {
        if (REGEX_SPECIALS.indexOf(c) >= 0) regex.append('\\');
        regex.append(c);
    }
}

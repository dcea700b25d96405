package org.schemashift.model.proc;

import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.util.NlsString;

/**
 * The bind placeholders ({@code :1}, {@code :name}) of a dynamic SQL text where they can be seen: in a
 * literal, or in the literals of a concatenation ({@code ||}) of literals and expressions, read left to
 * right. Quoted strings (which may span pieces), quoted names and {@code ::} casts are left alone. Each
 * placeholder found is replaced by what {@code replacement} gives for its name (as written, without the colon).
 */
public final class BindPlaceholders {
    private final Function<String, String> replacement;
    private char quote;

    public BindPlaceholders(Function<String, String> replacement) {
        this.replacement = replacement;
    }

    /** True when the placeholders of {@code text} can be seen: a literal, or a concatenation. */
    public static boolean visible(SqlNode text) {
        return text instanceof SqlLiteral || isConcatenation(text);
    }

    public static boolean isConcatenation(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.CONCAT;
    }

    /** {@code text} with the placeholders of its literals replaced; expressions stay. */
    public SqlNode apply(SqlNode text) {
        if (text instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s) {
            return SqlLiteral.createCharString(apply(s.getValue()), literal.getParserPosition());
        }
        if (!isConcatenation(text)) return text;
        SqlCall call = (SqlCall) text;
        List<SqlNode> operands = call.getOperandList().stream().map(this::apply).toList();
        return call.getOperator().createCall(call.getParserPosition(), operands);
    }

    private String apply(String piece) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < piece.length()) {
            char c = piece.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;   // a doubled quote closes and opens again: the same
                out.append(c);
                i++;
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
                i++;
            } else if (c == ':' && i + 1 < piece.length() && piece.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < piece.length() && Character.isLetterOrDigit(piece.charAt(i + 1))) {
                int end = i + 1;
                while (end < piece.length() && (Character.isLetterOrDigit(piece.charAt(end)) || "_$#".indexOf(piece.charAt(end)) >= 0)) end++;
                out.append(replacement.apply(piece.substring(i + 1, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

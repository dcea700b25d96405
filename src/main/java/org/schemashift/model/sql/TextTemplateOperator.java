package org.schemashift.model.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A target's SQL that Calcite cannot parse ({@code {0} <=> {1}}), written as the text it is with
 * its operands unparsed in place. An operand that is not a name, a literal or a function call is
 * put in parentheses, since the text's own precedence is unknown; for the same reason the whole
 * text is put in parentheses inside an operator, unless it is one function call.
 */
final class TextTemplateOperator extends SqlSpecialOperator {
    private final List<String> pieces;
    private final List<Integer> arguments;

    private static final Pattern ONE_CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*\\(.*\\)", Pattern.DOTALL);

    private TextTemplateOperator(String text, List<String> pieces, List<Integer> arguments) {
        super(text, SqlKind.OTHER, isOneCall(text) ? 100 : 0);
        this.pieces = pieces;
        this.arguments = arguments;
    }

    /** The template as a call without operands, ready for {@link #createCall(List)}. */
    static SqlCall of(String text, Pattern placeholder) {
        List<String> pieces = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        Matcher m = placeholder.matcher(text);
        int last = 0;
        while (m.find()) {
            pieces.add(text.substring(last, m.start()));
            int n = SqlTemplate.argumentIndex(m);
            if (n < 0) throw new IllegalArgumentException("'" + text + "': {*} only works in a template Calcite can parse");
            arguments.add(n);
            last = m.end();
        }
        pieces.add(text.substring(last));
        return new SqlBasicCall(new TextTemplateOperator(text, pieces, arguments), List.of(), SqlParserPos.ZERO);
    }

    /** A call whose operands are {@code args} in the order the text uses them (an argument used twice appears twice). */
    SqlCall createCall(List<SqlNode> args) {
        List<SqlNode> operands = new ArrayList<>();
        for (int n : arguments) {
            if (n >= args.size()) throw new IllegalArgumentException("'" + getName() + "' uses {" + n + "}, but the call has " + args.size() + " arguments");
            operands.add(args.get(n));
        }
        return new SqlBasicCall(this, operands, SqlParserPos.ZERO);
    }

    /**
     * Writes the text with each operand unparsed on its own (quoting as the writer's dialect does),
     * since the writer's own spacing rules know nothing of the text between them.
     */
    @Override
    public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            text.append(pieces.get(i));
            if (i < call.operandCount()) {
                SqlNode operand = call.operand(i);
                String sql = operand.toSqlString(c -> c.withDialect(writer.getDialect()).withQuoteAllIdentifiers(false)
                        .withAlwaysUseParentheses(false).withIndentation(0)).getSql().replace('\n', ' ');
                text.append(isAtomic(operand) ? sql : "(" + sql + ")");
            }
        }
        writer.print(text.toString());
        writer.setNeedWhitespace(true);
    }

    /** True when {@code text} is one function call, {@code f(...)} with its closing parenthesis last. */
    private static boolean isOneCall(String text) {
        String t = text.strip();
        if (!ONE_CALL.matcher(t).matches()) return false;
        int depth = 0;
        for (int i = t.indexOf('('); i < t.length(); i++) {
            if (t.charAt(i) == '(') depth++;
            if (t.charAt(i) == ')' && --depth == 0) return i == t.length() - 1;
        }
        return false;
    }

    private static boolean isAtomic(SqlNode node) {
        if (node instanceof SqlIdentifier || node instanceof SqlLiteral) return true;
        if (!(node instanceof SqlCall call)) return false;
        if (call.getOperator() instanceof TextTemplateOperator text) return text.getLeftPrec() > 0;
        SqlSyntax syntax = call.getOperator().getSyntax();
        return syntax == SqlSyntax.FUNCTION || syntax == SqlSyntax.FUNCTION_ID || syntax == SqlSyntax.FUNCTION_STAR;
    }
}

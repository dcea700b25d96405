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
 * put in parentheses, since the text's own precedence is unknown.
 */
final class TextTemplateOperator extends SqlSpecialOperator {
    private final List<String> pieces;
    private final List<Integer> arguments;

    private TextTemplateOperator(String text, List<String> pieces, List<Integer> arguments) {
        super(text, SqlKind.OTHER);
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

    @Override
    public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (!piece.isBlank()) writer.print(piece.strip());
            if (i < call.operandCount()) {
                SqlNode operand = call.operand(i);
                if (isAtomic(operand)) {
                    operand.unparse(writer, 0, 0);
                } else {
                    SqlWriter.Frame frame = writer.startList("(", ")");
                    operand.unparse(writer, 0, 0);
                    writer.endList(frame);
                }
            }
        }
    }

    private static boolean isAtomic(SqlNode node) {
        if (node instanceof SqlIdentifier || node instanceof SqlLiteral) return true;
        if (!(node instanceof SqlCall call)) return false;
        SqlSyntax syntax = call.getOperator().getSyntax();
        return syntax == SqlSyntax.FUNCTION || syntax == SqlSyntax.FUNCTION_ID || syntax == SqlSyntax.FUNCTION_STAR;
    }
}

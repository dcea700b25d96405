package org.schemashift.convert.rules.oracle;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.source.oracle.OracleCode;

/**
 * Oracle's implicit conversions where an expression mixes character data with numbers or dates,
 * made explicit, since PostgreSQL has no character = integer (SQL Language Reference, "Data
 * Conversion": in a comparison or arithmetic Oracle converts the character operand to the other's
 * type). {@code char_col = 1} and {@code char_col + 1} cast the character side to NUMERIC;
 * {@code date_col > char_expr} reads the character side as a date by the session's
 * NLS_DATE_FORMAT, so it is cast to TIMESTAMP(0) (the target's own date reading) with an NLS item.
 * A character literal is left alone against a number: the target reads an untyped literal as the
 * other side's type too, as Oracle does ({@code number_col = '42'}). Against a date, a literal in
 * Oracle's default format with a four-digit year ({@code '01-JAN-2020'}, DD-MON-RR reads four
 * digits as the year) is read by that format, which neither target's own date input takes alike
 * (MySQL does not read month names); any other literal is left to the target's reading. Both are
 * reported, the format being the session's. Concatenation needs nothing: {@code ||} takes any operand.
 */
public final class ImplicitConversionRule implements ExpressionRule {
    private static final Set<SqlKind> MIXING = EnumSet.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
            SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.PLUS, SqlKind.MINUS,
            SqlKind.TIMES, SqlKind.DIVIDE);
    private static final SqlTemplate AS_NUMBER = SqlTemplate.canonical("CAST({0} AS NUMERIC)");
    private static final SqlTemplate AS_DATE = SqlTemplate.canonical("CAST({0} AS TIMESTAMP(0))");
    private static final SqlTemplate BY_DEFAULT_FORMAT = SqlTemplate.canonical("CAST(PARSE_TIMESTAMP_BY_MODEL({0}, {1}) AS TIMESTAMP(0))");
    /** Oracle's default NLS_DATE_FORMAT, DD-MON-RR, with a four-digit year; month names are read in any case. */
    private static final Pattern DEFAULT_FORMAT = Pattern.compile("\\d{1,2}-[A-Za-z]{3}-\\d{4}");

    @Override
    public String id() {
        return "ORA-J230";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!MIXING.contains(node.getKind()) || !(node instanceof SqlCall call) || call.operandCount() != 2) return null;
        SqlNode left = call.operand(0);
        SqlNode right = call.operand(1);
        TypeFamily leftType = context.typeOf(left);
        TypeFamily rightType = context.typeOf(right);
        SqlNode newLeft = converted(left, leftType, rightType, context);
        SqlNode newRight = converted(right, rightType, leftType, context);
        if (newLeft == left && newRight == right) return null;
        return call.getOperator().createCall(call.getParserPosition(), newLeft, newRight);
    }

    /** {@code operand} (of family {@code type}) as Oracle reads it against an operand of family {@code other}. */
    private static SqlNode converted(SqlNode operand, TypeFamily type, TypeFamily other, RuleContext context) {
        if (type != TypeFamily.STRING) return operand;
        boolean literal = operand instanceof SqlLiteral;
        if (other == TypeFamily.NUMBER) return literal ? operand : AS_NUMBER.apply(operand);
        if (other == TypeFamily.DATE || other == TypeFamily.DATETIME || other == TypeFamily.TIMESTAMP) {
            context.note(OracleCode.NLS_DEPENDENT, "text compared with a date is read by Oracle's NLS_DATE_FORMAT (default DD-MON-RR);"
                    + " the target reads it by its own date input rules");
            if (!literal) return AS_DATE.apply(operand);
            String text = ((SqlLiteral) operand).getValueAs(String.class);
            return DEFAULT_FORMAT.matcher(text.strip()).matches()
                    ? BY_DEFAULT_FORMAT.apply(operand, SqlLiteral.createCharString("DD-Mon-YYYY", SqlParserPos.ZERO)) : operand;
        }
        return operand;
    }
}

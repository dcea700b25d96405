package org.schemashift.convert.rules.oracle;

import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
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
 * A character literal is left alone: the target reads an untyped literal as the other side's type
 * too, as Oracle does ({@code number_col = '42'}); against a date its reading still depends on
 * the format, so it is reported. Concatenation needs nothing: {@code ||} takes any operand.
 */
public final class ImplicitConversionRule implements ExpressionRule {
    private static final Set<SqlKind> MIXING = EnumSet.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
            SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.PLUS, SqlKind.MINUS,
            SqlKind.TIMES, SqlKind.DIVIDE);
    private static final SqlTemplate AS_NUMBER = SqlTemplate.canonical("CAST({0} AS NUMERIC)");
    private static final SqlTemplate AS_DATE = SqlTemplate.canonical("CAST({0} AS TIMESTAMP(0))");

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
            return literal ? operand : AS_DATE.apply(operand);
        }
        return operand;
    }
}

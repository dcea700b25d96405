package org.schemashift.convert.rules.oracle;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
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
 * NLS_DATE_FORMAT, whose documented default DD-MON-RR is assumed, with an NLS item. A character
 * literal is left alone against a number: the target reads an untyped literal as the other side's
 * type too, as Oracle does ({@code number_col = '42'}). Against a date, text is read by DD-MON-RR,
 * which neither target's own date input takes alike (MySQL does not read month names, PostgreSQL's
 * YY puts 50-69 in 20xx): a four-digit year is the year, a two-digit one is in 2000-2049 when under
 * 50 and in 1950-1999 otherwise (RR while the current year is in 2000-2049), so the text is given
 * its four-digit year (a literal's at conversion, an expression's by a CASE) and read by DD-Mon-YYYY.
 * A literal not in that form is left to the target's reading. Concatenation needs nothing:
 * {@code ||} takes any operand.
 */
public final class ImplicitConversionRule implements ExpressionRule {
    private static final Set<SqlKind> MIXING = EnumSet.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
            SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.PLUS, SqlKind.MINUS,
            SqlKind.TIMES, SqlKind.DIVIDE);
    private static final SqlTemplate AS_NUMBER = SqlTemplate.canonical("CAST({0} AS NUMERIC)");
    private static final SqlTemplate BY_DEFAULT_FORMAT = SqlTemplate.canonical("CAST(PARSE_TIMESTAMP_BY_MODEL({0}, 'DD-Mon-YYYY') AS TIMESTAMP(0))");
    /** Text in DD-MON-RR whose last two characters are a two-digit year (DD-MON-YY is at most 9 characters) given its century. */
    private static final SqlTemplate FOUR_DIGIT_YEAR = SqlTemplate.canonical("CASE WHEN CHAR_LENGTH(TRIM({0})) > 9 THEN TRIM({0})"
            + " ELSE SUBSTRING(TRIM({0}) FROM 1 FOR CHAR_LENGTH(TRIM({0})) - 2)"
            + " || CASE WHEN SUBSTRING(TRIM({0}) FROM CHAR_LENGTH(TRIM({0})) - 1) < '50' THEN '20' ELSE '19' END"
            + " || SUBSTRING(TRIM({0}) FROM CHAR_LENGTH(TRIM({0})) - 1) END");
    /** Oracle's default NLS_DATE_FORMAT, DD-MON-RR, with a two- or four-digit year; month names are read in any case. */
    private static final Pattern DEFAULT_FORMAT = Pattern.compile("(\\d{1,2}-[A-Za-z]{3}-)(\\d{2}|\\d{4})");

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
            context.note(OracleCode.NLS_DEPENDENT, "text compared with a date is read by Oracle's NLS_DATE_FORMAT;"
                    + " its default DD-MON-RR was assumed (two-digit years 00-49 in 2000-2049, 50-99 in 1950-1999)");
            if (!literal) return BY_DEFAULT_FORMAT.apply(FOUR_DIGIT_YEAR.apply(operand));
            Matcher date = DEFAULT_FORMAT.matcher(((SqlLiteral) operand).getValueAs(String.class).strip());
            return date.matches() ? BY_DEFAULT_FORMAT.apply(SqlLiteral.createCharString(date.group(1) + fourDigitYear(date.group(2)),
                    SqlParserPos.ZERO)) : operand;
        }
        return operand;
    }

    /** RR's year: four digits as they are; two digits in 2000-2049 under 50, in 1950-1999 otherwise. */
    private static String fourDigitYear(String year) {
        if (year.length() == 4) return year;
        return (Integer.parseInt(year) < 50 ? "20" : "19") + year;
    }
}

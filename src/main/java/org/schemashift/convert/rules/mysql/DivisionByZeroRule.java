package org.schemashift.convert.rules.mysql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.mysql.MySqlCode;

/**
 * A division by zero in a query is NULL in MySQL (with a warning, whatever the sql_mode: strict mode and
 * ERROR_FOR_DIVISION_BY_ZERO make it an error only in data changes and stored programs;
 * https://dev.mysql.com/doc/refman/8.0/en/sql-mode.html#sqlmode_error_for_division_by_zero), where PostgreSQL raises.
 * In a view, the divisor of {@code /}, DIV, MOD and {@code %} becomes {@code NULLIF(divisor, 0)}, unless it is a
 * literal other than 0. A view's query only: a stored program raises on both.
 */
final class DivisionByZeroRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-J017";
    }

    @Override
    public boolean viewsOnly() {
        return true;
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlCall call) || call.operandCount() != 2) return null;
        boolean division = call.getKind() == SqlKind.DIVIDE || call.getKind() == SqlKind.MOD
                || PseudoFunctions.isCall(node, "DIV") || PseudoFunctions.isCall(node, "MOD");
        SqlNode divisor = division ? call.operand(1) : null;
        if (divisor == null || nonZeroLiteral(divisor)) return null;
        TypeFamily dividend = context.typeOf(call.operand(0));
        if (dividend == TypeFamily.INTERVAL || dividend.isTemporal()) return null;
        SqlParserPos p = divisor.getParserPosition();
        context.note(MySqlCode.DIVISION_BY_ZERO_NULL, call.toString());
        return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(), call.operand(0),
                SqlStdOperatorTable.NULLIF.createCall(p, divisor, SqlLiteral.createExactNumeric("0", p)));
    }

    private static boolean nonZeroLiteral(SqlNode divisor) {
        return divisor instanceof SqlNumericLiteral n && n.signum() != 0;
    }
}

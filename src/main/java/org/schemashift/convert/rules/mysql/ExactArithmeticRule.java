package org.schemashift.convert.rules.mysql;

import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.SqlTreeCopy;
import org.schemashift.source.sql.CastTargets;

/**
 * MySQL arithmetic where PostgreSQL's differs (https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html,
 * mathematical-functions.html):
 * <ul>
 *   <li>{@code a / b} is exact (7 / 2 is 3.5000; PostgreSQL divides two integers as integers; MySQL's quotient keeps 4
 *       more decimals than the dividend, div_precision_increment, PostgreSQL's at least 16): {@code CAST(a AS DECIMAL) / b}.</li>
 *   <li>{@code MOD(a, b)} / {@code a % b} takes any number; PostgreSQL's mod has no double precision form:
 *       {@code MOD(CAST(a AS DECIMAL), CAST(b AS DECIMAL))}.</li>
 *   <li>A zero divisor is left as it is: under the default sql_mode (strict, ERROR_FOR_DIVISION_BY_ZERO) MySQL raises in
 *       data changes and stored programs, as PostgreSQL does; a view's query, which gives NULL (with a warning) there,
 *       has its divisor guarded by {@link DivisionByZeroRule}.</li>
 *   <li>{@code ROUND(x, d)}, {@code TRUNCATE(x, d)}: PostgreSQL's round and trunc with a scale take numeric
 *       only, so x is cast to DECIMAL (a double is then rounded half away from zero, as MySQL rounds exact values).</li>
 *   <li>{@code LN(x)} is NULL for x &lt;= 0 (PostgreSQL raises): {@code CASE WHEN x > 0 THEN LN(x) END}
 *       (MySQL's LOG, LOG2 and LOG10 are read with that guard by their read rules).</li>
 * </ul>
 * A literal needs no cast (PostgreSQL reads 2.5 as numeric and converts an integer to numeric where
 * the function wants one), except an integer dividend: 7 / 2 would divide integers.
 */
final class ExactArithmeticRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-J012";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlCall call)) return null;
        SqlParserPos p = call.getParserPosition();
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        if (call.getKind() == SqlKind.DIVIDE && call.operandCount() == 2) {
            SqlNode dividend = call.operand(0);
            TypeFamily type = context.typeOf(dividend);
            if (type == TypeFamily.INTERVAL || type.isTemporal()) return null;
            boolean decimalLiteral = dividend instanceof SqlNumericLiteral n && !n.isInteger();
            return SqlStdOperatorTable.DIVIDE.createCall(p, decimalLiteral ? dividend : decimal(dividend), call.operand(1));
        }
        if (call.getKind() == SqlKind.MOD && call.operandCount() == 2) {
            return SqlStdOperatorTable.MOD.createCall(p, exact(call.operand(0)), exact(call.operand(1)));
        }
        if (call.operandCount() == 2 && (name.equals("ROUND") || name.equals("TRUNCATE"))) {
            SqlOperator operator = name.equals("ROUND") ? SqlStdOperatorTable.ROUND : SqlStdOperatorTable.TRUNCATE;
            return operator.createCall(p, exact(call.operand(0)), call.operand(1));
        }
        if (call.getOperator() == SqlStdOperatorTable.LN) {
            SqlNode x = call.operand(0);
            return SqlCase.createSwitched(p, null, SqlNodeList.of(SqlStdOperatorTable.GREATER_THAN.createCall(p, x, zero(p))),
                    SqlNodeList.of(SqlStdOperatorTable.LN.createCall(p, SqlTreeCopy.of(x))), null);
        }
        return null;
    }

    /** {@code node} as a DECIMAL, unless it is a literal (an integer one converts to numeric implicitly) or a cast already. */
    private static SqlNode exact(SqlNode node) {
        return node instanceof SqlNumericLiteral ? node : decimal(node);
    }

    private static SqlNode decimal(SqlNode node) {
        if (node.getKind() == SqlKind.CAST) return node;
        return SqlStdOperatorTable.CAST.createCall(node.getParserPosition(), node,
                CastTargets.standard(SqlTypeName.DECIMAL, node.getParserPosition()));
    }

    private static SqlNode zero(SqlParserPos p) {
        return SqlLiteral.createExactNumeric("0", p);
    }
}

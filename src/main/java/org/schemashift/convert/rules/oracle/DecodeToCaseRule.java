package org.schemashift.convert.rules.oracle;

import org.schemashift.model.sql.PseudoFunctions;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;

/**
 * {@code DECODE(expr, s1, r1, s2, r2, ..., default)} becomes a searched CASE. DECODE considers two
 * NULLs equal ("Oracle Database considers two nulls to be equivalent"), so a NULL search is
 * {@code expr IS NULL} and a non-literal search {@code expr IS NOT DISTINCT FROM s}; a non-null
 * literal search is a plain {@code =}, which then means the same. Results take the first
 * result's type, as on Oracle ({@code DECODE(x, 1, 'one', 2)} gives the text '2').
 */
public final class DecodeToCaseRule implements ExpressionRule {

    @Override
    public String id() {
        return "ORA-J005";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "DECODE") || ((SqlCall) node).operandCount() < 3) return null;
        List<SqlNode> args = ((SqlCall) node).getOperandList();
        SqlParserPos pos = node.getParserPosition();
        SqlNode expr = args.get(0);
        TypeFamily resultType = context.typeOf(args.get(2));
        SqlNodeList whens = new SqlNodeList(pos);
        SqlNodeList thens = new SqlNodeList(pos);
        int i = 1;
        for (; i + 1 < args.size(); i += 2) {
            whens.add(matches(expr, args.get(i), pos));
            thens.add(OracleNodes.convertedLike(args.get(i + 1), resultType, context));
        }
        SqlNode otherwise = i < args.size() ? OracleNodes.convertedLike(args.get(i), resultType, context) : SqlLiteral.createNull(pos);
        return new SqlCase(pos, null, whens, thens, otherwise);
    }

    private static SqlNode matches(SqlNode expr, SqlNode search, SqlParserPos pos) {
        if (OracleNodes.isNullLiteral(search)) return SqlStdOperatorTable.IS_NULL.createCall(pos, expr);
        if (OracleNodes.isNonNullLiteral(search)) return SqlStdOperatorTable.EQUALS.createCall(pos, expr, search);
        return SqlStdOperatorTable.IS_NOT_DISTINCT_FROM.createCall(pos, expr, search);
    }
}

package org.schemashift.convert.rules.oracle;

import org.schemashift.model.sql.PseudoFunctions;
import java.util.ArrayList;
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

/**
 * Oracle GREATEST/LEAST return NULL when any argument is NULL; PostgreSQL's ignore NULL
 * arguments. The call is guarded: {@code CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE
 * greatest(a, b) END}; non-null literal arguments need no test.
 */
public final class NullSafeGreatestLeastRule implements ExpressionRule {

    @Override
    public String id() {
        return "OR-PG-J006";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean greatest = PseudoFunctions.isCall(node, "GREATEST");
        if (!greatest && !PseudoFunctions.isCall(node, "LEAST")) return null;
        SqlCall call = (SqlCall) node;
        SqlParserPos pos = call.getParserPosition();
        SqlCall withArgs = OracleNodes.call(greatest ? "greatest" : "least", call.getOperandList());
        List<SqlNode> nullTests = new ArrayList<>();
        for (SqlNode arg : call.getOperandList()) {
            if (!OracleNodes.isNonNullLiteral(arg)) nullTests.add(SqlStdOperatorTable.IS_NULL.createCall(pos, arg));
        }
        if (nullTests.isEmpty()) return withArgs;
        SqlNode anyNull = nullTests.get(0);
        for (int i = 1; i < nullTests.size(); i++) anyNull = SqlStdOperatorTable.OR.createCall(pos, anyNull, nullTests.get(i));
        return new SqlCase(pos, null, SqlNodeList.of(anyNull), SqlNodeList.of(SqlLiteral.createNull(pos)), withArgs);
    }
}

package org.schemashift.convert.rules.sqlserver;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;

/** {@code CHOOSE(i, a, b, ...)} is the i-th value (1-based), NULL when i is out of range: a simple CASE on i. */
final class ChooseRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J008";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "CHOOSE") || ((SqlCall) node).operandCount() < 2) return null;
        SqlCall call = (SqlCall) node;
        SqlParserPos p = call.getParserPosition();
        List<SqlNode> values = call.getOperandList().subList(1, call.operandCount());
        SqlNodeList when = new SqlNodeList(p);
        SqlNodeList then = new SqlNodeList(p);
        for (int i = 0; i < values.size(); i++) {
            when.add(SqlLiteral.createExactNumeric(String.valueOf(i + 1), p));
            then.add(values.get(i));
        }
        return new SqlCase(p, call.operand(0), when, then, SqlLiteral.createNull(p));
    }
}

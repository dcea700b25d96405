package org.schemashift.convert.rules.mysql;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * MySQL CONCAT(a, b, ...) is NULL when any argument is NULL, which is exactly the standard
 * {@code a || b || ...} (targets spell it: PostgreSQL's own concat() skips NULLs and is not
 * immutable, so generated columns and index expressions could not use it; MySQL writes CONCAT).
 * CONCAT(a) is a.
 */
public final class ConcatToPipesRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-J001";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "CONCAT") || ((SqlCall) node).operandCount() < 1) {
            return null;
        }
        SqlCall call = (SqlCall) node;
        List<SqlNode> args = call.getOperandList();
        SqlNode result = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            result = SqlStdOperatorTable.CONCAT.createCall(call.getParserPosition(), result, args.get(i));
        }
        return result;
    }
}

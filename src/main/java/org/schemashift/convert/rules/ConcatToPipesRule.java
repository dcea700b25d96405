package org.schemashift.convert.rules;

import org.schemashift.model.sql.PseudoFunctions;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * MySQL CONCAT(a, b, ...) is NULL when any argument is NULL, which is exactly {@code a || b || ...}
 * in PostgreSQL (whose own concat() skips NULLs, and is not immutable, so generated columns
 * and index expressions could not use it).
 */
public final class ConcatToPipesRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-PG-J001";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "CONCAT") || ((SqlCall) node).operandCount() < 2) {
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

package org.schemashift.convert.rules.oracle;

import org.schemashift.model.sql.PseudoFunctions;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;

/**
 * {@code NVL(a, b)} is {@code COALESCE(a, b)}, except that Oracle converts b to a's type
 * ({@code NVL(name, 0)} is text, {@code NVL(qty, '0')} a number) where a strictly typed target
 * (PostgreSQL) refuses to mix text and numbers in COALESCE; b is converted first when the types say so.
 */
public final class NvlRule implements ExpressionRule {
    private static final SqlTemplate COALESCE = SqlTemplate.canonical("COALESCE({0}, {1})");

    @Override
    public String id() {
        return "ORA-J024";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "NVL") || ((SqlCall) node).operandCount() != 2) return null;
        SqlCall call = (SqlCall) node;
        return COALESCE.apply(call.operand(0), OracleNodes.convertedLike(call.operand(1), context.typeOf(call.operand(0)), context));
    }
}

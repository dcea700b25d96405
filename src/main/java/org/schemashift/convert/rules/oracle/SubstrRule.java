package org.schemashift.convert.rules.oracle;

import org.schemashift.model.sql.PseudoFunctions;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Oracle SUBSTR counts a negative position from the end, treats position 0 as 1, returns NULL
 * for a length below 1 and (like every Oracle string function) NULL instead of ''. With a
 * positive literal position (and length) the standard SUBSTRING means the same once '' becomes
 * NULL; any other position is Calcite's SUBSTR_ORACLE, which targets spell (PostgreSQL: the
 * oracle_compat.substr helper).
 */
public final class SubstrRule implements ExpressionRule {
    private static final SqlTemplate PLAIN_2 = SqlTemplate.canonical("NULLIF(SUBSTRING({0}, {1}), '')");
    private static final SqlTemplate PLAIN_3 = SqlTemplate.canonical("NULLIF(SUBSTRING({0}, {1}, {2}), '')");
    private static final SqlTemplate COMPAT_2 = SqlTemplate.canonical("SUBSTR_ORACLE({0}, {1})");
    private static final SqlTemplate COMPAT_3 = SqlTemplate.canonical("SUBSTR_ORACLE({0}, {1}, {2})");

    @Override
    public String id() {
        return "ORA-J010";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "SUBSTR")) return null;
        SqlCall call = (SqlCall) node;
        if (call.operandCount() != 2 && call.operandCount() != 3) return null;
        Long position = OracleNodes.integerValue(call.operand(1));
        Long length = call.operandCount() == 3 ? OracleNodes.integerValue(call.operand(2)) : null;
        boolean plain = position != null && position > 0 && (call.operandCount() == 2 || (length != null && length > 0));
        if (call.operandCount() == 2) return (plain ? PLAIN_2 : COMPAT_2).apply(call.operand(0), call.operand(1));
        return (plain ? PLAIN_3 : COMPAT_3).apply(call.operand(0), call.operand(1), call.operand(2));
    }
}

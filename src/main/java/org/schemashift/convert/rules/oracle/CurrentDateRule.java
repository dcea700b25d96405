package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Oracle CURRENT_DATE is the session's current date AND time, of type DATE (the standard
 * CURRENT_DATE has no time): it becomes {@code LOCALTIMESTAMP(0)}. The bare-name and unresolved
 * forms are mapped by the function rules; this rule handles Calcite's standard operator.
 */
public final class CurrentDateRule implements ExpressionRule {
    private static final SqlTemplate LOCALTIMESTAMP = SqlTemplate.canonical("LOCALTIMESTAMP(0)");

    @Override
    public String id() {
        return "ORA-J003";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        return node instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.CURRENT_DATE
                ? LOCALTIMESTAMP.apply() : null;
    }
}

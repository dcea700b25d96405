package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;

/**
 * {@code TRIM([LEADING|TRAILING|BOTH] c FROM s)} means the same on both databases except that
 * Oracle returns NULL where the result is empty ({@code TRIM('   ') IS NULL} is true on Oracle),
 * so the call is wrapped in {@code NULLIF(..., '')}. LTRIM/RTRIM are function rules.
 */
public final class TrimToNullRule implements ExpressionRule {
    private static final SqlTemplate NULL_IF_EMPTY = SqlTemplate.canonical("NULLIF({0}, '')");

    @Override
    public String id() {
        return "ORA-J022";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        return node.getKind() == SqlKind.TRIM ? NULL_IF_EMPTY.apply(node) : null;
    }
}

package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.ActionCode;

/** Optimizer hints ({@code /*+ INDEX(t) *}{@code /}) have no PostgreSQL equivalent: dropped, with a note. */
public final class DropHintsRule implements ExpressionRule {
    @Override
    public String id() {
        return "OR-PG-J016";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlSelect select) || select.getHints() == null || select.getHints().isEmpty()) return null;
        context.note(ActionCode.ORACLE_HINT_DROPPED, "hint /*+ " + select.getHints() + " */ dropped");
        SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
        copy.setHints(SqlNodeList.EMPTY);
        return copy;
    }
}

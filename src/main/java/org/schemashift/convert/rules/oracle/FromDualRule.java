package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/** {@code SELECT ... FROM DUAL}: PostgreSQL needs no FROM clause for a one-row SELECT. */
public final class FromDualRule implements ExpressionRule {
    @Override
    public String id() {
        return "ORA-J015";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlSelect select) || !(select.getFrom() instanceof SqlIdentifier table)
                || !table.names.get(table.names.size() - 1).equalsIgnoreCase("DUAL")
                || (table.names.size() == 2 && !table.names.get(0).equalsIgnoreCase("SYS"))) {
            return null;
        }
        SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
        copy.setFrom(null);
        return copy;
    }
}

package org.schemashift.convert.rules.mysql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.TargetColumnValues;

/**
 * MySQL runs a single-table UPDATE's SET from left to right: a value that reads a column set
 * before it sees the new contents ("UPDATE t SET col1 = col1 + 1, col2 = col1" sets both to the
 * same value, https://dev.mysql.com/doc/refman/8.0/en/update.html). The canonical meaning, every
 * value read from the old row, is kept by writing such a reference as the value assigned to it.
 * A reference is the target's column when the resolver says so, or, when the table is not in the
 * input, when it is qualified by the target's name or bare outside any subquery.
 */
public final class SequentialSetRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-J002";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlUpdate update) || update.getTargetColumnList().size() < 2) return null;
        String target = TargetColumnValues.targetName(update.getTargetTable(), update.getAlias());
        Map<String, SqlNode> assigned = new HashMap<>();
        SqlNodeList values = new SqlNodeList(update.getSourceExpressionList().getParserPosition());
        boolean changed = false;
        for (int i = 0; i < update.getTargetColumnList().size(); i++) {
            SqlNode value = update.getSourceExpressionList().get(i);
            SqlNode sequential = assigned.isEmpty() ? value : value.accept(new AssignedBefore(target, assigned, context));
            changed |= sequential != value;
            values.add(sequential);
            if (update.getTargetColumnList().get(i) instanceof SqlIdentifier column) {
                assigned.put(column.getSimple().toUpperCase(Locale.ROOT), sequential);
            }
        }
        if (!changed) return null;
        return new SqlUpdate(update.getParserPosition(), update.getTargetTable(), update.getTargetColumnList(), values,
                update.getCondition(), update.getSourceSelect(), update.getAlias());
    }

    /** The columns already assigned replaced by their new values; the resolver tells the target's columns where it knows the table. */
    private static final class AssignedBefore extends TargetColumnValues {
        private final String target;
        private final RuleContext context;

        AssignedBefore(String target, Map<String, SqlNode> assigned, RuleContext context) {
            super(target, assigned);
            this.target = target;
            this.context = context;
        }

        @Override
        protected Boolean isTargetColumn(SqlIdentifier id, boolean inSubquery) {
            String owner = context.relationOf(id);
            if (owner != null) return owner.equalsIgnoreCase(target);
            return Boolean.TRUE.equals(super.isTargetColumn(id, inSubquery));
        }
    }
}

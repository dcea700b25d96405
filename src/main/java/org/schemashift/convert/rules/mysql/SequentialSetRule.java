package org.schemashift.convert.rules.mysql;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

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
        List<String> table = ((SqlIdentifier) update.getTargetTable()).names;
        String target = (update.getAlias() != null ? update.getAlias().getSimple() : table.get(table.size() - 1)).toUpperCase(Locale.ROOT);
        Map<String, SqlNode> assigned = new HashMap<>();
        SqlNodeList values = new SqlNodeList(update.getSourceExpressionList().getParserPosition());
        boolean changed = false;
        for (int i = 0; i < update.getTargetColumnList().size(); i++) {
            SqlNode value = update.getSourceExpressionList().get(i);
            SqlNode sequential = assigned.isEmpty() ? value : value.accept(new AssignedValues(assigned, target, context));
            changed |= sequential != value;
            values.add(sequential);
            if (update.getTargetColumnList().get(i) instanceof SqlIdentifier column) {
                assigned.put(column.getSimple().toUpperCase(Locale.ROOT), sequential);
            }
        }
        if (!changed) return null;
        return new SqlUpdate(update.getParserPosition(), update.getTargetTable(), update.getTargetColumnList(), values,
                update.getCondition(), null, update.getAlias());
    }

    /** Replaces the target's columns already assigned by their new values. */
    private static final class AssignedValues extends SqlShuttle {
        private final Map<String, SqlNode> assigned;
        private final String target;
        private final RuleContext context;
        private int queryDepth;

        AssignedValues(Map<String, SqlNode> assigned, String target, RuleContext context) {
            this.assigned = assigned;
            this.target = target;
            this.context = context;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            SqlNode value = assigned.get(id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT));
            return value != null && isTargetColumn(id) ? value : id;
        }

        private boolean isTargetColumn(SqlIdentifier id) {
            String owner = context.relationOf(id);
            if (owner != null) return owner.equalsIgnoreCase(target);
            return id.names.size() == 2 && id.names.get(0).equalsIgnoreCase(target) || id.names.size() == 1 && queryDepth == 0;
        }

        @Override
        public SqlNode visit(SqlCall call) {
            boolean query = call.getKind().belongsTo(SqlKind.QUERY);
            if (query) queryDepth++;
            try {
                return super.visit(call);
            } finally {
                if (query) queryDepth--;
            }
        }
    }
}

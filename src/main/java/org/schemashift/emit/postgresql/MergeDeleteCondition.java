package org.schemashift.emit.postgresql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.sql.ConditionalMerge;

/**
 * Oracle's {@code DELETE WHERE d} in a MERGE's matched branch deletes the rows the branch has just
 * updated that then satisfy {@code d}: {@code d} sees the updated values. A PostgreSQL MERGE takes one
 * action per row, so the row is deleted instead of updated when {@code d} holds on the values the
 * update would give it: {@code d} with every target column the SET assigns replaced by its new
 * value. That is exact when the SET values have no side effects; what cannot be replaced (a column
 * set to DEFAULT or by a row assignment, a bare column name inside a subquery, which may be the
 * subquery's own) leaves no condition at all, and the statement is not written.
 */
final class MergeDeleteCondition {
    private MergeDeleteCondition() {
    }

    /** {@code d} on the updated row, or null when it cannot be written so. */
    static SqlNode onUpdatedRow(ConditionalMerge merge) {
        SqlUpdate update = merge.getUpdateCall();
        Map<String, SqlNode> assigned = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (int i = 0; i < update.getTargetColumnList().size(); i++) {
            SqlNode target = update.getTargetColumnList().get(i);
            SqlNode value = update.getSourceExpressionList().get(i);
            if (target instanceof SqlIdentifier column && value.getKind() != SqlKind.DEFAULT) {
                assigned.put(column.getSimple(), value);
            } else if (target instanceof SqlIdentifier column) {
                unknown.add(column.getSimple());
            } else {
                ((SqlCall) target).getOperandList().forEach(c -> unknown.add(((SqlIdentifier) c).getSimple()));
            }
        }
        String qualifier = merge.getAlias() != null ? merge.getAlias().getSimple() : last(((SqlIdentifier) merge.getTargetTable()).names);
        Replacer replacer = new Replacer(qualifier, assigned, unknown);
        SqlNode replaced = merge.deleteCondition().accept(replacer);
        return replacer.failed ? null : replaced;
    }

    private static String last(List<String> names) {
        return names.get(names.size() - 1);
    }

    private static final class Replacer extends SqlShuttle {
        private final String qualifier;
        private final Map<String, SqlNode> assigned;
        private final Set<String> unknown;
        private int queryDepth;
        boolean failed;

        Replacer(String qualifier, Map<String, SqlNode> assigned, Set<String> unknown) {
            this.qualifier = qualifier;
            this.assigned = assigned;
            this.unknown = unknown;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            boolean targetColumn = id.names.size() == 2 && id.names.get(0).equals(qualifier) || id.names.size() == 1;
            if (!targetColumn) return id;
            String column = last(id.names);
            boolean set = assigned.containsKey(column) || unknown.contains(column);
            if (set && (unknown.contains(column) || id.names.size() == 1 && queryDepth > 0)) failed = true;
            return set && !failed ? assigned.get(column) : id;
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

package org.schemashift.emit.postgresql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUpdate;
import org.schemashift.model.sql.ConditionalMerge;
import org.schemashift.model.sql.TargetColumnValues;

/**
 * Oracle's {@code DELETE WHERE d} in a MERGE's matched branch deletes the rows the branch has just
 * updated that then satisfy {@code d}: {@code d} sees the updated values. A PostgreSQL MERGE takes one
 * action per row, so the row is deleted instead of updated when {@code d} holds on the values the
 * update would give it: {@code d} with every target column the SET assigns replaced by its new
 * value. That is exact when the SET values have no side effects; what cannot be replaced (a column
 * set to DEFAULT or by a row assignment, a bare set column's name inside a subquery, which may be
 * the subquery's own) leaves no condition at all, and the statement is not written.
 */
final class MergeDeleteCondition {
    private MergeDeleteCondition() {
    }

    /** {@code d} on the updated row, or null when it cannot be written so. */
    static SqlNode onUpdatedRow(ConditionalMerge merge) {
        SqlUpdate update = merge.getUpdateCall();
        Map<String, SqlNode> assigned = new HashMap<>();
        for (int i = 0; i < update.getTargetColumnList().size(); i++) {
            SqlNode target = update.getTargetColumnList().get(i);
            SqlNode value = update.getSourceExpressionList().get(i);
            if (target instanceof SqlIdentifier column) {
                assigned.put(upper(column), value.getKind() == SqlKind.DEFAULT ? null : value);
            } else {
                ((SqlCall) target).getOperandList().forEach(c -> assigned.put(upper((SqlIdentifier) c), null));
            }
        }
        TargetColumnValues updated = new TargetColumnValues(TargetColumnValues.targetName(merge.getTargetTable(), merge.getAlias()), assigned);
        SqlNode condition = merge.deleteCondition().accept(updated);
        return updated.unresolved() ? null : condition;
    }

    private static String upper(SqlIdentifier column) {
        return column.getSimple().toUpperCase(Locale.ROOT);
    }
}

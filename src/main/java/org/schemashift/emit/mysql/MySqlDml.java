package org.schemashift.emit.mysql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.DmlText;
import org.schemashift.emit.UniqueKeys;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.ConditionalMerge;
import org.schemashift.model.sql.TargetColumnValues;

/**
 * INSERT, UPDATE, DELETE and MERGE as MySQL (and MariaDB) run them with the source's meaning:
 * <ul>
 *   <li>INSERT without the target's alias, which MySQL does not take and nothing in an INSERT reads;</li>
 *   <li>UPDATE and MERGE's update with their assignments ordered for MySQL's left-to-right SET
 *       ({@link MySqlAssignments});</li>
 *   <li>DELETE with an alias as {@code DELETE a FROM t AS a ...}, the form MariaDB takes too;</li>
 *   <li>MERGE as INSERT ... ON DUPLICATE KEY UPDATE where that is the same change
 *       ({@link MySqlMergeAsUpsert}), a decision in the report;</li>
 *   <li>{@code WHERE CURRENT OF} nowhere: MySQL cursors are read-only;</li>
 *   <li>an UPDATE or DELETE whose subquery reads the changed table written, with an item: MySQL
 *       refuses it, MariaDB runs it ({@link MySqlSubqueryOnTarget}).</li>
 * </ul>
 * What cannot be written is null after an action item, and the caller comments the statement out.
 */
final class MySqlDml {
    static final String MERGE_AS_UPSERT = "mysql.merge-as-upsert";

    private final DmlText text;
    private final UniqueKeys keys;
    private final SourceSpan where;
    private final ActionItems items;

    /** {@code items} null: the caller takes no items, so a statement that cannot be written fails. */
    MySqlDml(DmlText text, UniqueKeys keys, SourceSpan where, ActionItems items) {
        this.text = text;
        this.keys = keys;
        this.where = where;
        this.items = items;
    }

    String write(SqlNode statement) {
        return switch (statement.getKind()) {
            case INSERT -> insert((SqlInsert) statement);
            case UPDATE -> update((SqlUpdate) statement);
            case DELETE -> delete((SqlDelete) statement);
            default -> merge((ConditionalMerge) statement);
        };
    }

    private String insert(SqlInsert insert) {
        SqlNode table = insert.getTargetTable();
        if (table.getKind() != SqlKind.AS) return text.insert(insert);
        return text.insert(new SqlInsert(insert.getParserPosition(), (SqlNodeList) insert.getOperandList().get(0),
                ((SqlCall) table).operand(0), insert.getSource(), insert.getTargetColumnList()));
    }

    private String update(SqlUpdate update) {
        if (ProcOperators.currentOfCursor(update.getCondition()) != null) return currentOf();
        MySqlAssignments.Result set = MySqlAssignments.of(update.getTargetColumnList(), update.getSourceExpressionList(),
                TargetColumnValues.targetName(update.getTargetTable(), update.getAlias()));
        if (!set.written()) return notWritten(set.problem(), set.reason());
        noteSubqueryOnTarget(update, update.getTargetTable());
        return text.update(update, set.targets(), set.values());
    }

    private String delete(SqlDelete delete) {
        if (ProcOperators.currentOfCursor(delete.getCondition()) != null) return currentOf();
        noteSubqueryOnTarget(delete, delete.getTargetTable());
        if (delete.getAlias() == null) return text.delete(delete);
        return "DELETE " + text.part(delete.getAlias()) + " FROM " + text.target(delete.getTargetTable(), delete.getAlias())
                + text.where(delete.getCondition());
    }

    private String merge(ConditionalMerge merge) {
        MySqlMergeAsUpsert.Upsert upsert = MySqlMergeAsUpsert.of(merge, keys);
        if (upsert.reason() != null) return notWritten(MySqlTargetCode.MERGE_NOT_WRITTEN, upsert.reason());
        MySqlAssignments.Result set = MySqlAssignments.of(upsert.targets(), upsert.values(),
                TargetColumnValues.targetName(merge.getTargetTable(), null));
        if (!set.written()) return notWritten(set.problem(), set.reason());
        if (items != null) {
            items.decided(where, MERGE_AS_UPSERT, "MERGE written as INSERT ... ON DUPLICATE KEY UPDATE (its ON columns are the "
                    + "table's only unique key; ROW_COUNT() counts an updated row twice)");
        }
        return text.insert(upsert.insert()) + " ON DUPLICATE KEY UPDATE " + text.assignments(set.targets(), set.values());
    }

    private String currentOf() {
        return notWritten(MySqlTargetCode.CURRENT_OF, "MySQL cursors are read-only: WHERE CURRENT OF cannot be written");
    }

    private void noteSubqueryOnTarget(SqlCall statement, SqlNode target) {
        if (items != null && MySqlSubqueryOnTarget.found(statement, target)) {
            items.add(MySqlTargetCode.SUBQUERY_ON_TARGET, where, "a subquery reads " + target + ", the table the statement "
                    + "changes: MariaDB runs it, MySQL refuses it (error 1093)");
        }
    }

    private String notWritten(MySqlTargetCode code, String reason) {
        if (items == null) throw new IllegalStateException(reason);
        items.add(code, where, reason);
        return null;
    }
}

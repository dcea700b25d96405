package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.DmlText;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.sql.ConditionalMerge;

/**
 * INSERT, UPDATE, DELETE and MERGE for PostgreSQL, from their parts ({@link DmlText}): UPDATE with a
 * row assignment as PostgreSQL writes it too ({@code SET (a, b) = (SELECT ...)}), and MERGE in
 * PostgreSQL 15's form: {@code WHEN MATCHED [AND c] THEN UPDATE}, {@code WHEN NOT MATCHED [AND c]
 * THEN INSERT}, and Oracle's DELETE WHERE as a {@code WHEN MATCHED AND c AND d THEN DELETE} before the
 * update, {@code d} read on the updated values ({@link MergeDeleteCondition}). SET targets are the
 * target's bare column names, as PostgreSQL requires.
 */
final class PostgresqlDml {
    private final DmlText text;

    PostgresqlDml(DmlText text) {
        this.text = text;
    }


    /**
     * The statement's text; null when it cannot be written, after an action item at {@code where}
     * ({@code items} may be null where the caller takes no items: the text is then required).
     */
    String write(SqlNode node, SourceSpan where, ActionItems items) {
        if (node instanceof SqlInsert insert) return text.insert(insert);
        if (node instanceof SqlUpdate update) return update(update);
        if (node instanceof SqlDelete delete) return delete(delete);
        ConditionalMerge merge = (ConditionalMerge) node;
        List<String> branches = new ArrayList<>();
        SqlUpdate update = merge.getUpdateCall();
        if (update != null) {
            if (merge.deleteCondition() != null) {
                SqlNode onUpdatedRow = MergeDeleteCondition.onUpdatedRow(merge);
                if (onUpdatedRow == null) {
                    if (items == null) throw new IllegalStateException("MERGE DELETE WHERE cannot be written: " + merge);
                    items.add(PostgresqlCode.MERGE_DELETE_NOT_WRITTEN, where, "the DELETE WHERE condition of this MERGE reads a "
                            + "column the UPDATE sets in a way PostgreSQL cannot repeat (DEFAULT, a row assignment, or a bare name "
                            + "inside a subquery)");
                    return null;
                }
                if (items != null) {
                    items.add(PostgresqlCode.MERGE_DELETE_BEFORE_UPDATE, where, "MERGE DELETE WHERE: the rows are deleted instead "
                            + "of updated, so UPDATE triggers do not fire for them");
                }
                branches.add("WHEN MATCHED AND " + text.part(and(update.getCondition(), onUpdatedRow)) + " THEN DELETE");
            }
            branches.add("WHEN MATCHED" + andCondition(update.getCondition()) + " THEN UPDATE SET "
                    + text.assignments(update.getTargetColumnList(), update.getSourceExpressionList()));
        }
        SqlInsert insert = merge.getInsertCall();
        if (insert != null) {
            branches.add("WHEN NOT MATCHED" + andCondition(merge.insertCondition()) + " THEN INSERT"
                    + (insert.getTargetColumnList() == null ? "" : " " + text.columns(insert.getTargetColumnList()))
                    + " " + text.part(insert.getSource()));
        }
        return "MERGE INTO " + text.target(merge.getTargetTable(), merge.getAlias()) + " USING " + source(merge.getSourceTableRef())
                + " ON " + text.part(merge.getCondition()) + " " + String.join(" ", branches);
    }

    /**
     * UPDATE with the source select's FROM items as {@code FROM}; a source select with a FETCH (T-SQL's
     * TOP (n)) changes that many rows, whichever: those whose {@code ctid} a subquery of the target
     * limited to n rows picks.
     */
    private String update(SqlUpdate update) {
        SqlSelect source = (SqlSelect) update.getSourceSelect();
        if (source == null) return text.update(update);
        String set = "UPDATE " + text.target(update.getTargetTable(), update.getAlias()) + " SET "
                + text.assignments(update.getTargetColumnList(), update.getSourceExpressionList());
        if (source.getFetch() != null) return set + limited(update.getTargetTable(), update.getAlias(), update.getCondition(), source);
        return set + " FROM " + text.part(source.getFrom()) + text.where(update.getCondition());
    }

    /** DELETE with the source select's FROM items as {@code USING}, or limited as {@link #update}. */
    private String delete(SqlDelete delete) {
        SqlSelect source = (SqlSelect) delete.getSourceSelect();
        if (source == null) return text.delete(delete);
        String head = "DELETE FROM " + text.target(delete.getTargetTable(), delete.getAlias());
        if (source.getFetch() != null) return head + limited(delete.getTargetTable(), delete.getAlias(), delete.getCondition(), source);
        return head + " USING " + text.part(source.getFrom()) + text.where(delete.getCondition());
    }

    private String limited(SqlNode table, org.apache.calcite.sql.SqlIdentifier alias, SqlNode condition, SqlSelect source) {
        return " WHERE ctid IN (SELECT ctid FROM " + text.target(table, alias) + text.where(condition) + " LIMIT "
                + text.part(source.getFetch()) + ")";
    }

    /** PostgreSQL 15 wants an alias on a subquery source, which Oracle does not; nothing can refer to the one given. */
    private String source(SqlNode source) {
        return source.getKind().belongsTo(SqlKind.QUERY) ? text.part(source) + " AS merge_source" : text.part(source);
    }

    private String andCondition(SqlNode condition) {
        return condition == null ? "" : " AND " + text.part(condition);
    }

    private static SqlNode and(SqlNode first, SqlNode second) {
        return first == null ? second : SqlStdOperatorTable.AND.createCall(second.getParserPosition(), first, second);
    }
}

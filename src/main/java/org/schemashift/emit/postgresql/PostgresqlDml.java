package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
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
        if (node instanceof SqlUpdate update) return text.update(update);
        if (node instanceof SqlDelete delete) return text.delete(delete);
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

package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.DmlText;
import org.schemashift.emit.UniqueKeys;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.sql.ConditionalMerge;
import org.schemashift.model.sql.Upsert;

/**
 * INSERT, UPDATE, DELETE and MERGE for PostgreSQL, from their parts ({@link DmlText}): UPDATE with a
 * row assignment as PostgreSQL writes it too ({@code SET (a, b) = (SELECT ...)}), and MERGE in
 * PostgreSQL 15's form: {@code WHEN MATCHED [AND c] THEN UPDATE}, {@code WHEN NOT MATCHED [AND c]
 * THEN INSERT}, T-SQL's {@code WHEN MATCHED [AND c] THEN DELETE} first, and Oracle's DELETE WHERE as a
 * {@code WHEN MATCHED AND c AND d THEN DELETE} before the update, {@code d} read on the updated values
 * ({@link MergeDeleteCondition}). SET targets are the
 * target's bare column names, as PostgreSQL requires. MySQL's INSERT IGNORE, REPLACE and ON DUPLICATE
 * KEY UPDATE ({@link Upsert}) are INSERT ... ON CONFLICT.
 */
final class PostgresqlDml {
    private final DmlText text;
    private final UniqueKeys keys;

    PostgresqlDml(DmlText text, UniqueKeys keys) {
        this.text = text;
        this.keys = keys;
    }

    /**
     * The statement's text; null when it cannot be written, after an action item at {@code where}
     * ({@code items} may be null where the caller takes no items: the text is then required).
     */
    String write(SqlNode node, SourceSpan where, ActionItems items) {
        if (node instanceof Upsert upsert) return upsert(upsert, where, items);
        if (node instanceof SqlInsert insert) return text.insert(insert);
        if (node instanceof SqlUpdate update) return update(update);
        if (node instanceof SqlDelete delete) return delete(delete);
        ConditionalMerge merge = (ConditionalMerge) node;
        List<String> branches = new ArrayList<>();
        if (merge.matchedDelete() != null) branches.add("WHEN MATCHED" + andCondition(merge.matchedDelete()) + " THEN DELETE");
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
     * TOP (n), MySQL's ORDER BY ... LIMIT n) changes that many rows, the first in its order if it has
     * one: those whose {@code ctid} a subquery of the target so ordered and limited picks.
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

    private String limited(SqlNode table, SqlIdentifier alias, SqlNode condition, SqlSelect source) {
        String order = source.getOrderList() == null || source.getOrderList().isEmpty() ? ""
                : " ORDER BY " + source.getOrderList().stream().map(text::part).collect(Collectors.joining(", "));
        return " WHERE ctid IN (SELECT ctid FROM " + text.target(table, alias) + text.where(condition) + order + " LIMIT "
                + text.part(source.getFetch()) + ")";
    }

    /**
     * {@code INSERT ... ON CONFLICT}: DO NOTHING covers every unique key, as the source does; DO UPDATE
     * names one key ({@link UpsertKey}), and a replace sets every inserted column to the proposed
     * row's value ({@code excluded.c}).
     */
    private String upsert(Upsert upsert, SourceSpan where, ActionItems items) {
        String insert = text.insert(upsert.insert());
        if (upsert.onDuplicate() == Upsert.OnDuplicate.NOTHING) return insert + " ON CONFLICT DO NOTHING";
        List<String> table = ((SqlIdentifier) upsert.getTargetTable()).names;
        if (keys.ofTable(table) != null && keys.ofTable(table).isEmpty()) return insert;   // no key: nothing is ever a duplicate
        UpsertKey.Choice key = UpsertKey.choose(keys.ofTable(table), upsert.getTargetColumnList());
        List<String> columns = upsert.getTargetColumnList() != null ? upsert.getTargetColumnList().stream().map(UpsertKey::name).toList()
                : keys.columnsOf(table);
        if (key.columns() == null || columns == null) {
            if (items == null) throw new IllegalStateException("no conflict target for " + upsert);
            items.add(PostgresqlCode.UPSERT_KEY_UNKNOWN, where, "no conflict target for " + String.join(".", table)
                    + (key.columns() == null ? ": " + key.reason() : ": its columns are unknown"));
            return null;
        }
        if (key.reason() != null && items != null) items.add(PostgresqlCode.UPSERT_ONE_KEY, where, key.reason());
        SqlParserPos pos = upsert.getParserPosition();
        List<SqlNode> targets = new ArrayList<>();
        List<SqlNode> values = new ArrayList<>();
        if (upsert.onDuplicate() == Upsert.OnDuplicate.UPDATE) {
            targets.addAll(upsert.updateTargets());
            values.addAll(upsert.updateValues());
        } else {
            for (String column : columns) {
                targets.add(new SqlIdentifier(column, pos));
                values.add(new SqlIdentifier(List.of(Upsert.PROPOSED, column), pos));
            }
        }
        List<SqlNode> keyColumns = key.columns().stream().<SqlNode>map(c -> new SqlIdentifier(c, pos)).toList();
        return insert + " ON CONFLICT " + text.columns(keyColumns) + " DO UPDATE SET " + text.assignments(targets, values);
    }

    /** PostgreSQL 15 wants an alias on a subquery source, which Oracle does not; nothing can refer to the one given. */
    private String source(SqlNode source) {
        return source.getKind().belongsTo(SqlKind.QUERY) ? text.part(source) + " AS merge_source" : text.part(source);
    }

    private String andCondition(SqlNode condition) {
        return condition == null || condition instanceof SqlLiteral l && Boolean.TRUE.equals(l.getValue()) ? ""
                : " AND " + text.part(condition);
    }

    private static SqlNode and(SqlNode first, SqlNode second) {
        return first == null ? second : SqlStdOperatorTable.AND.createCall(second.getParserPosition(), first, second);
    }
}

package org.schemashift.emit.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.Litmus;
import org.schemashift.emit.UniqueKeys;
import org.schemashift.model.sql.ConditionalMerge;
import org.schemashift.model.sql.TargetColumnValues;

/**
 * MySQL has no MERGE. A MERGE becomes {@code INSERT ... VALUES (...) ON DUPLICATE KEY UPDATE ...}
 * only when that is provably the same change:
 * <ul>
 *   <li>the source is one row of plain values: a SELECT without FROM, WHERE or grouping (Oracle's
 *       {@code SELECT ... FROM DUAL} once converted) whose values are literals, variables,
 *       parameters and operators over them, so writing them twice reads the same values;</li>
 *   <li>both branches are there and have no conditions (no UPDATE WHERE, DELETE WHERE or INSERT WHERE);</li>
 *   <li>the ON condition is an AND of {@code target.column = value}, and those columns are exactly
 *       the target table's only unique key, so the insert hits a duplicate key exactly when the
 *       MERGE finds a match, and only on that row;</li>
 *   <li>the INSERT writes each key column with the value it is matched on, and the UPDATE sets no
 *       key column and reads no other table.</li>
 * </ul>
 * The source row's columns are replaced by their values; the target's columns in the UPDATE are
 * bare names, which ON DUPLICATE KEY UPDATE reads from the existing row.
 */
final class MySqlMergeAsUpsert {
    /** The INSERT and the ON DUPLICATE KEY UPDATE assignments, or why the MERGE cannot be written so. */
    record Upsert(SqlInsert insert, List<SqlNode> targets, List<SqlNode> values, String reason) {}

    private final ConditionalMerge merge;
    private final String target;
    private final Map<String, SqlNode> sourceRow = new HashMap<>();
    private String source;

    private MySqlMergeAsUpsert(ConditionalMerge merge) {
        this.merge = merge;
        this.target = TargetColumnValues.targetName(merge.getTargetTable(), merge.getAlias());
    }

    static Upsert of(ConditionalMerge merge, UniqueKeys keys) {
        return new MySqlMergeAsUpsert(merge).upsert(keys);
    }

    private Upsert upsert(UniqueKeys keys) {
        SqlUpdate update = merge.getUpdateCall();
        SqlInsert insert = merge.getInsertCall();
        if (merge.matchedDelete() != null) return failed("it deletes matched rows");
        if (update == null || insert == null) return failed("it has only one branch");
        if (update.getCondition() != null || merge.deleteCondition() != null || merge.insertCondition() != null) {
            return failed("a branch has a condition");
        }
        if (!readSourceRow()) return failed("its source is not one row of plain values (SELECT ... FROM DUAL)");
        Map<String, SqlNode> matched = matchedColumns(merge.getCondition());
        if (matched == null) return failed("its ON condition is not target columns equal to source values");
        List<Set<String>> tableKeys = keys.ofTable(((SqlIdentifier) merge.getTargetTable()).names);
        if (tableKeys == null) return failed("the target table is not in the input, so its unique keys are unknown");
        if (tableKeys.size() != 1 || !tableKeys.get(0).equals(new TreeSet<>(matched.keySet()))) {
            return failed("the ON columns " + new TreeSet<>(matched.keySet()) + " are not the target's only unique key");
        }
        if (insert.getTargetColumnList() == null) return failed("its INSERT names no columns");
        SqlNodeList row = (SqlNodeList) new SqlNodeList(((SqlCall) ((SqlCall) insert.getSource()).operand(0)).getOperandList(),
                insert.getParserPosition()).accept(new SourceValues());
        for (Map.Entry<String, SqlNode> key : matched.entrySet()) {
            int i = indexOf(insert.getTargetColumnList(), key.getKey());
            if (i < 0 || !row.get(i).equalsDeep(key.getValue(), Litmus.IGNORE)) {
                return failed("its INSERT does not write key column " + key.getKey() + " with the value it is matched on");
            }
        }
        List<SqlNode> targets = new ArrayList<>();
        List<SqlNode> values = new ArrayList<>();
        for (int i = 0; i < update.getTargetColumnList().size(); i++) {
            if (!(update.getTargetColumnList().get(i) instanceof SqlIdentifier column)) return failed("its UPDATE sets a row of columns");
            if (matched.containsKey(upper(column.getSimple()))) return failed("its UPDATE sets key column " + column);
            SqlNode value = update.getSourceExpressionList().get(i).accept(new SourceValues()).accept(new BareTargetColumns());
            if (readsOtherTables(value)) return failed("its UPDATE reads a table other than the target");
            targets.add(column);
            values.add(value);
        }
        SqlNode oneRow = SqlStdOperatorTable.VALUES.createCall(insert.getParserPosition(),
                SqlStdOperatorTable.ROW.createCall(insert.getParserPosition(), row.getList()));
        SqlInsert written = new SqlInsert(insert.getParserPosition(), SqlNodeList.EMPTY, merge.getTargetTable(), oneRow,
                insert.getTargetColumnList());
        return new Upsert(written, targets, values, null);
    }

    private static Upsert failed(String reason) {
        return new Upsert(null, List.of(), List.of(), "MySQL has no MERGE, and INSERT ... ON DUPLICATE KEY UPDATE would not be "
                + "the same change: " + reason);
    }

    /** Reads a one-row source (SELECT of plain values without FROM) into {@link #sourceRow}; false for any other source. */
    private boolean readSourceRow() {
        SqlNode ref = merge.getSourceTableRef();
        if (ref.getKind() == SqlKind.AS) {
            source = ((SqlIdentifier) ((SqlCall) ref).operand(1)).getSimple();
            ref = ((SqlCall) ref).operand(0);
        }
        if (!(ref instanceof SqlSelect select) || select.getFrom() != null || select.getWhere() != null || select.getGroup() != null
                || select.getHaving() != null || select.isDistinct()) {
            return false;
        }
        for (SqlNode item : select.getSelectList()) {
            SqlNode value = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
            SqlNode name = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(1) : item;
            if (!(name instanceof SqlIdentifier id) || !isPlain(value)) return false;
            sourceRow.put(upper(id.names.get(id.names.size() - 1)), value);
        }
        return true;
    }

    /** Key column (upper case) → the source value it is matched on; null when the condition is not such an AND. */
    private Map<String, SqlNode> matchedColumns(SqlNode condition) {
        Map<String, SqlNode> matched = new HashMap<>();
        List<SqlNode> conjuncts = new ArrayList<>();
        conjuncts(condition, conjuncts);
        for (SqlNode conjunct : conjuncts) {
            if (conjunct.getKind() != SqlKind.EQUALS) return null;
            SqlNode left = ((SqlCall) conjunct).operand(0);
            SqlNode right = ((SqlCall) conjunct).operand(1);
            String column = targetColumn(left);
            SqlNode value = right;
            if (column == null) {
                column = targetColumn(right);
                value = left;
            }
            if (column == null) return null;
            SqlNode sourceValue = value.accept(new SourceValues());
            if (readsOtherTables(sourceValue) || !isPlain(sourceValue)) return null;
            matched.put(upper(column), sourceValue);
        }
        return matched;
    }

    private static void conjuncts(SqlNode condition, List<SqlNode> into) {
        if (condition.getKind() == SqlKind.AND) {
            ((SqlCall) condition).getOperandList().forEach(c -> conjuncts(c, into));
        } else {
            into.add(condition);
        }
    }

    /** The target column {@code node} names ({@code t.c}, or a bare name the source row does not have), else null. */
    private String targetColumn(SqlNode node) {
        if (!(node instanceof SqlIdentifier id)) return null;
        if (id.names.size() == 2 && id.names.get(0).equals(target)) return id.names.get(1);
        return id.names.size() == 1 && !sourceRow.containsKey(upper(id.getSimple())) ? id.getSimple() : null;
    }

    private static int indexOf(SqlNodeList columns, String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (upper(((SqlIdentifier) columns.get(i)).getSimple()).equals(column)) return i;
        }
        return -1;
    }

    /** Literals, variables, parameters and operators over them: nothing a second evaluation could change. */
    private static boolean isPlain(SqlNode value) {
        boolean[] plain = {true};
        value.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                boolean operator = call.getKind() == SqlKind.CAST || !(call.getOperator() instanceof SqlFunction) && !(call instanceof SqlSelect)
                        && !call.getKind().belongsTo(SqlKind.QUERY);
                if (!operator) plain[0] = false;
                return plain[0] ? super.visit(call) : null;
            }
        });
        return plain[0] && !(value instanceof SqlNodeList);
    }

    /** True when {@code value} still names a column of some table other than the target (by a qualifier). */
    private boolean readsOtherTables(SqlNode value) {
        boolean[] other = {false};
        value.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                if (id.names.size() > 1 && !id.names.get(0).equals(target)) other[0] = true;
                return null;
            }
        });
        return other[0];
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** The source row's columns replaced by their values. */
    private final class SourceValues extends SqlShuttle {
        @Override
        public SqlNode visit(SqlIdentifier id) {
            boolean sourceColumn = id.names.size() == 2 && id.names.get(0).equals(source) || id.names.size() == 1;
            SqlNode value = sourceColumn ? sourceRow.get(upper(id.names.get(id.names.size() - 1))) : null;
            return value != null ? value : id;
        }
    }

    /** {@code t.c} of the target as the bare {@code c} ON DUPLICATE KEY UPDATE reads from the existing row. */
    private final class BareTargetColumns extends SqlShuttle {
        @Override
        public SqlNode visit(SqlIdentifier id) {
            return id.names.size() == 2 && id.names.get(0).equals(target) ? new SqlIdentifier(id.names.get(1), id.getParserPosition()) : id;
        }
    }
}

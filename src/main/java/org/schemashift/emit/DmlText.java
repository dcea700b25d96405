package org.schemashift.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;

/**
 * Data-change statements put together from their parts, each part (a name, an expression, a query)
 * written by the target's own unparsing. Calcite's unparsing of the statement nodes cannot be used:
 * it writes a subquery in a WHERE or SET without its parentheses ({@code EXISTS SELECT ...}; the
 * statement's frame counts as a query), takes every SET target for a column (no
 * {@code (a, b) = (SELECT ...)}), and drops a MERGE branch's WHERE.
 */
public final class DmlText {
    private final Function<SqlNode, String> part;
    private final Function<SqlNode, String> query;

    /**
     * {@code part} writes a name, an expression or a condition inside a statement (a subquery in it
     * in parentheses, see {@link SqlUnparsing#partLine}); {@code query} a query that stands as a
     * statement's source (INSERT's SELECT or VALUES).
     */
    public DmlText(Function<SqlNode, String> part, Function<SqlNode, String> query) {
        this.part = part;
        this.query = query;
    }

    public String part(SqlNode node) {
        return part.apply(node);
    }

    /** {@code t [AS a]}. */
    public String target(SqlNode table, SqlIdentifier alias) {
        return part(table) + (alias == null ? "" : " AS " + part(alias));
    }

    /** {@code (c1, c2)}. */
    public String columns(List<SqlNode> columns) {
        List<String> names = new ArrayList<>();
        for (SqlNode column : columns) names.add(part(column));
        return "(" + String.join(", ", names) + ")";
    }

    /** {@code c = v, (c1, c2) = (query)}: the targets and their values, in this order. */
    public String assignments(List<SqlNode> targets, List<SqlNode> values) {
        List<String> set = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            SqlNode target = targets.get(i);
            String column = target.getKind() == SqlKind.ROW ? columns(((SqlCall) target).getOperandList()) : part(target);
            set.add(column + " = " + part(values.get(i)));
        }
        return String.join(", ", set);
    }

    /** {@code INSERT INTO t [(c1, c2)] VALUES ... | query}; the target as the statement holds it (an AS call keeps its alias). */
    public String insert(SqlInsert insert) {
        SqlNodeList columns = insert.getTargetColumnList();
        return "INSERT INTO " + part(insert.getTargetTable()) + (columns == null ? "" : " " + columns(columns)) + " " + query.apply(insert.getSource());
    }

    /** {@code DELETE FROM t [AS a] [WHERE c]}. */
    public String delete(SqlDelete delete) {
        return "DELETE FROM " + target(delete.getTargetTable(), delete.getAlias()) + where(delete.getCondition());
    }

    /** {@code UPDATE t [AS a] SET ... [WHERE c]} with {@code update}'s assignments. */
    public String update(SqlUpdate update) {
        return update(update, update.getTargetColumnList(), update.getSourceExpressionList());
    }

    /** {@code UPDATE t [AS a] SET ... [WHERE c]} with these assignments (reordered or split by the target). */
    public String update(SqlUpdate update, List<SqlNode> targets, List<SqlNode> values) {
        return "UPDATE " + target(update.getTargetTable(), update.getAlias()) + " SET " + assignments(targets, values)
                + where(update.getCondition());
    }

    /** {@code  WHERE c}, or nothing for no condition. */
    public String where(SqlNode condition) {
        return condition == null ? "" : " WHERE " + part(condition);
    }
}

package org.schemashift.emit.mysql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * A SET list as MySQL runs it. MySQL assigns from left to right and each value sees the columns set
 * before it ("single-table UPDATE assignments are generally evaluated from left to right",
 * https://dev.mysql.com/doc/refman/8.0/en/update.html; ON DUPLICATE KEY UPDATE likewise), where the
 * sources compute every value from the old row. So the assignments are put in an order where no
 * value reads a column set before it; values that read each other in a circle have no such order.
 * MySQL has no {@code SET (a, b) = (SELECT x, y ...)}: a plain SELECT is split into one scalar
 * subquery per column, which reads the same row.
 */
final class MySqlAssignments {
    /** The assignments to write, or why there are none. */
    record Result(List<SqlNode> targets, List<SqlNode> values, MySqlTargetCode problem, String reason) {
        boolean written() {
            return problem == null;
        }
    }

    private MySqlAssignments() {
    }

    /** {@code qualifier} is the name the statement's values use for the target table (its alias, else its name). */
    static Result of(List<SqlNode> targets, List<SqlNode> values, String qualifier) {
        List<SqlIdentifier> columns = new ArrayList<>();
        List<SqlNode> split = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof SqlIdentifier column) {
                columns.add(column);
                split.add(values.get(i));
                continue;
            }
            List<SqlNode> row = ((SqlCall) targets.get(i)).getOperandList();
            if (!(values.get(i) instanceof SqlSelect select) || select.getSelectList().size() != row.size()) {
                return failed(MySqlTargetCode.ROW_ASSIGNMENT, "MySQL has no SET (a, b) = (subquery), and this subquery is not "
                        + "a plain SELECT of " + row.size() + " values that can be split per column");
            }
            for (int c = 0; c < row.size(); c++) {
                columns.add((SqlIdentifier) row.get(c));
                SqlSelect one = (SqlSelect) select.clone(select.getParserPosition());
                one.setSelectList(SqlNodeList.of(select.getSelectList().get(c)));
                split.add(one);
            }
        }
        List<Integer> order = order(columns, split, qualifier);
        if (order == null) {
            return failed(MySqlTargetCode.ASSIGNMENT_ORDER, "the SET values read columns the same SET assigns, in a circle: "
                    + "MySQL would give later values the new contents");
        }
        List<SqlNode> orderedTargets = new ArrayList<>();
        List<SqlNode> orderedValues = new ArrayList<>();
        for (int i : order) {
            orderedTargets.add(columns.get(i));
            orderedValues.add(split.get(i));
        }
        return new Result(orderedTargets, orderedValues, null, null);
    }

    private static Result failed(MySqlTargetCode problem, String reason) {
        return new Result(List.of(), List.of(), problem, reason);
    }

    /**
     * Source positions in an order where each value comes before the assignments of the other
     * columns it reads, the source's order where it is free; null when there is none.
     */
    private static List<Integer> order(List<SqlIdentifier> columns, List<SqlNode> values, String qualifier) {
        int n = columns.size();
        List<Set<Integer>> mustFollow = new ArrayList<>();   // i -> the assignments that must come before i
        for (int i = 0; i < n; i++) mustFollow.add(new HashSet<>());
        for (int reader = 0; reader < n; reader++) {
            Set<String> read = columnsRead(values.get(reader), qualifier);
            for (int set = 0; set < n; set++) {
                if (set != reader && read.contains(columns.get(set).getSimple())) mustFollow.get(set).add(reader);
            }
        }
        List<Integer> order = new ArrayList<>();
        while (order.size() < n) {
            int next = -1;
            for (int i = 0; i < n && next < 0; i++) {
                if (!order.contains(i) && order.containsAll(mustFollow.get(i))) next = i;
            }
            if (next < 0) return null;
            order.add(next);
        }
        return order;
    }

    /** The target's column names {@code value} may read: bare names and names qualified by {@code qualifier}, at any depth. */
    private static Set<String> columnsRead(SqlNode value, String qualifier) {
        Set<String> read = new HashSet<>();
        value.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                if (id.names.size() == 1 || id.names.size() == 2 && id.names.get(0).equals(qualifier)) read.add(id.names.get(id.names.size() - 1));
                return null;
            }
        });
        return read;
    }
}

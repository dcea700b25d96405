package org.schemashift.convert.rules.mysql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.util.Litmus;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.source.mysql.MySqlCode;

/**
 * MySQL's default sql_mode before 5.7 (and MariaDB's) lets a grouped query select, or order by, a
 * column it does not group by; PostgreSQL rejects it. Such columns (outside aggregates and
 * subqueries) are added to the GROUP BY, which gives the same rows when each has one value per
 * group, as a column of a table joined on a grouped key does; an item says which were added.
 */
final class GroupByColumnsRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-J007";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        SqlSelect select = node instanceof SqlSelect s ? s : node instanceof SqlOrderBy o && o.query instanceof SqlSelect s ? s : null;
        if (select == null || select.getGroup() == null || select.getGroup().isEmpty()) return null;
        List<SqlIdentifier> columns = new ArrayList<>();
        SqlNodeList group = select.getGroup();
        for (SqlNode item : select.getSelectList()) collect(item, group, columns);
        if (node instanceof SqlOrderBy order) {
            for (SqlNode item : order.orderList) collect(item, group, columns);
        }
        List<SqlNode> added = new ArrayList<>();
        for (SqlIdentifier column : columns) {
            if (!contains(added, column) && !isSelectAlias(select, column)) added.add(column);
        }
        if (added.isEmpty()) return null;
        SqlNodeList extended = new SqlNodeList(group.getList(), group.getParserPosition());
        added.forEach(extended::add);
        select.setGroupBy(extended);
        context.note(MySqlCode.GROUP_BY_EXTENDED, "GROUP BY " + group + ": " + added + " added");
        return node;
    }

    /** Column references outside aggregate calls, subqueries and the grouped expressions. */
    private static void collect(SqlNode node, List<SqlNode> group, List<SqlIdentifier> columns) {
        if (contains(group, node)) return;
        if (node instanceof SqlIdentifier id && !id.isStar()) {
            columns.add(id);
        } else if (node instanceof SqlCall call && !(node instanceof SqlSelect) && !(node instanceof SqlOrderBy)
                && !call.getOperator().isAggregator() && call.getKind() != SqlKind.WITHIN_GROUP && call.getKind() != SqlKind.OVER) {
            List<SqlNode> operands = call.getKind() == SqlKind.AS ? List.of(call.operand(0)) : call.getOperandList();
            for (SqlNode operand : operands) {
                if (operand != null) collect(operand, group, columns);
            }
        }
    }

    private static boolean contains(List<SqlNode> nodes, SqlNode node) {
        return nodes.stream().anyMatch(n -> n.equalsDeep(node, Litmus.IGNORE));
    }

    /** ORDER BY total_sales names a select item's alias, not a column. */
    private static boolean isSelectAlias(SqlSelect select, SqlIdentifier column) {
        if (!column.isSimple()) return false;
        for (SqlNode item : select.getSelectList()) {
            if (item.getKind() == SqlKind.AS && ((SqlCall) item).operand(1).toString().equalsIgnoreCase(column.getSimple())) return true;
        }
        return false;
    }
}

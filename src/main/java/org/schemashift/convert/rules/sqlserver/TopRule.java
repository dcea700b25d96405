package org.schemashift.convert.rules.sqlserver;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * {@code SELECT TOP n [PERCENT] [WITH TIES] items ... ORDER BY k}: the rows are numbered in a
 * derived table and filtered, which both targets run (window functions):
 * {@code SELECT items FROM (SELECT items, RANK() OVER (ORDER BY k) AS mss_top_rank,
 * COUNT(*) OVER () AS mss_top_count ...) AS mss_top WHERE mss_top_rank <= n ORDER BY mss_top_rank}.
 * WITH TIES ranks (rows tied with the last one are kept), otherwise ROW_NUMBER; PERCENT compares
 * with CEILING(n * count / 100), as SQL Server rounds the number of rows up. Reported when the
 * outer query cannot name the items (an item without a name, {@code *}), with DISTINCT, OFFSET or
 * an ORDER BY by position.
 */
final class TopRule implements ExpressionRule {
    private static final String RANK = "mss_top_rank";
    private static final String COUNT = "mss_top_count";

    @Override
    public String id() {
        return "MSS-J010";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlOrderBy order) || order.fetch == null) return null;
        boolean ties = PseudoFunctions.isCall(order.fetch, "MSS_TOP_WITH_TIES");
        SqlNode count = ties ? ((SqlCall) order.fetch).operand(0) : order.fetch;
        boolean percent = PseudoFunctions.isCall(count, "MSS_TOP_PERCENT");
        if (!ties && !percent) return null;
        if (percent) count = ((SqlCall) count).operand(0);
        String construct = "TOP n" + (percent ? " PERCENT" : "") + (ties ? " WITH TIES" : "");
        List<String> names = order.query instanceof SqlSelect select && !select.isDistinct() && order.offset == null
                && order.orderList.stream().noneMatch(k -> k instanceof SqlLiteral) ? names(select) : null;
        if (names == null || (ties && order.orderList.isEmpty())) {
            context.unconvertible(construct + " (its items need names, and no DISTINCT, OFFSET or ORDER BY position)");
            return null;
        }
        SqlParserPos p = order.getParserPosition();
        SqlSelect inner = (SqlSelect) order.query.clone(p);
        SqlNodeList items = new SqlNodeList(inner.getSelectList(), p);
        SqlNode window = window(order.orderList, p);
        SqlNode numbering = (ties ? SqlStdOperatorTable.RANK : SqlStdOperatorTable.ROW_NUMBER).createCall(p);
        items.add(as(SqlStdOperatorTable.OVER.createCall(p, numbering, window), RANK, p));
        SqlNode limit = count;
        if (percent) {
            SqlNode all = SqlStdOperatorTable.OVER.createCall(p, SqlStdOperatorTable.COUNT.createCall(p, SqlIdentifier.star(p)),
                    window(SqlNodeList.EMPTY, p));
            items.add(as(all, COUNT, p));
            limit = SqlStdOperatorTable.CEIL.createCall(p, SqlStdOperatorTable.DIVIDE.createCall(p,
                    SqlStdOperatorTable.MULTIPLY.createCall(p, count, new SqlIdentifier(COUNT, p)),
                    SqlLiteral.createExactNumeric("100.0", p)));
        }
        inner.setSelectList(items);
        SqlNodeList outerItems = new SqlNodeList(p);
        names.forEach(n -> outerItems.add(new SqlIdentifier(n, p)));
        SqlNode from = as(inner, "mss_top", p);
        SqlNode where = SqlStdOperatorTable.LESS_THAN_OR_EQUAL.createCall(p, new SqlIdentifier(RANK, p), limit);
        SqlSelect outer = new SqlSelect(p, null, outerItems, from, where, null, null, null, null, null, null, null);
        return new SqlOrderBy(p, outer, SqlNodeList.of(new SqlIdentifier(RANK, p)), null, null);
    }

    /** The output names of the select items, or null when one has none. */
    private static List<String> names(SqlSelect select) {
        List<String> names = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            if (item.getKind() == SqlKind.AS) {
                names.add(((SqlIdentifier) ((SqlBasicCall) item).operand(1)).getSimple());
            } else if (item instanceof SqlIdentifier id && !id.isStar()) {
                names.add(id.names.get(id.names.size() - 1));
            } else {
                return null;
            }
        }
        return names;
    }

    /** OVER (ORDER BY keys), over all rows. */
    private static SqlWindow window(SqlNodeList keys, SqlParserPos p) {
        return SqlWindow.create(null, null, SqlNodeList.EMPTY, keys, SqlLiteral.createBoolean(false, p), null, null, null, p);
    }

    private static SqlNode as(SqlNode value, String name, SqlParserPos p) {
        return SqlStdOperatorTable.AS.createCall(p, value, new SqlIdentifier(name, p));
    }
}

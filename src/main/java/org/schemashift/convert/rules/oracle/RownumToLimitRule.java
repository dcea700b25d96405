package org.schemashift.convert.rules.oracle;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.source.oracle.OracleCode;

/**
 * ROWNUM numbers the rows of a query block as they are produced, before ORDER BY. A top-level
 * WHERE conjunct {@code ROWNUM <= n}, {@code ROWNUM < n}, {@code ROWNUM = 1} (or the mirrored
 * forms) keeps the first n rows: it becomes LIMIT n. ROWNUM in the select list becomes
 * {@code row_number() OVER ()}, also numbered before sorting. When the same block has an ORDER BY,
 * Oracle sorted the n rows it had picked; PostgreSQL now returns the first n in that order,
 * reported as an action item. The top-n idiom {@code SELECT ... FROM (SELECT ... ORDER BY k) WHERE
 * ROWNUM <= n} puts the LIMIT inside the ordered subquery: SQL keeps no order across a derived table
 * (MySQL and MariaDB drop an ORDER BY there that has no LIMIT), a LIMIT beside it does. Other uses
 * of ROWNUM ({@code ROWNUM > 5}) are left for the pseudo-column check, which reports them.
 */
public final class RownumToLimitRule implements ExpressionRule {
    private static final SqlTemplate ROW_NUMBER = SqlTemplate.canonical("ROW_NUMBER() OVER ()");

    @Override
    public String id() {
        return "ORA-J018";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlOrderBy orderBy) return moveLimitOut(orderBy, context);
        if (!(node instanceof SqlSelect select)) return null;
        Long limit = null;
        List<SqlNode> kept = new ArrayList<>();
        for (SqlNode conjunct : OracleNodes.conjuncts(select.getWhere())) {
            Long n = rowLimit(conjunct);
            if (n == null) {
                kept.add(conjunct);
            } else {
                limit = limit == null ? n : Math.min(limit, n);
            }
        }
        SqlNodeList selectList = numberRows(select.getSelectList());
        if (limit == null && selectList == select.getSelectList()) return null;
        SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
        copy.setSelectList(selectList);
        if (limit != null) {
            copy.setWhere(OracleNodes.and(kept));
            SqlNode orderedSource = limitedOrderedSource(select, limit);
            if (orderedSource != null) {
                copy.setFrom(orderedSource);
                return copy;
            }
            copy.setFetch(limitLiteral(limit));
            if (select.getOrderList() != null && !select.getOrderList().isEmpty()) {
                context.note(OracleCode.ROWNUM_BEFORE_ORDER_BY, "ROWNUM filter became LIMIT " + limit + " after ORDER BY");
            }
        }
        return copy;
    }

    /**
     * The FROM clause with {@code limit} moved into its ordered subquery, when {@code select} reads one
     * ordered subquery (aliased or not) and does nothing that changes its rows' number or order; else null.
     */
    private static SqlNode limitedOrderedSource(SqlSelect select, long limit) {
        if (select.getGroup() != null || select.getHaving() != null || select.isDistinct()
                || (select.getOrderList() != null && select.getOrderList().size() > 0)) return null;
        SqlNode from = select.getFrom();
        SqlCall alias = from != null && from.getKind() == SqlKind.AS ? (SqlCall) from : null;
        SqlNode source = alias == null ? from : alias.operand(0);
        if (!(source instanceof SqlOrderBy ordered) || ordered.fetch != null || ordered.offset != null) return null;
        SqlOrderBy limited = new SqlOrderBy(ordered.getParserPosition(), ordered.query, ordered.orderList, null,
                limitLiteral(limit));
        if (alias == null) return limited;
        List<SqlNode> operands = new ArrayList<>(alias.getOperandList());
        operands.set(0, limited);
        return alias.getOperator().createCall(alias.getParserPosition(), operands);
    }

    /** The SELECT under an ORDER BY got our LIMIT: it must follow the ORDER BY. */
    private static SqlNode moveLimitOut(SqlOrderBy orderBy, RuleContext context) {
        if (!(orderBy.query instanceof SqlSelect select) || select.getFetch() == null || orderBy.fetch != null) return null;
        SqlSelect inner = (SqlSelect) select.clone(select.getParserPosition());
        inner.setFetch(null);
        context.note(OracleCode.ROWNUM_BEFORE_ORDER_BY, "ROWNUM filter became LIMIT " + select.getFetch() + " after ORDER BY");
        return new SqlOrderBy(orderBy.getParserPosition(), inner, orderBy.orderList, orderBy.offset, select.getFetch());
    }

    private static SqlNode limitLiteral(long limit) {
        return SqlLiteral.createExactNumeric(Long.toString(Math.max(limit, 0)), SqlParserPos.ZERO);
    }

    /** n when {@code conjunct} keeps the first n rows, otherwise null. */
    private static Long rowLimit(SqlNode conjunct) {
        if (!(conjunct instanceof SqlCall call) || call.operandCount() != 2) return null;
        SqlKind kind = call.getKind();
        SqlNode left = call.operand(0);
        SqlNode right = call.operand(1);
        if (isRownum(right) && !isRownum(left)) {
            SqlNode t = left;
            left = right;
            right = t;
            kind = kind.reverse();
        }
        if (!isRownum(left)) return null;
        Long n = OracleNodes.integerValue(right);
        if (n == null) return null;
        switch (kind) {
            case LESS_THAN_OR_EQUAL:
                return n;
            case LESS_THAN:
                return n - 1;
            case EQUALS:
                return n == 1 ? 1L : null;
            default:
                return null;
        }
    }

    private static boolean isRownum(SqlNode node) {
        return OracleNodes.isBareName(node, "ROWNUM");
    }

    private static SqlNodeList numberRows(SqlNodeList selectList) {
        SqlNodeList out = new SqlNodeList(selectList.getParserPosition());
        boolean changed = false;
        for (SqlNode item : selectList) {
            SqlNode rewritten;
            if (isRownum(item)) {
                rewritten = SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, ROW_NUMBER.apply(), new SqlIdentifier("ROWNUM", SqlParserPos.ZERO));
            } else {
                rewritten = item.accept(new SqlShuttle() {
                    @Override
                    public SqlNode visit(SqlIdentifier id) {
                        return isRownum(id) ? ROW_NUMBER.apply() : id;
                    }

                    @Override
                    public SqlNode visit(SqlCall call) {
                        // Subqueries number their own rows.
                        return call.getKind().belongsTo(SqlKind.QUERY) ? call : super.visit(call);
                    }
                });
            }
            changed |= rewritten != item;
            out.add(rewritten);
        }
        return changed ? out : selectList;
    }
}

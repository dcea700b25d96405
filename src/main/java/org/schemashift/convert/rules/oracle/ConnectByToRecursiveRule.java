package org.schemashift.convert.rules.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.Litmus;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.model.sql.HierarchicalQuery;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.oracle.OracleCode;

/**
 * {@code SELECT ... FROM t START WITH c CONNECT BY [NOCYCLE] PRIOR k = p} becomes a recursive
 * common table expression over t: the anchor selects the START WITH rows at level 1, the
 * recursive term joins t to the previous level on the CONNECT BY condition (PRIOR x is the parent
 * row's x, other columns the child's). The query's own WHERE applies after the hierarchy is
 * built, as Oracle documents. Carried columns: HIER_LEVEL (LEVEL), HIER_ROOT_n (CONNECT_BY_ROOT),
 * HIER_PATH_n (SYS_CONNECT_BY_PATH, a NULL value adding just the separator) and, when CONNECT BY
 * has one PRIOR expression, HIER_KEYS, the ancestors' values: a child already in it closes a
 * cycle and is not followed (Oracle's NOCYCLE; without NOCYCLE Oracle raises ORA-01436, and
 * PostgreSQL would loop), and without ORDER BY the rows are ordered by it, depth first like
 * Oracle. CONNECT_BY_ISLEAF tests whether any row has this row as its parent.
 * {@code SELECT LEVEL FROM DUAL CONNECT BY LEVEL <= n} (no table) counts levels only.
 * ORDER SIBLINGS BY orders each row's children (see orderInside).
 * Reported: a FROM clause with joins, SELECT *, NOCYCLE without a single PRIOR expression.
 */
public final class ConnectByToRecursiveRule implements ExpressionRule {
    private static final String PARENT = "PRIOR_ROW";
    private static final String CHILD = "CHILD_ROW";
    private static final SqlTemplate NEXT_LEVEL = SqlTemplate.canonical("{0} + 1");
    private static final SqlTemplate ARRAY_OF = SqlTemplate.canonical("ARRAY[{0}]");
    private static final SqlTemplate APPEND = SqlTemplate.canonical("{0} || ARRAY[{1}]");
    private static final SqlTemplate NOT_IN_PATH = SqlTemplate.canonical("NOT_IN_ARRAY({0}, {1})");
    private static final SqlTemplate PATH_START = SqlTemplate.canonical("CAST({0} || COALESCE(CAST({1} AS VARCHAR), '') AS \"CLOB\")");
    private static final SqlTemplate PATH_NEXT = SqlTemplate.canonical("CAST({0} || {1} || COALESCE(CAST({2} AS VARCHAR), '') AS \"CLOB\")");
    private static final SqlTemplate IS_LEAF = SqlTemplate.canonical(
            "CASE WHEN EXISTS (SELECT 1 FROM {0} WHERE {1}) THEN 0 ELSE 1 END");

    @Override
    public String id() {
        return "ORA-J020";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlWith with && with.body instanceof SqlWith inner && isOurs(inner)) return merge(with, inner);
        if (node instanceof SqlOrderBy orderBy && orderBy.query instanceof SqlWith with && isOurs(with)) return orderInside(orderBy, with);
        if (!(node instanceof HierarchicalQuery h)) return null;
        SqlSelect query = h.query();
        if (query.getFrom() != null && !(query.getFrom() instanceof SqlIdentifier)
                && !(query.getFrom().getKind() == SqlKind.AS && ((SqlCall) query.getFrom()).operand(0) instanceof SqlIdentifier)) {
            context.unconvertible("CONNECT BY over a join or a subquery");
            return null;
        }
        if (query.getSelectList().stream().anyMatch(i -> i instanceof SqlIdentifier id && id.isStar())) {
            context.unconvertible("SELECT * with CONNECT BY");
            return null;
        }
        return new Translation(h, context).translate();
    }

    /** {@code WITH a AS (...) <our WITH RECURSIVE h ...>}: one WITH RECURSIVE list. */
    private static SqlNode merge(SqlWith outer, SqlWith inner) {
        SqlNodeList items = new SqlNodeList(SqlParserPos.ZERO);
        for (SqlNode item : outer.withList) {
            SqlWithItem w = (SqlWithItem) item;
            items.add(new SqlWithItem(w.getParserPosition(), w.name, w.columnList, w.query, SqlLiteral.createBoolean(true, SqlParserPos.ZERO)));
        }
        items.addAll(inner.withList);
        return new SqlWith(outer.getParserPosition(), items, inner.body);
    }

    /**
     * ORDER BY around the hierarchical query belongs in our outer SELECT, replacing the depth-first
     * order; LEVEL there is the carried level. ORDER SIBLINGS BY (ORA_ORDER_SIBLINGS) keeps the
     * hierarchy and orders the children of each row: every level numbers its rows per parent in that
     * order, HIER_ORDER is the path of those numbers, and the rows are sorted by it.
     */
    private static SqlNode orderInside(SqlOrderBy orderBy, SqlWith with) {
        SqlSelect body = (SqlSelect) with.body.clone(with.body.getParserPosition());
        String alias = ((SqlIdentifier) ((SqlCall) body.getFrom()).operand(1)).getSimple();
        SqlNodeList withList = with.withList;
        SqlNodeList order;
        if (orderBy.orderList.size() == 1 && PseudoFunctions.isCall(orderBy.orderList.get(0), "ORA_ORDER_SIBLINGS")) {
            List<SqlNode> siblings = ((SqlCall) orderBy.orderList.get(0)).getOperandList();
            withList = SqlNodeList.of(withSiblingOrder((SqlWithItem) with.withList.get(0), siblings, alias));
            order = SqlNodeList.of(column(alias, "HIER_ORDER"));
        } else {
            order = (SqlNodeList) orderBy.orderList.accept(new SqlShuttle() {
                @Override
                public SqlNode visit(SqlIdentifier id) {
                    return OracleNodes.isBareName(id, "LEVEL") ? column(alias, "HIER_LEVEL") : id;
                }
            });
        }
        body.setOrderBy(order);
        body.setOffset(orderBy.offset);
        body.setFetch(orderBy.fetch);
        return new SqlWith(with.getParserPosition(), withList, body);
    }

    private static SqlWithItem withSiblingOrder(SqlWithItem item, List<SqlNode> siblings, String alias) {
        SqlCall union = (SqlCall) item.query;
        SqlSelect anchor = (SqlSelect) union.operand(0).clone(SqlParserPos.ZERO);
        SqlSelect recursive = (SqlSelect) union.operand(1).clone(SqlParserPos.ZERO);
        SqlNodeList order = new SqlNodeList(SqlParserPos.ZERO);
        siblings.forEach(k -> order.add(qualify(k, alias, alias)));
        SqlNodeList anchorItems = new SqlNodeList(anchor.getSelectList(), SqlParserPos.ZERO);
        anchorItems.add(as(ARRAY_OF.apply(rowNumber(SqlNodeList.EMPTY, order)), "HIER_ORDER"));
        anchor.setSelectList(anchorItems);
        SqlNodeList recursiveItems = new SqlNodeList(recursive.getSelectList(), SqlParserPos.ZERO);
        recursiveItems.add(APPEND.apply(column(PARENT, "HIER_ORDER"),
                rowNumber(SqlNodeList.of(column(PARENT, "HIER_ORDER")), order)));
        recursive.setSelectList(recursiveItems);
        SqlNode query = SqlStdOperatorTable.UNION_ALL.createCall(SqlParserPos.ZERO, anchor, recursive);
        return new SqlWithItem(item.getParserPosition(), item.name, item.columnList, query, item.recursive);
    }

    private static SqlNode rowNumber(SqlNodeList partition, SqlNodeList order) {
        SqlWindow window = SqlWindow.create(null, null, partition, order, SqlLiteral.createBoolean(false, SqlParserPos.ZERO),
                null, null, null, SqlParserPos.ZERO);
        return SqlStdOperatorTable.OVER.createCall(SqlParserPos.ZERO, SqlStdOperatorTable.ROW_NUMBER.createCall(SqlParserPos.ZERO), window);
    }

    private static boolean isOurs(SqlWith with) {
        return with.withList.size() == 1 && ((SqlWithItem) with.withList.get(0)).name.getSimple().endsWith("_HIERARCHY");
    }

    /** The translation of one hierarchical query. */
    private static final class Translation {
        private final HierarchicalQuery h;
        private final RuleContext context;
        private final SqlNode table;
        private final String alias;
        private final List<SqlNode> priorExpressions = new ArrayList<>();
        private final Map<String, SqlNode> roots = new LinkedHashMap<>();
        private final Map<String, SqlNode[]> paths = new LinkedHashMap<>();
        private SqlNode key;

        Translation(HierarchicalQuery h, RuleContext context) {
            this.h = h;
            this.context = context;
            this.table = h.query().getFrom();
            this.alias = table == null ? "LEVELS" : table instanceof SqlIdentifier id
                    ? id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT)
                    : ((SqlIdentifier) ((SqlCall) table).operand(1)).getSimple().toUpperCase(Locale.ROOT);
        }

        SqlNode translate() {
            collectPrior(h.connectBy());
            if (priorExpressions.size() == 1) key = priorExpressions.get(0);
            if (h.noCycle() && key == null) {
                context.unconvertible("CONNECT BY NOCYCLE without exactly one PRIOR expression");
                return null;
            }
            if (table == null && !priorExpressions.isEmpty()) {
                context.unconvertible("CONNECT BY PRIOR without a table");
                return null;
            }
            SqlSelect query = h.query();
            SqlShuttle outer = new OuterReferences();
            SqlNodeList selectList = (SqlNodeList) query.getSelectList().accept(outer);
            SqlNode where = query.getWhere() == null ? null : query.getWhere().accept(outer);
            SqlNodeList orderList = query.getOrderList() == null ? null : (SqlNodeList) query.getOrderList().accept(outer);
            if ((orderList == null || orderList.isEmpty()) && key != null) {
                orderList = SqlNodeList.of(column(alias, "HIER_KEYS"));
            }
            String cte = alias + "_HIERARCHY";
            SqlNode recursive = SqlStdOperatorTable.UNION_ALL.createCall(SqlParserPos.ZERO, anchor(), recursiveTerm(cte));
            SqlWithItem item = new SqlWithItem(SqlParserPos.ZERO, new SqlIdentifier(cte, SqlParserPos.ZERO), null, recursive,
                    SqlLiteral.createBoolean(true, SqlParserPos.ZERO));
            SqlSelect body = (SqlSelect) query.clone(query.getParserPosition());
            body.setSelectList(selectList);
            body.setFrom(SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, new SqlIdentifier(cte, SqlParserPos.ZERO),
                    new SqlIdentifier(alias, SqlParserPos.ZERO)));
            body.setWhere(where);
            body.setOrderBy(orderList);
            context.note(OracleCode.HIERARCHICAL_QUERY, "CONNECT BY became WITH RECURSIVE " + cte.toLowerCase(Locale.ROOT));
            return new SqlWith(SqlParserPos.ZERO, SqlNodeList.of(item), body);
        }

        private SqlSelect anchor() {
            SqlNodeList items = new SqlNodeList(SqlParserPos.ZERO);
            if (table != null) items.add(star(alias));
            items.add(as(SqlLiteral.createExactNumeric("1", SqlParserPos.ZERO), "HIER_LEVEL"));
            if (key != null) items.add(as(ARRAY_OF.apply(key), "HIER_KEYS"));
            roots.forEach((name, expr) -> items.add(as(expr, name)));
            paths.forEach((name, p) -> items.add(as(PATH_START.apply(p[1], p[0]), name)));
            return select(items, table, h.startWith());
        }

        private SqlSelect recursiveTerm(String cte) {
            SqlNode parent = SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, new SqlIdentifier(cte, SqlParserPos.ZERO),
                    new SqlIdentifier(PARENT, SqlParserPos.ZERO));
            SqlNodeList items = new SqlNodeList(SqlParserPos.ZERO);
            if (table != null) items.add(star(alias));
            items.add(NEXT_LEVEL.apply(column(PARENT, "HIER_LEVEL")));
            SqlNode childKey = key == null ? null : qualify(key, alias, alias);
            if (key != null) items.add(APPEND.apply(column(PARENT, "HIER_KEYS"), childKey));
            roots.keySet().forEach(name -> items.add(column(PARENT, name)));
            paths.forEach((name, p) -> items.add(PATH_NEXT.apply(column(PARENT, name), p[1], qualify(p[0], alias, alias))));
            List<SqlNode> condition = new ArrayList<>();
            condition.add(connectCondition(alias, PARENT));
            if (childKey != null) condition.add(NOT_IN_PATH.apply(column(PARENT, "HIER_KEYS"), childKey));
            if (table == null) return select(items, parent, OracleNodes.and(condition));
            SqlNode from = new SqlJoin(SqlParserPos.ZERO, table, SqlLiteral.createBoolean(false, SqlParserPos.ZERO),
                    JoinType.INNER.symbol(SqlParserPos.ZERO), parent,
                    JoinConditionType.ON.symbol(SqlParserPos.ZERO), OracleNodes.and(condition));
            return select(items, from, null);
        }

        /** CONNECT BY with PRIOR x read from {@code parent} and other columns from {@code child}; LEVEL is the child's. */
        private SqlNode connectCondition(String child, String parent) {
            return h.connectBy().accept(new SqlShuttle() {
                @Override
                public SqlNode visit(SqlCall call) {
                    if (PseudoFunctions.isCall(call, PseudoFunctions.ORACLE_PRIOR)) return qualify(call.operand(0), alias, parent);
                    if (call.getKind().belongsTo(SqlKind.QUERY)) return call;
                    return super.visit(call);
                }

                @Override
                public SqlNode visit(SqlIdentifier id) {
                    if (OracleNodes.isBareName(id, "LEVEL")) return NEXT_LEVEL.apply(column(parent, "HIER_LEVEL"));
                    return qualifyColumn(id, alias, child);
                }
            });
        }

        private void collectPrior(SqlNode node) {
            if (!(node instanceof SqlCall call) || call.getKind().belongsTo(SqlKind.QUERY)) return;
            if (PseudoFunctions.isCall(call, PseudoFunctions.ORACLE_PRIOR)) {
                SqlNode e = call.operand(0);
                if (priorExpressions.stream().noneMatch(p -> p.equalsDeep(e, Litmus.IGNORE))) {
                    priorExpressions.add(e);
                }
                return;
            }
            call.getOperandList().forEach(this::collectPrior);
        }

        /** Replaces LEVEL, CONNECT_BY_ROOT, SYS_CONNECT_BY_PATH and CONNECT_BY_ISLEAF in the outer query. */
        private final class OuterReferences extends SqlShuttle {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                if (OracleNodes.isBareName(id, "LEVEL")) return column(alias, "HIER_LEVEL");
                if (OracleNodes.isBareName(id, "CONNECT_BY_ISLEAF") && table != null) {
                    SqlNode children = SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, tableName(),
                            new SqlIdentifier(CHILD, SqlParserPos.ZERO));
                    return IS_LEAF.apply(children, connectCondition(CHILD, alias));
                }
                return id;
            }

            @Override
            public SqlNode visit(SqlCall call) {
                if (PseudoFunctions.isCall(call, PseudoFunctions.ORACLE_CONNECT_BY_ROOT)) {
                    String name = "HIER_ROOT_" + (roots.size() + 1);
                    roots.put(name, call.operand(0));
                    return column(alias, name);
                }
                if (PseudoFunctions.isCall(call, "SYS_CONNECT_BY_PATH") && call.operandCount() == 2) {
                    String name = "HIER_PATH_" + (paths.size() + 1);
                    paths.put(name, new SqlNode[] {call.operand(0), call.operand(1)});
                    return column(alias, name);
                }
                if (call.getKind().belongsTo(SqlKind.QUERY)) return call;
                return super.visit(call);
            }
        }

        private SqlNode tableName() {
            return table instanceof SqlIdentifier ? table : ((SqlCall) table).operand(0);
        }
    }

    /** {@code node} with its column references (bare, or qualified by {@code from}) qualified by {@code to}. */
    private static SqlNode qualify(SqlNode node, String from, String to) {
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                return qualifyColumn(id, from, to);
            }

            @Override
            public SqlNode visit(SqlCall call) {
                return call.getKind().belongsTo(SqlKind.QUERY) ? call : super.visit(call);
            }
        });
    }

    private static SqlNode qualifyColumn(SqlIdentifier id, String from, String to) {
        if (id.isStar()) return id;
        String name = id.names.get(id.names.size() - 1);
        if (id.names.size() == 1 || (id.names.size() == 2 && id.names.get(0).equalsIgnoreCase(from))) {
            return column(to, name);
        }
        return id;
    }

    private static SqlIdentifier column(String relation, String name) {
        return new SqlIdentifier(List.of(relation, name), SqlParserPos.ZERO);
    }

    private static SqlIdentifier star(String relation) {
        return SqlIdentifier.star(List.of(relation, ""), SqlParserPos.ZERO, null);
    }

    private static SqlNode as(SqlNode expr, String name) {
        return SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, expr, new SqlIdentifier(name, SqlParserPos.ZERO));
    }

    private static SqlSelect select(SqlNodeList items, SqlNode from, SqlNode where) {
        return new SqlSelect(SqlParserPos.ZERO, null, items, from, where, null, null, null, null, null, null, null);
    }
}

package org.schemashift.source.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The core's queries: a query block is a {@link SqlSelect} (select items aliased with AS calls,
 * {@code t.*} a star identifier, FROM items joined left to right: a comma is {@link JoinType#COMMA},
 * ANSI joins {@link SqlJoin}s with ON / USING, table aliases AS calls); UNION [ALL], INTERSECT and
 * EXCEPT [ALL] are calls of those operators; ORDER BY, OFFSET and FETCH wrap the query in an
 * {@link SqlOrderBy}; WITH is an {@link SqlWith} of {@link SqlWithItem}s; a subquery is the query
 * node itself.
 */
final class CoreQueries extends CoreBuilderPart {
    CoreQueries(CoreSqlBuilder core) {
        super(core);
    }

    SqlNode query(ParserRuleContext ctx) {
        SqlParserPos p = core.pos(ctx);
        SqlNode body = core.visit(tree.child(ctx, "queryExpression"));
        ParserRuleContext order = tree.child(ctx, "orderByClause");
        ParserRuleContext offset = tree.child(ctx, "offsetClause");
        ParserRuleContext fetch = tree.child(ctx, "fetchClause");
        if (order != null || offset != null || fetch != null) {
            body = new SqlOrderBy(p, body, order == null ? SqlNodeList.EMPTY : (SqlNodeList) core.visit(order),
                    core.visit(offset), core.visit(fetch));
        }
        ParserRuleContext with = tree.child(ctx, "withClause");
        return with == null ? body : new SqlWith(p, (SqlNodeList) core.visit(with), body);
    }

    SqlNode with(ParserRuleContext ctx) {
        SqlNodeList items = new SqlNodeList(core.pos(ctx));
        for (ParserRuleContext item : tree.children(ctx, "commonTableExpression")) items.add(core.visit(item));
        return items;
    }

    SqlNode commonTableExpression(ParserRuleContext ctx) {
        ParserRuleContext name = tree.child(ctx, "identifier");
        return new SqlWithItem(core.pos(ctx), new SqlIdentifier(core.grammar().name(name), core.pos(name)),
                (SqlNodeList) core.visit(tree.child(ctx, "identifierList")), core.visit(tree.child(ctx, "query")));
    }

    /** UNION [ALL]; every other set operator (EXCEPT, Oracle's MINUS) is EXCEPT [ALL]. */
    SqlNode setOperation(ParserRuleContext ctx) {
        boolean all = tree.has(ctx, "ALL");
        SqlOperator op = tree.has(tree.child(ctx, "setOperator"), "UNION")
                ? (all ? SqlStdOperatorTable.UNION_ALL : SqlStdOperatorTable.UNION)
                : (all ? SqlStdOperatorTable.EXCEPT_ALL : SqlStdOperatorTable.EXCEPT);
        return op.createCall(core.pos(ctx), core.operands(ctx, "setOperator"));
    }

    /** Any quantifier but ALL (DISTINCT, Oracle's UNIQUE) makes the select DISTINCT. */
    SqlNode queryBlock(ParserRuleContext ctx) {
        SqlParserPos p = core.pos(ctx);
        SqlNodeList keywords = new SqlNodeList(p);
        ParserRuleContext quantifier = tree.child(ctx, "setQuantifier");
        if (quantifier != null && !tree.has(quantifier, "ALL")) keywords.add(SqlSelectKeyword.DISTINCT.symbol(p));
        SqlNodeList select = new SqlNodeList(p);
        for (ParserRuleContext item : tree.children(ctx, "selectItem")) select.add(core.visit(item));
        SqlNode from = null;
        for (ParserRuleContext item : tree.children(ctx, "fromItem")) {
            SqlNode next = core.visit(item);
            from = from == null ? next : join(core.pos(item), from, JoinType.COMMA, next, JoinConditionType.NONE, null);
        }
        SqlNode where = core.visit(tree.child(ctx, "whereClause"));
        SqlNodeList groupBy = (SqlNodeList) core.visit(tree.child(ctx, "groupByClause"));
        SqlNode having = core.visit(tree.child(ctx, "havingClause"));
        return new SqlSelect(p, keywords, select, from, where, groupBy, having, null, null, null, null, null, null);
    }

    SqlNode allColumns(ParserRuleContext ctx) {
        return SqlIdentifier.star(core.pos(ctx));
    }

    /** {@code t.*}: the table's name parts and an empty last part. */
    SqlNode tableColumns(ParserRuleContext ctx) {
        List<String> names = new ArrayList<>();
        for (ParserRuleContext id : tree.children(ctx, "identifier")) names.add(core.grammar().name(id));
        names.add("");
        return SqlIdentifier.star(names, core.pos(ctx), null);
    }

    SqlNode expressionItem(ParserRuleContext ctx) {
        return aliased(core.visit(tree.children(ctx).get(0)), ctx);
    }

    SqlNode fromItem(ParserRuleContext ctx) {
        SqlNode left = core.visit(tree.child(ctx, "tableReference"));
        for (ParserRuleContext join : tree.children(ctx, "joinClause")) left = join(left, join);
        return left;
    }

    private static final Set<String> CORE_JOINS = Set.of("innerJoin", "outerJoin", "crossJoin", "naturalJoin");

    /**
     * A core join, or a dialect's (SQL Server's CROSS APPLY): the dialect's visitor builds that one
     * as an {@link SqlJoin} without its left side, which is the FROM item built so far.
     */
    private SqlNode join(SqlNode left, ParserRuleContext ctx) {
        String label = CoreParseTree.label(ctx);
        if (!CORE_JOINS.contains(label)) {
            SqlJoin dialectJoin = (SqlJoin) core.visit(ctx);
            dialectJoin.setLeft(left);
            return dialectJoin;
        }
        SqlParserPos p = core.pos(ctx);
        SqlNode right = core.visit(tree.child(ctx, "tableReference"));
        // SQL Server's nested form a JOIN b JOIN c ON ... ON ...: b and its joins are the right side
        for (ParserRuleContext nested : tree.children(ctx, "joinClause")) right = join(right, nested);
        if (label.equals("crossJoin")) return join(p, left, JoinType.CROSS, right, JoinConditionType.NONE, null);
        JoinType type = tree.has(ctx, "LEFT") ? JoinType.LEFT : tree.has(ctx, "RIGHT") ? JoinType.RIGHT
                : tree.has(ctx, "FULL") ? JoinType.FULL : JoinType.INNER;
        if (label.equals("naturalJoin")) {
            return new SqlJoin(p, left, SqlLiteral.createBoolean(true, p), type.symbol(p), right, JoinConditionType.NONE.symbol(p), null);
        }
        ParserRuleContext on = tree.child(ctx, "expression");
        if (on != null) return join(p, left, type, right, JoinConditionType.ON, core.visit(on));
        return join(p, left, type, right, JoinConditionType.USING, core.visit(tree.child(ctx, "identifierList")));
    }

    private static SqlNode join(SqlParserPos p, SqlNode left, JoinType type, SqlNode right, JoinConditionType conditionType,
                                SqlNode condition) {
        return new SqlJoin(p, left, SqlLiteral.createBoolean(false, p), type.symbol(p), right, conditionType.symbol(p), condition);
    }

    SqlNode namedTable(ParserRuleContext ctx) {
        return aliased(core.visit(tree.child(ctx, "tableName")), ctx);
    }

    /**
     * {@code (query) AS t}. A column list, {@code AS t (a, b)}, renames the query's columns: its select items
     * take the names ({@code SELECT id AS a, name AS b}), which every target reads (MariaDB has no derived
     * column lists); where the items cannot be matched one to one (a {@code *}), the list is kept.
     */
    SqlNode subqueryTable(ParserRuleContext ctx) {
        SqlNode query = core.visit(tree.child(ctx, "query"));
        ParserRuleContext columns = tree.child(ctx, "identifierList");
        if (columns == null) return aliased(query, ctx);
        List<SqlIdentifier> names = new ArrayList<>();
        for (ParserRuleContext column : tree.children(columns, "identifier")) {
            names.add(new SqlIdentifier(core.grammar().name(column), core.pos(column)));
        }
        SqlSelect first = firstSelect(query);
        if (first != null && first.getSelectList().size() == names.size()
                && first.getSelectList().stream().noneMatch(item -> item instanceof SqlIdentifier id && id.isStar())) {
            SqlNodeList renamed = new SqlNodeList(first.getSelectList().getParserPosition());
            for (int i = 0; i < names.size(); i++) {
                SqlNode item = first.getSelectList().get(i);
                SqlNode value = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
                renamed.add(SqlStdOperatorTable.AS.createCall(item.getParserPosition(), value, names.get(i)));
            }
            first.setSelectList(renamed);
            return aliased(query, ctx);
        }
        SqlNode aliased = aliased(query, ctx);
        if (!(aliased instanceof SqlCall as)) return aliased;
        List<SqlNode> operands = new ArrayList<>(as.getOperandList());
        operands.addAll(names);
        return SqlStdOperatorTable.AS.createCall(as.getParserPosition(), operands);
    }

    /** The SELECT whose items name a query's columns: the query itself, or the first of a set operation. */
    private static SqlSelect firstSelect(SqlNode query) {
        if (query instanceof SqlSelect select) return select;
        if (query instanceof SqlOrderBy orderBy) return firstSelect(orderBy.query);
        if (query instanceof SqlCall call && call.getKind().belongsTo(SqlKind.SET_QUERY)) return firstSelect(call.operand(0));
        return null;
    }

    /** {@code node AS alias} when {@code ctx} has an alias (its direct identifier child), else the node. */
    SqlNode aliased(SqlNode node, ParserRuleContext ctx) {
        ParserRuleContext alias = tree.child(ctx, "identifier");
        if (alias == null) return node;
        return SqlStdOperatorTable.AS.createCall(core.pos(alias), node, new SqlIdentifier(core.grammar().name(alias), core.pos(alias)));
    }

    SqlNode orderBy(ParserRuleContext ctx) {
        SqlNodeList items = new SqlNodeList(core.pos(ctx));
        for (ParserRuleContext item : tree.children(ctx, "orderItem")) items.add(core.visit(item));
        return items;
    }

    /** DESC and NULLS FIRST / LAST wrap the expression; ASC is the default and leaves it bare. */
    SqlNode orderItem(ParserRuleContext ctx) {
        SqlNode node = core.visit(tree.children(ctx).get(0));
        if (tree.has(ctx, "DESC")) node = SqlStdOperatorTable.DESC.createCall(core.pos(ctx), node);
        if (tree.has(ctx, "NULLS")) {
            node = (tree.has(ctx, "FIRST") ? SqlStdOperatorTable.NULLS_FIRST : SqlStdOperatorTable.NULLS_LAST).createCall(core.pos(ctx), node);
        }
        return node;
    }

    /** FETCH FIRST n ROWS ONLY is n; FETCH FIRST ROW ONLY is 1. */
    SqlNode fetch(ParserRuleContext ctx) {
        List<ParserRuleContext> count = tree.children(ctx);
        return count.isEmpty() ? SqlLiteral.createExactNumeric("1", core.pos(ctx)) : core.only(ctx);
    }
}

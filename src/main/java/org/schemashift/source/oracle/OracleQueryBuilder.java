package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
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
import org.schemashift.model.ActionItem;
import org.schemashift.model.sql.HierarchicalQuery;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.*;
import org.schemashift.source.oracle.grammar.OracleParser;
import org.schemashift.source.oracle.grammar.OracleParserBaseVisitor;

/**
 * Builds the query half of the Oracle SqlNodes: query blocks, FROM and joins, set operations,
 * ORDER BY / OFFSET / FETCH, WITH and CONNECT BY. The conventions are those of
 * {@link OracleExpressionBuilder} (the contract's one place); expressions inside a query are built
 * by it, and queries inside expressions come back here.
 */
final class OracleQueryBuilder extends OracleParserBaseVisitor<SqlNode> {
    private final SourcePositions positions;
    private final List<ActionItem> notes;
    private final OracleExpressionBuilder expressions;

    OracleQueryBuilder(SourcePositions positions, List<ActionItem> notes, OracleExpressionBuilder expressions) {
        this.positions = positions;
        this.notes = notes;
        this.expressions = expressions;
    }

    private SqlParserPos pos(ParserRuleContext ctx) {
        return positions.pos(ctx);
    }


    @Override
    public SqlNode visitQuery(QueryContext ctx) {
        noteHint(ctx);
        SqlNode body = visit(ctx.queryExpression());
        SqlParserPos p = pos(ctx);
        if (ctx.orderByClause() != null || ctx.offsetClause() != null || ctx.fetchClause() != null) {
            SqlNodeList order = ctx.orderByClause() == null ? SqlNodeList.EMPTY : expressions.orderList(ctx.orderByClause());
            SqlNode offset = ctx.offsetClause() == null ? null : expressions.visit(ctx.offsetClause().expr());
            SqlNode fetch = null;
            if (ctx.fetchClause() != null) {
                FetchClauseContext f = ctx.fetchClause();
                fetch = f.expr() == null ? SqlLiteral.createExactNumeric("1", pos(f)) : expressions.visit(f.expr());
                if (f.PERCENT() != null || f.TIES() != null) {
                    fetch = PseudoFunctions.call(f.PERCENT() != null ? PseudoFunctions.ORACLE_FETCH_PERCENT
                            : PseudoFunctions.ORACLE_FETCH_WITH_TIES, pos(f), fetch);
                }
            }
            body = new SqlOrderBy(p, body, order, offset, fetch);
        }
        if (ctx.withClause() != null) {
            SqlNodeList items = new SqlNodeList(pos(ctx.withClause()));
            for (CommonTableExpressionContext cte : ctx.withClause().commonTableExpression()) {
                SqlNodeList columns = cte.identifierList() == null ? null : expressions.identifierList(cte.identifierList());
                items.add(new SqlWithItem(pos(cte), OracleExpressionBuilder.identifier(OracleNames.identifier(cte.identifier()), pos(cte.identifier())),
                        columns, visit(cte.query())));
            }
            body = new SqlWith(p, items, body);
        }
        return body;
    }

    /** Hints are comments to the parser; they are found in the text and reported as dropped. */
    private void noteHint(QueryContext ctx) {
        String text = positions.text(ctx);
        if (text.matches("(?is).*\\bSELECT\\s*(/\\*\\+|--\\+).*")) {
            notes.add(OracleCode.HINT_DROPPED.at(positions.span(ctx), "optimizer hint dropped from the query"));
        }
    }

    @Override
    public SqlNode visitSimpleQuery(SimpleQueryContext ctx) {
        return visit(ctx.queryBlock());
    }

    @Override
    public SqlNode visitParenthesizedQuery(ParenthesizedQueryContext ctx) {
        return visit(ctx.query());
    }

    @Override
    public SqlNode visitIntersectQuery(IntersectQueryContext ctx) {
        return SqlStdOperatorTable.INTERSECT.createCall(pos(ctx), visit(ctx.queryExpression(0)), visit(ctx.queryExpression(1)));
    }

    @Override
    public SqlNode visitSetOperationQuery(SetOperationQueryContext ctx) {
        boolean all = ctx.ALL() != null;
        SqlOperator op = ctx.operator.getType() == OracleParser.UNION
                ? (all ? SqlStdOperatorTable.UNION_ALL : SqlStdOperatorTable.UNION)
                : (all ? SqlStdOperatorTable.EXCEPT_ALL : SqlStdOperatorTable.EXCEPT);
        return op.createCall(pos(ctx), visit(ctx.queryExpression(0)), visit(ctx.queryExpression(1)));
    }

    @Override
    public SqlNode visitQueryBlock(QueryBlockContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlNodeList keywords = new SqlNodeList(p);
        if (ctx.quantifier != null && ctx.quantifier.getType() != OracleParser.ALL) keywords.add(SqlSelectKeyword.DISTINCT.symbol(p));
        SqlNodeList select = new SqlNodeList(p);
        for (SelectItemContext item : ctx.selectItem()) select.add(visit(item));
        SqlNode from = null;
        for (FromItemContext item : ctx.fromItem()) {
            SqlNode next = visit(item);
            from = from == null ? next : join(pos(item), from, JoinType.COMMA, next, JoinConditionType.NONE, null);
        }
        SqlNode where = ctx.whereClause() == null ? null : expressions.visit(ctx.whereClause().condition());
        SqlNodeList groupBy = ctx.groupByClause() == null ? null : expressions.list(ctx.groupByClause().expressionList());
        SqlNode having = ctx.havingClause() == null ? null : expressions.visit(ctx.havingClause().condition());
        SqlSelect query = new SqlSelect(p, keywords, select, from, where, groupBy, having, null, null, null, null, null, null);
        HierarchicalClauseContext h = ctx.hierarchicalClause();
        if (h == null) return query;
        return new HierarchicalQuery(p, query, h.startWith == null ? null : expressions.visit(h.startWith), expressions.visit(h.connectBy), h.NOCYCLE() != null);
    }

    @Override
    public SqlNode visitAllColumns(AllColumnsContext ctx) {
        return SqlIdentifier.star(pos(ctx));
    }

    @Override
    public SqlNode visitTableColumns(TableColumnsContext ctx) {
        List<String> names = new ArrayList<>();
        for (IdentifierContext id : ctx.identifier()) names.add(OracleNames.identifier(id));
        names.add("");
        return SqlIdentifier.star(names, pos(ctx), null);
    }

    @Override
    public SqlNode visitExpressionItem(ExpressionItemContext ctx) {
        SqlNode value = expressions.visit(ctx.expr());
        return ctx.alias == null ? value : as(value, ctx.alias);
    }

    private SqlNode as(SqlNode node, IdentifierContext alias) {
        return SqlStdOperatorTable.AS.createCall(pos(alias), node, OracleExpressionBuilder.identifier(OracleNames.identifier(alias), pos(alias)));
    }

    @Override
    public SqlNode visitFromItem(FromItemContext ctx) {
        SqlNode left = visit(ctx.tableReference());
        for (JoinClauseContext join : ctx.joinClause()) {
            left = join(left, join);
        }
        return left;
    }

    private SqlNode join(SqlNode left, JoinClauseContext ctx) {
        SqlParserPos p = pos(ctx);
        if (ctx instanceof InnerJoinContext j) {
            return joinWithCondition(p, left, JoinType.INNER, visit(j.tableReference()), j.condition(), j.identifierList());
        }
        if (ctx instanceof OuterJoinContext j) {
            JoinType type = switch (j.side.getType()) {
                case OracleParser.LEFT -> JoinType.LEFT;
                case OracleParser.RIGHT -> JoinType.RIGHT;
                default -> JoinType.FULL;
            };
            return joinWithCondition(p, left, type, visit(j.tableReference()), j.condition(), j.identifierList());
        }
        if (ctx instanceof CrossJoinContext j) {
            return join(p, left, JoinType.CROSS, visit(j.tableReference()), JoinConditionType.NONE, null);
        }
        NaturalJoinContext j = (NaturalJoinContext) ctx;
        JoinType type = j.side == null ? JoinType.INNER : switch (j.side.getType()) {
            case OracleParser.LEFT -> JoinType.LEFT;
            case OracleParser.RIGHT -> JoinType.RIGHT;
            default -> JoinType.FULL;
        };
        return new SqlJoin(p, left, SqlLiteral.createBoolean(true, p), type.symbol(p), visit(j.tableReference()),
                JoinConditionType.NONE.symbol(p), null);
    }

    private SqlNode joinWithCondition(SqlParserPos p, SqlNode left, JoinType type, SqlNode right, ConditionContext on,
                                      IdentifierListContext using) {
        if (on != null) return join(p, left, type, right, JoinConditionType.ON, expressions.visit(on));
        if (using != null) return join(p, left, type, right, JoinConditionType.USING, expressions.identifierList(using));
        return join(p, left, type, right, JoinConditionType.NONE, null);
    }

    private static SqlNode join(SqlParserPos p, SqlNode left, JoinType type, SqlNode right, JoinConditionType conditionType,
                                SqlNode condition) {
        return new SqlJoin(p, left, SqlLiteral.createBoolean(false, p), type.symbol(p), right, conditionType.symbol(p), condition);
    }

    @Override
    public SqlNode visitNamedTable(NamedTableContext ctx) {
        List<String> names = new ArrayList<>();
        for (IdentifierContext id : ctx.tableName().identifier()) names.add(OracleNames.identifier(id));
        if (ctx.dbLink() != null) {
            String link = positions.text(ctx.dbLink()).toUpperCase(Locale.ROOT);
            names.set(names.size() - 1, names.get(names.size() - 1) + "@" + link);
            notes.add(OracleCode.DBLINK.at(positions.span(ctx), "query reads " + positions.text(ctx.tableName())
                    + " over database link " + link));
        }
        SqlNode table = new SqlIdentifier(names, pos(ctx.tableName()));
        return ctx.alias == null ? table : as(table, ctx.alias);
    }

    @Override
    public SqlNode visitSubqueryTable(SubqueryTableContext ctx) {
        SqlNode query = visit(ctx.query());
        return ctx.alias == null ? query : as(query, ctx.alias);
    }

    @Override
    public SqlNode visitParenthesizedFrom(ParenthesizedFromContext ctx) {
        return visit(ctx.fromItem());
    }

    @Override
    public SqlNode visitCollectionTable(CollectionTableContext ctx) {
        SqlNode table = PseudoFunctions.call("TABLE", pos(ctx), expressions.visit(ctx.expr()));
        return ctx.alias == null ? table : as(table, ctx.alias);
    }
}

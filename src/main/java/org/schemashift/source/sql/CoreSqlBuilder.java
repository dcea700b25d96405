package org.schemashift.source.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.RuleNode;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.source.antlr.SourcePositions;

/**
 * Builds Calcite {@link SqlNode}s from the shared core grammar (grammars/imports/SqlCoreParser.g4),
 * the same trees for every dialect that imports it.
 *
 * <p>A dialect's builder extends its generated ANTLR visitor, overrides the visit methods of the
 * alternatives it adds or spells its own way, and hands every other node here: its
 * {@code visitChildren} calls {@link #build}. Its {@link CoreGrammar} says how it spells names,
 * strings and function names. The table in {@link #build} names each core label and the method
 * that builds it; a core node's children are built through the dialect's visitor again, so
 * dialect alternatives nest inside core ones and the other way round.
 *
 * <p>Why by name: ANTLR copies imported rules into each importing grammar and generates separate
 * context classes for each copy (OracleParser.BetweenPredicateContext, MySqlParser.BetweenPredicateContext)
 * with no common type, so code typed against one dialect's contexts cannot read another's. The
 * copies do share their rule, token and label names, which {@link CoreParseTree} reads.
 *
 * <p>Data changes are Calcite's statement nodes, as {@link CoreDml} describes. The trees follow the
 * conventions in docs/oracle-sqlnodes.md: standard operators from
 * {@link SqlStdOperatorTable}, names as {@link org.apache.calcite.sql.SqlIdentifier}s as the
 * dialect stores them, every node positioned at its line and column in the file.
 */
public final class CoreSqlBuilder {
    private final SourcePositions positions;
    private final CoreSqlDialect dialect;
    private final CoreGrammar grammar;
    private final CoreParseTree tree;
    private final CoreExpressions expressions;
    private final CoreLiterals literals;
    private final CoreQueries queries;
    private final CoreDml dml;

    /** {@code dialect} builds every node (its visit methods first); {@code grammar} is the dialect's for the core. */
    public CoreSqlBuilder(SourcePositions positions, CoreSqlDialect dialect, CoreGrammar grammar) {
        this.positions = positions;
        this.dialect = dialect;
        this.grammar = grammar;
        this.tree = grammar.tree();
        this.expressions = new CoreExpressions(this);
        this.literals = new CoreLiterals(this);
        this.queries = new CoreQueries(this);
        this.dml = new CoreDml(this);
    }

    /**
     * Builds {@code node} as the core grammar means it. The dialect's visitor sends here every node
     * it does not build itself; a dialect visit method may also call it for the core's version of
     * a node it extends (Oracle's {@code col(+)} is the core's column reference, marked).
     */
    public SqlNode build(RuleNode node) {
        ParserRuleContext ctx = (ParserRuleContext) node;
        String label = CoreParseTree.label(ctx);
        return switch (label) {
            // queries
            case "query" -> queries.query(ctx);
            case "withClause" -> queries.with(ctx);
            case "commonTableExpression" -> queries.commonTableExpression(ctx);
            case "intersectQuery" -> call(SqlStdOperatorTable.INTERSECT, ctx);
            case "setOperationQuery" -> queries.setOperation(ctx);
            case "queryBlock" -> queries.queryBlock(ctx);
            case "allColumns" -> queries.allColumns(ctx);
            case "tableColumns" -> queries.tableColumns(ctx);
            case "expressionItem" -> queries.expressionItem(ctx);
            case "fromItem" -> queries.fromItem(ctx);
            case "namedTable" -> queries.namedTable(ctx);
            case "subqueryTable" -> queries.subqueryTable(ctx);
            case "orderByClause" -> queries.orderBy(ctx);
            case "orderItem" -> queries.orderItem(ctx);
            case "fetchClause" -> queries.fetch(ctx);
            case "parenthesizedQuery", "parenthesizedFrom", "scalarSubquery", "parenthesizedExpr", "parenthesizedCondition",
                 "whereClause", "groupByClause", "havingClause", "offsetClause" -> only(ctx);
            // data changes
            case "insertStatement" -> dml.insert(ctx);
            case "valuesSource" -> dml.values(ctx);
            case "valuesRow" -> call(SqlStdOperatorTable.ROW, ctx);
            case "useDefault" -> dml.defaultValue(ctx);
            case "updateStatement" -> dml.update(ctx);
            case "deleteStatement" -> dml.delete(ctx);
            case "currentOfClause" -> dml.currentOf(ctx);
            case "mergeStatement" -> dml.merge(ctx);
            // conditions
            case "notExpression" -> call(SqlStdOperatorTable.NOT, ctx);
            case "andExpression" -> call(SqlStdOperatorTable.AND, ctx);
            case "orExpression" -> call(SqlStdOperatorTable.OR, ctx);
            case "inPredicate" -> call(negatable(ctx, SqlStdOperatorTable.IN, SqlStdOperatorTable.NOT_IN), ctx);
            case "betweenPredicate" -> call(negatable(ctx, SqlStdOperatorTable.BETWEEN, SqlStdOperatorTable.NOT_BETWEEN), ctx);
            case "likePredicate" -> call(negatable(ctx, SqlStdOperatorTable.LIKE, SqlStdOperatorTable.NOT_LIKE), ctx);
            case "isNullPredicate" -> call(negatable(ctx, SqlStdOperatorTable.IS_NULL, SqlStdOperatorTable.IS_NOT_NULL), ctx);
            case "quantifiedPredicate" -> expressions.quantified(ctx);
            case "comparisonPredicate" -> expressions.comparison(ctx);
            case "existsPredicate" -> call(SqlStdOperatorTable.EXISTS, ctx);
            // expressions
            case "unaryExpr" -> expressions.unary(ctx);
            case "multiplicativeExpr" -> call(tree.has(ctx, "STAR") ? SqlStdOperatorTable.MULTIPLY : SqlStdOperatorTable.DIVIDE, ctx);
            case "additiveExpr" -> call(expressions.additiveOperator(ctx), ctx);
            case "rowExpr" -> call(SqlStdOperatorTable.ROW, ctx);
            case "searchedCase" -> expressions.caseExpression(ctx, false);
            case "simpleCase" -> expressions.caseExpression(ctx, true);
            case "castExpression" -> cast(ctx);
            case "extractPrimary" -> expressions.extract(ctx);
            case "trimPrimary" -> expressions.trim(ctx);
            case "functionCall" -> functionCall(ctx);
            case "functionArgument" -> visit(CoreExpressions.last(tree.children(ctx)));
            case "overClause" -> expressions.window(ctx);
            case "unboundedBound", "currentRowBound", "offsetBound" -> expressions.frameBound(ctx, label);
            case "columnReference", "tableName" -> expressions.qualifiedName(ctx);
            case "expressionList" -> expressions.list(ctx);
            case "identifierList" -> expressions.identifiers(ctx);
            // literals
            case "textLiteral" -> literals.text(ctx);
            case "integerLiteral", "decimalLiteral" -> literals.exactNumeric(ctx);
            case "realLiteral" -> literals.approximateNumeric(ctx.getText(), pos(ctx));
            case "nullLiteral" -> literals.nullLiteral(ctx);
            case "booleanLiteral" -> literals.booleanLiteral(ctx);
            case "temporalLiteral" -> literals.temporal(ctx);
            case "intervalLiteral" -> literals.interval(ctx);
            default -> passThrough(ctx, label);
        };
    }

    /** A node whose only child is another node (literalPrimary, primaryExpr, ...) is built as that child. */
    private SqlNode passThrough(ParserRuleContext ctx, String label) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof ParserRuleContext child) {
            return dialect.visit(child);
        }
        throw new IllegalStateException("no builder for '" + label + "' (" + ctx.getClass().getName()
                + "): a dialect alternative needs a visit method in the dialect's builder");
    }

    // ------------------------------------------------------------------ for dialect builders

    /** {@code CAST(value AS castType)}: also the shape of MySQL's CONVERT(value, castType). */
    public SqlNode cast(ParserRuleContext ctx) {
        return call(SqlStdOperatorTable.CAST, ctx);
    }

    /** {@code name(args)} with the dialect's function names, DISTINCT / ALL, {@code *}, WITHIN GROUP and OVER. */
    public SqlNode functionCall(ParserRuleContext ctx) {
        return expressions.functionCall(ctx);
    }

    /** {@code node AS alias} when {@code ctx} has an alias (its direct identifier child), else the node. */
    public SqlNode aliased(SqlNode node, ParserRuleContext ctx) {
        return queries.aliased(node, ctx);
    }

    /** {@code -operand}: a minus before a number folds into the literal. */
    public SqlNode negate(SqlNode operand, SqlParserPos pos) {
        return operand instanceof SqlNumericLiteral n ? SqlLiteral.createNegative(n, pos)
                : SqlStdOperatorTable.UNARY_MINUS.createCall(pos, operand);
    }

    /** An approximate numeric literal from its digits (a dialect removes its own suffixes first). */
    public SqlNode approximateNumeric(String digits, SqlParserPos pos) {
        return literals.approximateNumeric(digits, pos);
    }

    // ------------------------------------------------------------------ for the core builders

    CoreParseTree tree() {
        return tree;
    }

    CoreGrammar grammar() {
        return grammar;
    }

    SqlParserPos pos(ParserRuleContext ctx) {
        return positions.pos(ctx);
    }

    SqlParserPos pos(Token token) {
        return positions.pos(token);
    }

    /** Builds {@code node} through the dialect's visitor, which may build it its own way; null for null. */
    SqlNode visit(ParserRuleContext node) {
        return node == null ? null : dialect.visit(node);
    }

    /** The only child node of {@code ctx} (a parenthesized expression's, a WHERE clause's), built. */
    SqlNode only(ParserRuleContext ctx) {
        List<ParserRuleContext> children = tree.children(ctx);
        if (children.size() != 1) throw new IllegalStateException(CoreParseTree.label(ctx) + " has " + children.size() + " child nodes");
        return visit(children.get(0));
    }

    /** Every child node of {@code ctx} except those of the rules {@code skipped}, built in source order. */
    List<SqlNode> operands(ParserRuleContext ctx, String... skipped) {
        List<SqlNode> operands = new ArrayList<>();
        for (ParserRuleContext child : tree.children(ctx)) {
            if (Arrays.stream(skipped).noneMatch(rule -> tree.is(child, rule))) operands.add(visit(child));
        }
        return operands;
    }

    /** {@code op} applied to every child node of {@code ctx}: the operands are the children, in source order. */
    SqlNode call(SqlOperator op, ParserRuleContext ctx) {
        return op.createCall(pos(ctx), operands(ctx));
    }

    /** {@code negated} when ctx has a NOT (x NOT IN, NOT BETWEEN, NOT LIKE, IS NOT NULL), else {@code plain}. */
    SqlOperator negatable(ParserRuleContext ctx, SqlOperator plain, SqlOperator negated) {
        return tree.has(ctx, "NOT") ? negated : plain;
    }
}

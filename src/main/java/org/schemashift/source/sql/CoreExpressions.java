package org.schemashift.source.sql;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.sql.PseudoFunctions;

/** The core's predicates, operators, CASE, EXTRACT, TRIM, function calls and windows (see {@link CoreSqlBuilder}). */
final class CoreExpressions extends CoreBuilderPart {
    CoreExpressions(CoreSqlBuilder core) {
        super(core);
    }

    /** {@code x = ANY (...)}, {@code x > ALL (...)} (SOME is ANY). */
    SqlNode quantified(ParserRuleContext ctx) {
        SqlKind kind = comparisonOperator(tree.child(ctx, "comparisonOperator")).getKind();
        SqlOperator op = tree.has(ctx, "ALL") ? SqlStdOperatorTable.all(kind) : SqlStdOperatorTable.some(kind);
        return op.createCall(core.pos(ctx), core.operands(ctx, "comparisonOperator"));
    }

    SqlNode comparison(ParserRuleContext ctx) {
        SqlOperator op = comparisonOperator(tree.child(ctx, "comparisonOperator"));
        return op.createCall(core.pos(ctx), core.operands(ctx, "comparisonOperator"));
    }

    private SqlOperator comparisonOperator(ParserRuleContext operator) {
        if (tree.has(operator, "EQUALS")) return SqlStdOperatorTable.EQUALS;
        if (tree.has(operator, "NOT_EQUALS")) return SqlStdOperatorTable.NOT_EQUALS;
        if (tree.has(operator, "LESS_THAN")) return SqlStdOperatorTable.LESS_THAN;
        if (tree.has(operator, "LESS_EQUALS")) return SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
        if (tree.has(operator, "GREATER_THAN")) return SqlStdOperatorTable.GREATER_THAN;
        if (tree.has(operator, "GREATER_EQUALS")) return SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
        throw new IllegalStateException("comparison operator '" + operator.getText() + "' is the dialect's own: its builder builds it");
    }

    SqlNode unary(ParserRuleContext ctx) {
        SqlNode operand = core.only(ctx);
        return tree.has(ctx, "PLUS") ? SqlStdOperatorTable.UNARY_PLUS.createCall(core.pos(ctx), operand) : core.negate(operand, core.pos(ctx));
    }

    /** {@code ||} is CONCAT: Oracle's NULL-as-empty-string semantics are left to the conversion rules. */
    SqlOperator additiveOperator(ParserRuleContext ctx) {
        if (tree.has(ctx, "PLUS")) return SqlStdOperatorTable.PLUS;
        return tree.has(ctx, "CONCAT") ? SqlStdOperatorTable.CONCAT : SqlStdOperatorTable.MINUS;
    }

    /**
     * Both forms are an {@link SqlCase}; a simple CASE keeps its operand. The operand, WHEN values
     * and results are whatever expression level the dialect allows there: read by position.
     */
    SqlNode caseExpression(ParserRuleContext ctx, boolean simple) {
        SqlParserPos p = core.pos(ctx);
        SqlNode operand = null;
        SqlNode otherwise = null;
        SqlNodeList whens = new SqlNodeList(p);
        SqlNodeList thens = new SqlNodeList(p);
        for (ParserRuleContext child : tree.children(ctx)) {
            if (tree.is(child, "caseWhen") || tree.is(child, "simpleCaseWhen")) {
                List<SqlNode> whenThen = core.operands(child);
                whens.add(whenThen.get(0));
                thens.add(whenThen.get(1));
            } else if (simple && operand == null) {
                operand = core.visit(child);
            } else {
                otherwise = core.visit(child);
            }
        }
        return new SqlCase(p, operand, whens, thens, otherwise);
    }

    /**
     * EXTRACT of YEAR, MONTH, DAY, HOUR, MINUTE or SECOND is the standard operator; any other field
     * (TIMEZONE_HOUR...) an unresolved EXTRACT call with the field as a character literal.
     */
    SqlNode extract(ParserRuleContext ctx) {
        ParserRuleContext fieldName = tree.child(ctx, "identifier");
        String field = core.grammar().name(fieldName);
        SqlParserPos p = core.pos(ctx);
        TimeUnit unit = switch (field) {
            case "YEAR" -> TimeUnit.YEAR;
            case "MONTH" -> TimeUnit.MONTH;
            case "DAY" -> TimeUnit.DAY;
            case "HOUR" -> TimeUnit.HOUR;
            case "MINUTE" -> TimeUnit.MINUTE;
            case "SECOND" -> TimeUnit.SECOND;
            default -> null;
        };
        SqlNode source = core.visit(last(tree.children(ctx)));
        if (unit == null) {
            return PseudoFunctions.call("EXTRACT", p, SqlLiteral.createCharString(field, core.pos(fieldName)), source);
        }
        return SqlStdOperatorTable.EXTRACT.createCall(p, new SqlIntervalQualifier(unit, null, core.pos(fieldName)), source);
    }

    /** TRIM(flag, character, operand): BOTH and ' ' unless the source says otherwise. */
    SqlNode trim(ParserRuleContext ctx) {
        SqlParserPos p = core.pos(ctx);
        SqlTrimFunction.Flag flag = tree.has(ctx, "LEADING") ? SqlTrimFunction.Flag.LEADING
                : tree.has(ctx, "TRAILING") ? SqlTrimFunction.Flag.TRAILING : SqlTrimFunction.Flag.BOTH;
        List<ParserRuleContext> operands = tree.children(ctx);
        SqlNode character = operands.size() > 1 ? core.visit(operands.get(0)) : SqlLiteral.createCharString(" ", p);
        return SqlStdOperatorTable.TRIM.createCall(p, flag.symbol(p), character, core.visit(last(operands)));
    }

    /**
     * The dialect's standard operator for the name, else an unresolved call named as the dialect
     * spells it; COUNT(*) has a star operand, DISTINCT / ALL is the function qualifier.
     */
    SqlNode functionCall(ParserRuleContext ctx) {
        ParserRuleContext nameNode = tree.child(ctx, "functionName");
        String name = core.grammar().functionName(nameNode);
        SqlParserPos p = core.pos(ctx);
        List<SqlNode> args = new ArrayList<>();
        if (tree.has(ctx, "STAR")) args.add(SqlIdentifier.star(p));
        for (ParserRuleContext argument : tree.children(ctx, "functionArgument")) args.add(core.visit(argument));
        SqlOperator op = core.grammar().standardFunction(name);
        if (op == null) op = PseudoFunctions.function(new SqlIdentifier(name, core.pos(nameNode)));
        ParserRuleContext quantifier = tree.child(ctx, "setQuantifier");
        SqlLiteral qualifier = quantifier == null ? null
                : tree.has(quantifier, "ALL") ? SqlSelectKeyword.ALL.symbol(p) : SqlSelectKeyword.DISTINCT.symbol(p);
        SqlNode call = op.createCall(qualifier, p, args.toArray(new SqlNode[0]));
        ParserRuleContext withinGroup = tree.child(ctx, "withinGroup");
        if (withinGroup != null) {
            call = SqlStdOperatorTable.WITHIN_GROUP.createCall(p, call, core.visit(tree.child(withinGroup, "orderByClause")));
        }
        ParserRuleContext over = tree.child(ctx, "overClause");
        if (over != null) call = SqlStdOperatorTable.OVER.createCall(p, call, core.visit(over));
        return call;
    }

    /** OVER (...): partition list, order list and a ROWS / RANGE frame. */
    SqlNode window(ParserRuleContext ctx) {
        SqlParserPos p = core.pos(ctx);
        ParserRuleContext partition = tree.child(ctx, "expressionList");
        ParserRuleContext order = tree.child(ctx, "orderByClause");
        SqlNodeList partitionList = partition == null ? SqlNodeList.EMPTY : (SqlNodeList) core.visit(partition);
        SqlNodeList orderList = order == null ? SqlNodeList.EMPTY : (SqlNodeList) core.visit(order);
        SqlLiteral isRows = SqlLiteral.createBoolean(false, p);
        SqlNode lower = null;
        SqlNode upper = null;
        ParserRuleContext frame = tree.child(ctx, "windowFrame");
        if (frame != null) {
            isRows = SqlLiteral.createBoolean(tree.has(frame, "ROWS"), p);
            List<ParserRuleContext> bounds = tree.children(frame, "frameBound");
            lower = core.visit(bounds.get(0));
            upper = bounds.size() > 1 ? core.visit(bounds.get(1)) : null;
        }
        return SqlWindow.create(null, null, partitionList, orderList, isRows, lower, upper, null, p);
    }

    SqlNode frameBound(ParserRuleContext ctx, String label) {
        SqlParserPos p = core.pos(ctx);
        boolean preceding = tree.has(ctx, "PRECEDING");
        return switch (label) {
            case "unboundedBound" -> preceding ? SqlWindow.createUnboundedPreceding(p) : SqlWindow.createUnboundedFollowing(p);
            case "currentRowBound" -> SqlWindow.createCurrentRow(p);
            default -> preceding ? SqlWindow.createPreceding(core.only(ctx), p) : SqlWindow.createFollowing(core.only(ctx), p);
        };
    }

    /** A column's or table's name: one name per part, each as the dialect stores it. */
    SqlNode qualifiedName(ParserRuleContext ctx) {
        return new SqlIdentifier(names(ctx), core.pos(ctx));
    }

    List<String> names(ParserRuleContext ctx) {
        List<String> names = new ArrayList<>();
        for (ParserRuleContext id : tree.children(ctx, "identifier")) names.add(core.grammar().name(id));
        return names;
    }

    SqlNodeList list(ParserRuleContext ctx) {
        return new SqlNodeList(core.operands(ctx), core.pos(ctx));
    }

    SqlNodeList identifiers(ParserRuleContext ctx) {
        SqlNodeList list = new SqlNodeList(core.pos(ctx));
        for (ParserRuleContext id : tree.children(ctx, "identifier")) list.add(new SqlIdentifier(core.grammar().name(id), core.pos(id)));
        return list;
    }

    /** A node's last child: the value after an optional name (EXTRACT's field, a named argument's name). */
    static ParserRuleContext last(List<ParserRuleContext> children) {
        return children.get(children.size() - 1);
    }
}

package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlAlienSystemTypeNameSpec;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;
import org.schemashift.model.ActionItem;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.sql.HierarchicalQuery;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser;
import org.schemashift.source.oracle.grammar.OracleParser.*;
import org.schemashift.source.oracle.grammar.OracleParserBaseVisitor;

/**
 * Builds Calcite {@link SqlNode}s from Oracle expressions, conditions and queries. These
 * conventions are the contract with the Oracle conversion rules (docs/oracle-sqlnodes.md):
 *
 * <ul>
 *   <li><b>Names.</b> Columns and tables are {@link SqlIdentifier}s with one name per part, each part
 *       as Oracle stores it: unquoted names upper case, quoted names exactly as written. Pseudo columns
 *       ROWNUM, ROWID, LEVEL, SYSDATE, SYSTIMESTAMP, USER, UID, CONNECT_BY_ISLEAF, CONNECT_BY_ISCYCLE
 *       (and any other bare word) are therefore plain upper-case one-part identifiers; {@code seq.NEXTVAL}
 *       and {@code seq.CURRVAL} are compound identifiers ({@code [SEQ, NEXTVAL]}, with a schema:
 *       three parts). Bind variables are {@link SqlDynamicParam}s numbered from 0.</li>
 *   <li><b>Operators where Oracle means the same</b> ({@link SqlStdOperatorTable}): AND, OR, NOT,
 *       EQUALS, NOT_EQUALS ({@code <> != ^= ~=}), LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN,
 *       GREATER_THAN_OR_EQUAL, IS_NULL, IS_NOT_NULL, LIKE / NOT_LIKE (ESCAPE as third operand),
 *       IN / NOT_IN (second operand a SqlNodeList or a query), BETWEEN / NOT_BETWEEN, EXISTS,
 *       {@code some(kind)} / {@code all(kind)} for {@code = ANY (...)} and {@code > ALL (...)},
 *       PLUS, MINUS, MULTIPLY, DIVIDE, UNARY_MINUS (a minus before a number folds into the literal),
 *       UNARY_PLUS, CONCAT for {@code ||} (Oracle's NULL-as-empty-string semantics are left to the
 *       rules), ROW for {@code (a, b)}, CASE as {@link SqlCase} (simple CASE keeps its operand), CAST,
 *       EXTRACT (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND as a {@link SqlIntervalQualifier}; other
 *       fields: an unresolved EXTRACT call with the field as a character literal), TRIM (flag,
 *       trim character defaulting to ' ', operand), and the functions COUNT, SUM, MIN, MAX, AVG,
 *       COALESCE, NULLIF, UPPER, LOWER, ABS, ROW_NUMBER, RANK, DENSE_RANK. COUNT(*) has a star
 *       operand; DISTINCT / UNIQUE in an aggregate is the DISTINCT function qualifier.</li>
 *   <li><b>Every other function</b> is an unresolved call named in upper case as written
 *       ({@link PseudoFunctions#call}): NVL, DECODE, TO_CHAR, SUBSTR, INSTR, TRUNC, ADD_MONTHS, ...;
 *       a package function is one name with a dot ({@code PKG.FUNC}). Named arguments keep only
 *       their value.</li>
 *   <li><b>Analytic functions</b>: {@code f(...) OVER (...)} is {@link SqlStdOperatorTable#OVER} with
 *       the call and a {@link SqlWindow} (partition list, order list, ROWS/RANGE frame);
 *       {@code f(...) WITHIN GROUP (ORDER BY ...)} is {@link SqlStdOperatorTable#WITHIN_GROUP}.</li>
 *   <li><b>Oracle-only constructs</b>: {@code col(+)} is {@code ORA_OUTER_JOIN(col)}
 *       ({@link PseudoFunctions#ORACLE_OUTER_JOIN}); {@code PRIOR e} is {@code ORA_PRIOR(e)};
 *       {@code CONNECT_BY_ROOT e} is {@code ORA_CONNECT_BY_ROOT(e)}; a query block with START WITH /
 *       CONNECT BY is a {@link HierarchicalQuery} around the SqlSelect; ORDER SIBLINGS BY is an
 *       SqlOrderBy whose order list holds the single call {@code ORA_ORDER_SIBLINGS(items...)}
 *       ({@link PseudoFunctions#ORACLE_ORDER_SIBLINGS}); FETCH FIRST n PERCENT and WITH TIES make the
 *       fetch operand {@code ORA_FETCH_PERCENT(n)} / {@code ORA_FETCH_WITH_TIES(n)}.</li>
 *   <li><b>Literals</b>: {@code '...'}, {@code N'...'} and {@code q'[...]'} are character literals with
 *       quotes resolved; {@code ''} is an empty character literal (the rules make it NULL, as Oracle
 *       does); integers and decimals exact numerics, {@code 1e3} / {@code 1.5f} / {@code 2d}
 *       approximate; NULL; TRUE / FALSE; {@code DATE 'yyyy-mm-dd'} a date literal and
 *       {@code TIMESTAMP '...'} a timestamp literal (an unknown literal keeping the text when not in
 *       canonical form); {@code INTERVAL '5' DAY}, {@code INTERVAL '1-2' YEAR TO MONTH} interval
 *       literals.</li>
 *   <li><b>Queries</b>: a query block is a {@link SqlSelect} (select list items aliased with AS calls,
 *       {@code t.*} a star identifier, FROM items joined left to right: a comma is
 *       {@link JoinType#COMMA}, ANSI joins {@link SqlJoin}s with ON / USING, table aliases AS calls);
 *       UNION [ALL], INTERSECT and MINUS / EXCEPT are UNION, UNION_ALL, INTERSECT and EXCEPT /
 *       EXCEPT_ALL calls; ORDER BY, OFFSET and FETCH FIRST wrap the query in an {@link SqlOrderBy};
 *       WITH is an {@link SqlWith} of {@link SqlWithItem}s; a subquery in an expression is the query
 *       node itself. Optimizer hints are dropped (an INFO item says so); {@code table@dblink} keeps
 *       the link as the last name part {@code @LINK} with a HIGH item.</li>
 * </ul>
 * Every node's {@link SqlParserPos} is its line and column in the file.
 */
final class OracleExpressionBuilder extends OracleParserBaseVisitor<SqlNode> {

    private static final Map<String, SqlOperator> STANDARD_FUNCTIONS = Map.ofEntries(
            Map.entry("COUNT", SqlStdOperatorTable.COUNT),
            Map.entry("SUM", SqlStdOperatorTable.SUM),
            Map.entry("MIN", SqlStdOperatorTable.MIN),
            Map.entry("MAX", SqlStdOperatorTable.MAX),
            Map.entry("AVG", SqlStdOperatorTable.AVG),
            Map.entry("COALESCE", SqlStdOperatorTable.COALESCE),
            Map.entry("NULLIF", SqlStdOperatorTable.NULLIF),
            Map.entry("UPPER", SqlStdOperatorTable.UPPER),
            Map.entry("LOWER", SqlStdOperatorTable.LOWER),
            Map.entry("ABS", SqlStdOperatorTable.ABS),
            Map.entry("ROW_NUMBER", SqlStdOperatorTable.ROW_NUMBER),
            Map.entry("RANK", SqlStdOperatorTable.RANK),
            Map.entry("DENSE_RANK", SqlStdOperatorTable.DENSE_RANK));

    private final SourcePositions positions;
    private final OracleQueryBuilder queries;
    private int bindVariables;

    /** {@code notes} receives the items a construct raises (dropped hints, database links). */
    OracleExpressionBuilder(SourcePositions positions, List<ActionItem> notes) {
        this.positions = positions;
        this.queries = new OracleQueryBuilder(positions, notes, this);
    }

    /** The expression, condition or query with its exact source text. */
    Expr expr(ParserRuleContext ctx) {
        return new Expr(visit(ctx), positions.text(ctx));
    }

    private SqlParserPos pos(ParserRuleContext ctx) {
        return positions.pos(ctx);
    }

    static SqlIdentifier identifier(String name, SqlParserPos pos) {
        return new SqlIdentifier(name, pos);
    }

    // ------------------------------------------------------------------ conditions

    @Override
    public SqlNode visitNotCondition(NotConditionContext ctx) {
        return SqlStdOperatorTable.NOT.createCall(pos(ctx), visit(ctx.condition()));
    }

    @Override
    public SqlNode visitAndCondition(AndConditionContext ctx) {
        return SqlStdOperatorTable.AND.createCall(pos(ctx), visit(ctx.condition(0)), visit(ctx.condition(1)));
    }

    @Override
    public SqlNode visitOrCondition(OrConditionContext ctx) {
        return SqlStdOperatorTable.OR.createCall(pos(ctx), visit(ctx.condition(0)), visit(ctx.condition(1)));
    }

    @Override
    public SqlNode visitPredicateCondition(PredicateConditionContext ctx) {
        return visit(ctx.predicate());
    }

    @Override
    public SqlNode visitInPredicate(InPredicateContext ctx) {
        SqlNode right = ctx.query() != null ? visit(ctx.query()) : list(ctx.expressionList());
        SqlOperator op = ctx.NOT() != null ? SqlStdOperatorTable.NOT_IN : SqlStdOperatorTable.IN;
        return op.createCall(pos(ctx), visit(ctx.expr()), right);
    }

    @Override
    public SqlNode visitBetweenPredicate(BetweenPredicateContext ctx) {
        SqlOperator op = ctx.NOT() != null ? SqlStdOperatorTable.NOT_BETWEEN : SqlStdOperatorTable.BETWEEN;
        return op.createCall(pos(ctx), visit(ctx.expr(0)), visit(ctx.expr(1)), visit(ctx.expr(2)));
    }

    @Override
    public SqlNode visitLikePredicate(LikePredicateContext ctx) {
        SqlOperator op = ctx.NOT() != null ? SqlStdOperatorTable.NOT_LIKE : SqlStdOperatorTable.LIKE;
        List<SqlNode> operands = new ArrayList<>();
        for (ExprContext e : ctx.expr()) operands.add(visit(e));
        return op.createCall(pos(ctx), operands);
    }

    @Override
    public SqlNode visitIsNullPredicate(IsNullPredicateContext ctx) {
        SqlOperator op = ctx.NOT() != null ? SqlStdOperatorTable.IS_NOT_NULL : SqlStdOperatorTable.IS_NULL;
        return op.createCall(pos(ctx), visit(ctx.expr()));
    }

    @Override
    public SqlNode visitQuantifiedPredicate(QuantifiedPredicateContext ctx) {
        SqlKind kind = comparison(ctx.comparisonOperator()).getKind();
        SqlOperator op = ctx.quantifier.getType() == OracleParser.ALL ? SqlStdOperatorTable.all(kind) : SqlStdOperatorTable.some(kind);
        SqlNode right = ctx.query() != null ? visit(ctx.query()) : list(ctx.expressionList());
        return op.createCall(pos(ctx), visit(ctx.expr()), right);
    }

    @Override
    public SqlNode visitComparisonPredicate(ComparisonPredicateContext ctx) {
        return comparison(ctx.comparisonOperator()).createCall(pos(ctx), visit(ctx.expr(0)), visit(ctx.expr(1)));
    }

    private static SqlOperator comparison(ComparisonOperatorContext ctx) {
        return switch (ctx.getStart().getType()) {
            case OracleParser.EQUALS -> SqlStdOperatorTable.EQUALS;
            case OracleParser.NOT_EQUALS -> SqlStdOperatorTable.NOT_EQUALS;
            case OracleParser.LESS_THAN -> SqlStdOperatorTable.LESS_THAN;
            case OracleParser.LESS_EQUALS -> SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
            case OracleParser.GREATER_THAN -> SqlStdOperatorTable.GREATER_THAN;
            default -> SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
        };
    }

    @Override
    public SqlNode visitExistsPredicate(ExistsPredicateContext ctx) {
        return SqlStdOperatorTable.EXISTS.createCall(pos(ctx), visit(ctx.query()));
    }

    @Override
    public SqlNode visitParenthesizedCondition(ParenthesizedConditionContext ctx) {
        return visit(ctx.condition());
    }

    @Override
    public SqlNode visitExpressionPredicate(ExpressionPredicateContext ctx) {
        return visit(ctx.expr());
    }

    // ------------------------------------------------------------------ arithmetic

    @Override
    public SqlNode visitUnaryExpr(UnaryExprContext ctx) {
        SqlNode operand = visit(ctx.expr());
        if (ctx.op.getType() == OracleParser.PLUS) return SqlStdOperatorTable.UNARY_PLUS.createCall(pos(ctx), operand);
        return operand instanceof SqlNumericLiteral n ? SqlLiteral.createNegative(n, pos(ctx))
                : SqlStdOperatorTable.UNARY_MINUS.createCall(pos(ctx), operand);
    }

    @Override
    public SqlNode visitPriorExpr(PriorExprContext ctx) {
        return PseudoFunctions.call(PseudoFunctions.ORACLE_PRIOR, pos(ctx), visit(ctx.expr()));
    }

    @Override
    public SqlNode visitConnectByRootExpr(ConnectByRootExprContext ctx) {
        return PseudoFunctions.call(PseudoFunctions.ORACLE_CONNECT_BY_ROOT, pos(ctx), visit(ctx.expr()));
    }

    @Override
    public SqlNode visitMultiplicativeExpr(MultiplicativeExprContext ctx) {
        SqlOperator op = ctx.op.getType() == OracleParser.STAR ? SqlStdOperatorTable.MULTIPLY : SqlStdOperatorTable.DIVIDE;
        return op.createCall(pos(ctx), visit(ctx.expr(0)), visit(ctx.expr(1)));
    }

    @Override
    public SqlNode visitAdditiveExpr(AdditiveExprContext ctx) {
        SqlOperator op = switch (ctx.op.getType()) {
            case OracleParser.PLUS -> SqlStdOperatorTable.PLUS;
            case OracleParser.CONCAT -> SqlStdOperatorTable.CONCAT;
            default -> SqlStdOperatorTable.MINUS;
        };
        return op.createCall(pos(ctx), visit(ctx.expr(0)), visit(ctx.expr(1)));
    }

    @Override
    public SqlNode visitPrimaryExpr(PrimaryExprContext ctx) {
        return visit(ctx.primary());
    }

    // ------------------------------------------------------------------ primaries

    @Override
    public SqlNode visitLiteralPrimary(LiteralPrimaryContext ctx) {
        return visit(ctx.literal());
    }

    @Override
    public SqlNode visitSearchedCase(SearchedCaseContext ctx) {
        SqlNodeList whens = new SqlNodeList(pos(ctx));
        SqlNodeList thens = new SqlNodeList(pos(ctx));
        for (CaseWhenContext when : ctx.caseWhen()) {
            whens.add(visit(when.condition()));
            thens.add(visit(when.result));
        }
        return new SqlCase(pos(ctx), null, whens, thens, ctx.elseResult == null ? null : visit(ctx.elseResult));
    }

    @Override
    public SqlNode visitSimpleCase(SimpleCaseContext ctx) {
        SqlNodeList whens = new SqlNodeList(pos(ctx));
        SqlNodeList thens = new SqlNodeList(pos(ctx));
        for (SimpleCaseWhenContext when : ctx.simpleCaseWhen()) {
            whens.add(visit(when.value));
            thens.add(visit(when.result));
        }
        return new SqlCase(pos(ctx), visit(ctx.operand), whens, thens, ctx.elseResult == null ? null : visit(ctx.elseResult));
    }

    @Override
    public SqlNode visitCastPrimary(CastPrimaryContext ctx) {
        DataType type = new OracleTypeBuilder(positions).type(ctx.dataType());
        return SqlStdOperatorTable.CAST.createCall(pos(ctx), visit(ctx.expr()), new SqlDataTypeSpec(typeNameSpec(type, pos(ctx.dataType())), pos(ctx.dataType())));
    }

    /** Calcite's type where Oracle means the same; otherwise an alien type spelled as Oracle writes it. */
    private static SqlTypeNameSpec typeNameSpec(DataType type, SqlParserPos p) {
        int length = type.length() == null ? -1 : type.length();
        int scale = type.scale() == null ? -1 : type.scale();
        SqlTypeName name = switch (type.name()) {
            case "varchar2", "nvarchar2" -> SqlTypeName.VARCHAR;
            case "char", "nchar" -> SqlTypeName.CHAR;
            case "number" -> SqlTypeName.DECIMAL;
            case "integer", "int", "smallint" -> SqlTypeName.INTEGER;
            case "binary_double", "double precision" -> SqlTypeName.DOUBLE;
            case "binary_float" -> SqlTypeName.REAL;
            case "timestamp" -> type.modifiers().isEmpty() ? SqlTypeName.TIMESTAMP : null;
            default -> null;
        };
        if (name == null) {
            return new SqlAlienSystemTypeNameSpec(type.sourceText().toUpperCase(Locale.ROOT), SqlTypeName.ANY, p);
        }
        if (name == SqlTypeName.INTEGER) return new SqlBasicTypeNameSpec(name, p);
        return new SqlBasicTypeNameSpec(name, length, scale, null, p);
    }

    @Override
    public SqlNode visitExtractPrimary(ExtractPrimaryContext ctx) {
        String field = OracleNames.identifier(ctx.field);
        SqlParserPos p = pos(ctx);
        TimeUnit unit = switch (field) {
            case "YEAR" -> TimeUnit.YEAR;
            case "MONTH" -> TimeUnit.MONTH;
            case "DAY" -> TimeUnit.DAY;
            case "HOUR" -> TimeUnit.HOUR;
            case "MINUTE" -> TimeUnit.MINUTE;
            case "SECOND" -> TimeUnit.SECOND;
            default -> null;
        };
        if (unit == null) {
            return PseudoFunctions.call("EXTRACT", p, SqlLiteral.createCharString(field, pos(ctx.field)), visit(ctx.expr()));
        }
        return SqlStdOperatorTable.EXTRACT.createCall(p, new SqlIntervalQualifier(unit, null, pos(ctx.field)), visit(ctx.expr()));
    }

    @Override
    public SqlNode visitTrimPrimary(TrimPrimaryContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlTrimFunction.Flag flag = ctx.side == null ? SqlTrimFunction.Flag.BOTH
                : switch (ctx.side.getType()) {
                    case OracleParser.LEADING -> SqlTrimFunction.Flag.LEADING;
                    case OracleParser.TRAILING -> SqlTrimFunction.Flag.TRAILING;
                    default -> SqlTrimFunction.Flag.BOTH;
                };
        List<ExprContext> exprs = ctx.expr();
        SqlNode character = ctx.trimChar != null ? visit(ctx.trimChar) : SqlLiteral.createCharString(" ", p);
        return SqlStdOperatorTable.TRIM.createCall(p, flag.symbol(p), character, visit(exprs.get(exprs.size() - 1)));
    }

    @Override
    public SqlNode visitFunctionCall(FunctionCallContext ctx) {
        String name = functionName(ctx.functionName());
        SqlParserPos p = pos(ctx);
        List<SqlNode> args = new ArrayList<>();
        if (ctx.STAR() != null) args.add(SqlIdentifier.star(p));
        for (ArgumentContext a : ctx.argument()) args.add(visit(a.condition()));
        SqlOperator op = STANDARD_FUNCTIONS.get(name);
        if (op == null) op = PseudoFunctions.function(new SqlIdentifier(name, pos(ctx.functionName())));
        SqlLiteral qualifier = ctx.quantifier == null ? null
                : ctx.quantifier.getType() == OracleParser.ALL ? SqlSelectKeyword.ALL.symbol(p) : SqlSelectKeyword.DISTINCT.symbol(p);
        SqlNode call = op.createCall(qualifier, p, args.toArray(new SqlNode[0]));
        if (ctx.withinGroup() != null) {
            call = SqlStdOperatorTable.WITHIN_GROUP.createCall(p, call, orderList(ctx.withinGroup().orderByClause()));
        }
        if (ctx.overClause() != null) {
            call = SqlStdOperatorTable.OVER.createCall(p, call, window(ctx.overClause()));
        }
        return call;
    }


    private static String functionName(FunctionNameContext ctx) {
        if (ctx.identifier().isEmpty()) return ctx.getText().toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (IdentifierContext id : ctx.identifier()) parts.add(OracleNames.identifier(id));
        return String.join(".", parts);
    }

    private SqlWindow window(OverClauseContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlNodeList partition = ctx.expressionList() == null ? SqlNodeList.EMPTY : list(ctx.expressionList());
        SqlNodeList order = ctx.orderByClause() == null ? SqlNodeList.EMPTY : orderList(ctx.orderByClause());
        SqlLiteral isRows = SqlLiteral.createBoolean(false, p);
        SqlNode lower = null;
        SqlNode upper = null;
        WindowFrameContext frame = ctx.windowFrame();
        if (frame != null) {
            isRows = SqlLiteral.createBoolean(frame.unit.getType() == OracleParser.ROWS, p);
            lower = bound(frame.lower);
            upper = frame.upper == null ? null : bound(frame.upper);
        }
        return SqlWindow.create(null, null, partition, order, isRows, lower, upper, null, p);
    }

    private SqlNode bound(FrameBoundContext ctx) {
        SqlParserPos p = pos(ctx);
        if (ctx instanceof UnboundedBoundContext u) {
            return u.PRECEDING() != null ? SqlWindow.createUnboundedPreceding(p) : SqlWindow.createUnboundedFollowing(p);
        }
        if (ctx instanceof CurrentRowBoundContext) return SqlWindow.createCurrentRow(p);
        OffsetBoundContext o = (OffsetBoundContext) ctx;
        return o.PRECEDING() != null ? SqlWindow.createPreceding(visit(o.expr()), p) : SqlWindow.createFollowing(visit(o.expr()), p);
    }

    @Override
    public SqlNode visitScalarSubquery(ScalarSubqueryContext ctx) {
        return visit(ctx.query());
    }

    /** Queries (view bodies, subqueries) are built by {@link OracleQueryBuilder}, which calls back for expressions. */
    @Override
    public SqlNode visitQuery(QueryContext ctx) {
        return queries.visitQuery(ctx);
    }

    @Override
    public SqlNode visitParenthesizedExpr(ParenthesizedExprContext ctx) {
        return visit(ctx.expr());
    }

    @Override
    public SqlNode visitRowExpr(RowExprContext ctx) {
        List<SqlNode> items = new ArrayList<>();
        for (ExprContext e : ctx.expr()) items.add(visit(e));
        return SqlStdOperatorTable.ROW.createCall(pos(ctx), items);
    }

    @Override
    public SqlNode visitColumnReference(ColumnReferenceContext ctx) {
        List<String> names = new ArrayList<>();
        for (IdentifierContext id : ctx.identifier()) names.add(OracleNames.identifier(id));
        SqlIdentifier column = new SqlIdentifier(names, pos(ctx));
        return ctx.PLUS() == null ? column : PseudoFunctions.call(PseudoFunctions.ORACLE_OUTER_JOIN, pos(ctx), column);
    }

    @Override
    public SqlNode visitBindVariable(BindVariableContext ctx) {
        return new SqlDynamicParam(bindVariables++, pos(ctx));
    }

    // ------------------------------------------------------------------ literals

    @Override
    public SqlNode visitTextLiteral(TextLiteralContext ctx) {
        return SqlLiteral.createCharString(OracleNames.string(ctx.stringLiteral()), pos(ctx));
    }

    @Override
    public SqlNode visitIntegerLiteral(IntegerLiteralContext ctx) {
        return SqlLiteral.createExactNumeric(ctx.getText(), pos(ctx));
    }

    @Override
    public SqlNode visitDecimalLiteral(DecimalLiteralContext ctx) {
        String text = ctx.getText();
        return SqlLiteral.createExactNumeric(text.startsWith(".") ? "0" + text : text, pos(ctx));
    }

    @Override
    public SqlNode visitRealLiteral(RealLiteralContext ctx) {
        String text = ctx.getText().replaceAll("[fFdD]$", "");
        if (!text.toUpperCase(Locale.ROOT).contains("E")) text = text + "E0";
        return SqlLiteral.createApproxNumeric(text.startsWith(".") ? "0" + text : text, pos(ctx));
    }

    @Override
    public SqlNode visitNullLiteral(NullLiteralContext ctx) {
        return SqlLiteral.createNull(pos(ctx));
    }

    @Override
    public SqlNode visitBooleanLiteral(BooleanLiteralContext ctx) {
        return SqlLiteral.createBoolean(ctx.TRUE() != null, pos(ctx));
    }

    @Override
    public SqlNode visitDateLiteral(DateLiteralContext ctx) {
        String value = OracleNames.string(ctx.STRING_LITERAL().getText());
        try {
            return SqlLiteral.createDate(new DateString(value.strip()), pos(ctx));
        } catch (RuntimeException notCanonical) {
            return SqlLiteral.createUnknown("DATE", value, pos(ctx));
        }
    }

    @Override
    public SqlNode visitTimestampLiteral(TimestampLiteralContext ctx) {
        String value = OracleNames.string(ctx.STRING_LITERAL().getText()).strip();
        try {
            int dot = value.lastIndexOf('.');
            int precision = dot < 0 ? 0 : value.length() - dot - 1;
            return SqlLiteral.createTimestamp(SqlTypeName.TIMESTAMP, new TimestampString(value), precision, pos(ctx));
        } catch (RuntimeException notCanonical) {
            return SqlLiteral.createUnknown("TIMESTAMP", value, pos(ctx));
        }
    }

    @Override
    public SqlNode visitIntervalLiteral(IntervalLiteralContext ctx) {
        SqlParserPos p = pos(ctx);
        String value = OracleNames.string(ctx.STRING_LITERAL().getText());
        TimeUnit start = TimeUnit.valueOf(ctx.leading.getText().toUpperCase(Locale.ROOT));
        TimeUnit end = ctx.trailing == null ? null : TimeUnit.valueOf(ctx.trailing.getText().toUpperCase(Locale.ROOT));
        int sign = 1;
        if (value.startsWith("-")) {
            sign = -1;
            value = value.substring(1);
        }
        return SqlLiteral.createInterval(sign, value, new SqlIntervalQualifier(start, end, p), p);
    }

    SqlNodeList orderList(OrderByClauseContext ctx) {
        SqlNodeList items = new SqlNodeList(pos(ctx));
        for (OrderItemContext item : ctx.orderItem()) {
            SqlNode node = visit(item.expr());
            if (item.order != null && item.order.getType() == OracleParser.DESC) {
                node = SqlStdOperatorTable.DESC.createCall(pos(item), node);
            }
            if (item.nulls != null) {
                node = (item.nulls.getType() == OracleParser.FIRST ? SqlStdOperatorTable.NULLS_FIRST : SqlStdOperatorTable.NULLS_LAST)
                        .createCall(pos(item), node);
            }
            items.add(node);
        }
        if (ctx.SIBLINGS() != null) {
            SqlCall siblings = PseudoFunctions.call(PseudoFunctions.ORACLE_ORDER_SIBLINGS, pos(ctx), items.toArray(new SqlNode[0]));
            return SqlNodeList.of(siblings);
        }
        return items;
    }

    SqlNodeList list(ExpressionListContext ctx) {
        SqlNodeList list = new SqlNodeList(pos(ctx));
        for (ExprContext e : ctx.expr()) list.add(visit(e));
        return list;
    }

    SqlNodeList identifierList(IdentifierListContext ctx) {
        SqlNodeList list = new SqlNodeList(pos(ctx));
        for (IdentifierContext id : ctx.identifier()) list.add(identifier(OracleNames.identifier(id), pos(id)));
        return list;
    }
}

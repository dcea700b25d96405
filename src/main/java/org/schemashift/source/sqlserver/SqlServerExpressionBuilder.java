package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.RuleNode;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ActionItem;
import org.schemashift.model.ObjectName;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sql.CoreGrammar;
import org.schemashift.source.sql.CoreSqlBuilder;
import org.schemashift.source.sql.CoreSqlDialect;
import org.schemashift.source.sqlserver.grammar.SqlServerParser;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;
import org.schemashift.source.sqlserver.grammar.SqlServerParserBaseVisitor;

/**
 * Builds Calcite {@link SqlNode}s from T-SQL expressions, conditions and queries: the shared core's
 * constructs through {@link CoreSqlBuilder}, T-SQL's own here. Conventions, the contract with the
 * SQL Server rules (convert/rules/sqlserver, mappings/functions/sqlserver.yaml):
 * <ul>
 *   <li>Names as SQL Server stores them ({@link SqlServerNames}): brackets and double quotes removed,
 *       case kept; a table named {@code dbo.t} is {@code t}.</li>
 *   <li>{@code a + b} is PLUS whatever the operands: the rules decide from their types whether it
 *       concatenates. {@code %} is MOD, {@code & | ^ ~} the pseudo functions
 *       {@code MSS_BITAND / MSS_BITOR / MSS_BITXOR / MSS_BITNOT}.</li>
 *   <li>Every function but the shared ones is an unresolved call in upper case as written: ISNULL,
 *       IIF, DATEADD (its datepart a one-part identifier, as written), LEN, CHARINDEX, ...;
 *       {@code CONVERT(type, x[, style])} is {@code MSS_CONVERT(CAST(x AS type)[, style])},
 *       {@code TRY_CAST} / {@code TRY_CONVERT} are {@code MSS_TRY_CAST(CAST(x AS type)[, style])};
 *       {@code @var} is a one-part identifier spelled with its at sign (a rule's value), {@code @@name} a
 *       call of the function {@code @@NAME} (session state: no rule converts it).</li>
 *   <li>{@code SELECT TOP n} is the query's FETCH (an SqlOrderBy), {@code TOP 100 PERCENT} (a no-op)
 *       nothing; other PERCENT and WITH TIES forms are the pseudo functions MSS_TOP_PERCENT and
 *       MSS_TOP_WITH_TIES around the count, which the rule MSS-J010 (TopRule) rewrites.</li>
 *   <li>{@code CROSS APPLY x} is a CROSS JOIN LATERAL, {@code OUTER APPLY x} a LEFT JOIN LATERAL ON TRUE;
 *       {@code alias = expr} and {@code expr 'alias'} are AS calls; table hints are dropped with an INFO
 *       item; the FOR XML PATH string-concatenation idiom (also read by {@code .value('.', ...)}) is
 *       LISTAGG with an empty separator ({@link TsqlXmlConcatenation}); other FOR XML / FOR JSON and PIVOT / UNPIVOT are pseudo functions
 *       (MSS_FOR_XML, MSS_FOR_JSON, MSS_PIVOT) that leave the query unconverted and reported.</li>
 * </ul>
 */
final class SqlServerExpressionBuilder extends SqlServerParserBaseVisitor<SqlNode> implements CoreSqlDialect {

    private static final CoreGrammar SQLSERVER = new CoreGrammar(SqlServerParser.VOCABULARY, SqlServerParser.ruleNames,
            SqlServerNames::identifier, SqlServerNames::string, SqlServerNames::functionName,
            Map.of("ROW_NUMBER", SqlStdOperatorTable.ROW_NUMBER, "RANK", SqlStdOperatorTable.RANK,
                    "DENSE_RANK", SqlStdOperatorTable.DENSE_RANK, "GROUPING", SqlStdOperatorTable.GROUPING));

    private final SourcePositions positions;
    private final List<ActionItem> notes;
    /** The row locks of the query level being built; null outside a query. */
    private TsqlLockHints lockHints;
    private final CoreSqlBuilder core;
    private final String database;

    /**
     * {@code notes} receives the items a construct raises (dropped table hints); {@code database}
     * is the one the script is in (its last USE), null when it does not say.
     */
    SqlServerExpressionBuilder(SourcePositions positions, List<ActionItem> notes, String database) {
        this.positions = positions;
        this.notes = notes;
        this.database = database;
        this.core = new CoreSqlBuilder(positions, this, SQLSERVER);
    }

    // ------------------------------------------------------------------ queries

    /** TOP becomes the query's FETCH; FOR XML PATH string concatenation the aggregation it spells. */
    @Override
    public SqlNode visitQuery(QueryContext ctx) {
        return query(ctx, false);
    }

    /** {@code asText}: the query's FOR XML document is read as text. */
    private SqlNode query(QueryContext ctx, boolean asText) {
        TsqlLockHints outer = lockHints;
        TsqlLockHints locks = new TsqlLockHints();
        lockHints = locks;
        SqlNode query = core.build(ctx);
        lockHints = outer;
        if (ctx.OPTION() != null) {
            notes.add(SqlServerCode.TABLE_HINT_DROPPED.at(positions.span(ctx), "query hint dropped: OPTION " + positions.text(ctx.anyTokens())));
        }
        TopClauseContext top = topOf(ctx.queryExpression());
        if (top != null) query = withTop(query, top);
        return locks.lock(ctx.forClause() == null ? query : forClause(query, ctx.forClause(), asText), pos(ctx));
    }

    private static TopClauseContext topOf(QueryExpressionContext expression) {
        return expression instanceof SimpleQueryContext simple ? simple.queryBlock().topClause() : null;
    }

    private SqlNode withTop(SqlNode query, TopClauseContext top) {
        SqlParserPos p = pos(top);
        SqlNode count = top.valueExpression() != null ? visit(top.valueExpression())
                : SqlLiteral.createExactNumeric(top.INTEGER_LITERAL().getText(), p);
        if (top.PERCENT() != null) {
            if (count instanceof SqlLiteral literal && "100".equals(literal.toValue()) && top.TIES() == null) return query;
            count = PseudoFunctions.call("MSS_TOP_PERCENT", p, count);
        }
        if (top.TIES() != null) count = PseudoFunctions.call("MSS_TOP_WITH_TIES", p, count);
        if (query instanceof SqlOrderBy order) {
            return new SqlOrderBy(order.getParserPosition(), order.query, order.orderList, order.offset, count);
        }
        return new SqlOrderBy(query.getParserPosition(), query, SqlNodeList.EMPTY, null, count);
    }

    /**
     * FOR XML PATH('') string concatenation: LISTAGG ({@link TsqlXmlConcatenation}); reported where
     * SQL Server escaped &, < and > in the string. Other FOR XML and FOR JSON queries are pseudo
     * functions, reported by MSS-J011.
     */
    private SqlNode forClause(SqlNode query, ForClauseContext ctx, boolean asText) {
        SqlParserPos p = pos(ctx);
        String clause = positions.text(ctx);
        SqlNode aggregated = ctx.XML() == null ? null : TsqlXmlConcatenation.of(query, clause, asText, p);
        if (aggregated == null) return PseudoFunctions.call(ctx.XML() != null ? "MSS_FOR_XML" : "MSS_FOR_JSON", p, query);
        if (!asText && TsqlXmlConcatenation.escapes(clause)) {
            notes.add(SqlServerCode.XML_PATH_CONCATENATION.at(positions.span(ctx), "string_agg keeps &, < and > as they are"));
        }
        return aggregated;
    }

    /** {@code (SELECT ... FOR XML ..., TYPE).value('.', 'nvarchar(max)')}: the text of the document, as a string. */
    @Override
    public SqlNode visitSubqueryMethodCall(SubqueryMethodCallContext ctx) {
        QueryContext query = ctx.query();
        List<ValueExpressionContext> arguments = ctx.valueExpression();
        boolean text = SqlServerNames.identifier(ctx.method).equalsIgnoreCase("value") && arguments.size() == 2
                && arguments.get(0).getText().replaceAll("\\s+", "").matches("'(\\.|\\(\\./text\\(\\)\\)\\[1])'")
                && arguments.get(1).getText().toUpperCase(Locale.ROOT).matches("N?'N?(VAR)?CHAR\\((MAX|\\d+)\\)'");
        SqlNode built = query(query, text && query.forClause() != null);
        return text || PseudoFunctions.isCall(built, "MSS_FOR_XML") ? built : PseudoFunctions.call("MSS_FOR_XML", pos(ctx), built);
    }

    @Override
    public SqlNode visitAssignedItem(AssignedItemContext ctx) {
        return as(visit(ctx.valueExpression()), SqlServerNames.identifier(ctx.alias), pos(ctx.alias));
    }

    /** {@code GROUP BY a, b WITH ROLLUP} (or CUBE): {@code GROUP BY ROLLUP(a, b)}. */
    @Override
    public SqlNode visitGroupByClause(GroupByClauseContext ctx) {
        SqlNodeList keys = (SqlNodeList) visit(ctx.expressionList());
        if (ctx.summary == null) return keys;
        String summary = SqlServerNames.identifier(ctx.summary).toUpperCase(Locale.ROOT);
        SqlNode grouped = (summary.equals("CUBE") ? SqlStdOperatorTable.CUBE : SqlStdOperatorTable.ROLLUP)
                .createCall(pos(ctx), keys.getList().toArray(SqlNode[]::new));
        return new SqlNodeList(List.of(grouped), pos(ctx));
    }

    /**
     * {@code @v = expr} (or {@code @v += expr}) in a SELECT list: the pseudo function
     * {@code MSS_ASSIGN(@v, value)}, which the procedural reader turns into an assignment or an INTO.
     */
    @Override
    public SqlNode visitVariableItem(VariableItemContext ctx) {
        SqlNode target = new SqlIdentifier(ctx.VARIABLE().getText(), pos(ctx));
        SqlNode value = visit(ctx.valueExpression());
        if (ctx.compound != null) value = compound(ctx.compound.getType(), target, value, pos(ctx));
        return PseudoFunctions.call(ASSIGN, pos(ctx), target, value);
    }

    static final String ASSIGN = "MSS_ASSIGN";

    /** {@code @v op= x}: {@code @v op x} (T-SQL's compound assignments, SET and SELECT). */
    static SqlNode compound(int operator, SqlNode target, SqlNode value, SqlParserPos p) {
        return switch (operator) {
            case SqlServerParser.PLUS -> SqlStdOperatorTable.PLUS.createCall(p, target, value);
            case SqlServerParser.MINUS_SIGN -> SqlStdOperatorTable.MINUS.createCall(p, target, value);
            case SqlServerParser.STAR -> SqlStdOperatorTable.MULTIPLY.createCall(p, target, value);
            case SqlServerParser.SLASH -> SqlStdOperatorTable.DIVIDE.createCall(p, target, value);
            default -> SqlStdOperatorTable.MOD.createCall(p, target, value);
        };
    }

    @Override
    public SqlNode visitTextAliasedItem(TextAliasedItemContext ctx) {
        return as(visit(ctx.valueExpression()), SqlServerNames.string(ctx.textAlias), pos(ctx.textAlias));
    }

    private static SqlNode as(SqlNode value, String alias, SqlParserPos p) {
        return SqlStdOperatorTable.AS.createCall(p, value, new SqlIdentifier(alias, p));
    }

    /** Hints that take row locks lock the rows of the table in the query's locking clause; others are dropped. */
    @Override
    public SqlNode visitNamedTable(NamedTableContext ctx) {
        SqlNode table = core.build(ctx);
        if (ctx.tableHints() == null) return table;
        String hints = positions.text(ctx.tableHints().anyTokens());
        String name = ctx.alias != null ? SqlServerNames.identifier(ctx.alias) : objectName(ctx.tableName()).name();
        // a data change's FROM (no query being built) locks what it changes anyway
        TsqlLockHints.Taken taken = lockHints == null ? TsqlLockHints.Taken.NONE : lockHints.add(hints, name);
        if (taken == TsqlLockHints.Taken.ROWS_NOT_RANGES) {
            notes.add(SqlServerCode.KEY_RANGE_LOCKS.at(positions.span(ctx.tableHints()), "WITH (" + hints + ") on "
                    + positions.text(ctx.tableName()) + ": the rows read are locked until the transaction ends, not the key ranges between them"));
        } else if (taken == TsqlLockHints.Taken.NONE) {
            notes.add(SqlServerCode.TABLE_HINT_DROPPED.at(positions.span(ctx.tableHints()), "table hint dropped on "
                    + positions.text(ctx.tableName()) + ": " + positions.text(ctx.tableHints())));
        }
        return table;
    }

    /** A table name as {@link #objectName} reads it. */
    @Override
    public SqlNode visitTableName(TableNameContext ctx) {
        ObjectName name = objectName(ctx);
        List<String> parts = name.parts();
        return new SqlIdentifier(parts, pos(ctx));
    }

    /**
     * The object a written name names, in queries and DDL alike: database part dropped, dbo (or
     * the empty schema of {@code db..t}) unqualified. A database part other than the script's
     * database (or any, when the script names none) is reported.
     */
    ObjectName objectName(TableNameContext ctx) {
        String named = SqlServerNames.database(ctx);
        if (named != null && !named.equalsIgnoreCase(database)) {
            notes.add(SqlServerCode.CROSS_DATABASE.at(positions.span(ctx), positions.text(ctx) + " is in database " + named
                    + (database == null ? ", and the script names none (USE)" : ", not in " + database)));
        }
        return SqlServerNames.objectName(ctx);
    }

    /** A table-valued function in FROM: TABLE(f(...)). */
    @Override
    public SqlNode visitFunctionTable(FunctionTableContext ctx) {
        SqlNode table = SqlStdOperatorTable.COLLECTION_TABLE.createCall(pos(ctx), visit(ctx.functionCall()));
        return core.aliased(table, ctx);
    }

    /**
     * {@code (VALUES (...), ...) AS t (c, ...)}: a table value constructor, written as the derived table
     * {@code (SELECT v1 AS c, ... UNION ALL SELECT w1, ...) AS t}, which both targets run (MySQL 8 wants
     * {@code VALUES ROW(...)}, which MariaDB does not take).
     */
    @Override
    public SqlNode visitValuesTable(ValuesTableContext ctx) {
        SqlParserPos p = pos(ctx);
        List<IdentifierContext> columns = ctx.identifierList().identifier();
        SqlNode rows = null;
        for (ValuesRowContext row : ctx.valuesRow()) {
            List<SqlNode> values = ((SqlCall) visit(row)).getOperandList();
            SqlNodeList items = new SqlNodeList(p);
            for (int i = 0; i < values.size(); i++) {
                items.add(rows == null && i < columns.size() ? as(values.get(i), SqlServerNames.identifier(columns.get(i)), p)
                        : values.get(i));
            }
            SqlSelect select = new SqlSelect(p, null, items, null, null, null, null, null, null, null, null, null);
            rows = rows == null ? select : SqlStdOperatorTable.UNION_ALL.createCall(p, rows, select);
        }
        return SqlStdOperatorTable.AS.createCall(p, rows, name(ctx.alias));
    }

    /** {@code FROM @t}: the table variable's name, which the procedural reader reports where it has no table. */
    @Override
    public SqlNode visitVariableTable(VariableTableContext ctx) {
        return core.aliased(new SqlIdentifier(ctx.VARIABLE().getText(), pos(ctx)), ctx);
    }

    @Override
    public SqlNode visitApplyJoin(ApplyJoinContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlNode right = visit(ctx.tableReference());
        SqlNode lateral = lateral(right, p);
        boolean outer = ctx.kind.getType() == SqlServerParser.OUTER;
        return new SqlJoin(p, null, SqlLiteral.createBoolean(false, p), (outer ? JoinType.LEFT : JoinType.CROSS).symbol(p),
                lateral, (outer ? JoinConditionType.ON : JoinConditionType.NONE).symbol(p),
                outer ? SqlLiteral.createBoolean(true, p) : null);
    }

    /** LATERAL goes inside the alias: {@code LATERAL (query) AS a}. */
    private static SqlNode lateral(SqlNode table, SqlParserPos p) {
        if (table instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.AS) {
            List<SqlNode> operands = new java.util.ArrayList<>(call.getOperandList());
            operands.set(0, SqlStdOperatorTable.LATERAL.createCall(p, operands.get(0)));
            return SqlStdOperatorTable.AS.createCall(p, operands);
        }
        return SqlStdOperatorTable.LATERAL.createCall(p, table);
    }

    /** {@code MSS_PIVOT(text, aggregate, pivoted column, ROW('value'...), alias)}, the values as the strings they name. */
    @Override
    public SqlNode visitPivotJoin(PivotJoinContext ctx) {
        SqlParserPos p = pos(ctx);
        List<SqlNode> values = new ArrayList<>();
        for (IdentifierContext value : ctx.identifierList().identifier()) {
            values.add(SqlLiteral.createCharString(SqlServerNames.identifier(value), pos(value)));
        }
        return pivotJoin(p, "MSS_PIVOT", SqlLiteral.createCharString(positions.text(ctx), p), visit(ctx.functionCall()),
                name(ctx.pivoted), SqlStdOperatorTable.ROW.createCall(p, values), name(ctx.alias));
    }

    /** {@code MSS_UNPIVOT(text, value column, name column, ROW(unpivoted columns), alias)}. */
    @Override
    public SqlNode visitUnpivotJoin(UnpivotJoinContext ctx) {
        SqlParserPos p = pos(ctx);
        List<SqlNode> columns = new ArrayList<>();
        for (IdentifierContext column : ctx.identifierList().identifier()) columns.add(name(column));
        return pivotJoin(p, "MSS_UNPIVOT", SqlLiteral.createCharString(positions.text(ctx), p), name(ctx.value), name(ctx.name),
                SqlStdOperatorTable.ROW.createCall(p, columns), name(ctx.alias));
    }

    /** A PIVOT or UNPIVOT the grammar reads only as text: reported. */
    @Override
    public SqlNode visitOtherPivotJoin(OtherPivotJoinContext ctx) {
        SqlParserPos p = pos(ctx);
        return pivotJoin(p, ctx.PIVOT() != null ? "MSS_PIVOT" : "MSS_UNPIVOT", SqlLiteral.createCharString(positions.text(ctx), p));
    }

    /** The table source so far (set by the FROM item) joined with the pivot's pseudo call, which the convert rule replaces. */
    private static SqlJoin pivotJoin(SqlParserPos p, String function, SqlNode... operands) {
        return new SqlJoin(p, null, SqlLiteral.createBoolean(false, p), JoinType.CROSS.symbol(p),
                PseudoFunctions.call(function, p, operands), JoinConditionType.NONE.symbol(p), null);
    }

    private SqlIdentifier name(IdentifierContext ctx) {
        return new SqlIdentifier(SqlServerNames.identifier(ctx), pos(ctx));
    }

    // ------------------------------------------------------------------ expressions

    @Override
    public SqlNode visitModuloExpr(ModuloExprContext ctx) {
        return SqlStdOperatorTable.MOD.createCall(pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
    }

    @Override
    public SqlNode visitBitwiseExpr(BitwiseExprContext ctx) {
        String name = switch (ctx.op.getType()) {
            case SqlServerParser.AMPERSAND -> "MSS_BITAND";
            case SqlServerParser.PIPE -> "MSS_BITOR";
            default -> "MSS_BITXOR";
        };
        return PseudoFunctions.call(name, pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
    }

    @Override
    public SqlNode visitBitNotExpr(BitNotExprContext ctx) {
        return PseudoFunctions.call("MSS_BITNOT", pos(ctx), visit(ctx.valueExpression()));
    }

    /** {@code x COLLATE name}: {@code MSS_COLLATE(x, 'name')}, which MSS-J017 (CollateRule) converts or reports. */
    @Override
    public SqlNode visitCollateExpr(CollateExprContext ctx) {
        return PseudoFunctions.call("MSS_COLLATE", pos(ctx), visit(ctx.valueExpression()),
                SqlLiteral.createCharString(SqlServerNames.identifier(ctx.identifier()), pos(ctx.identifier())));
    }

    @Override
    public SqlNode visitAtTimeZoneExpr(AtTimeZoneExprContext ctx) {
        return PseudoFunctions.call("MSS_AT_TIME_ZONE", pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
    }

    @Override
    public SqlNode visitVariablePrimary(VariablePrimaryContext ctx) {
        return new SqlIdentifier(ctx.getText(), pos(ctx));
    }

    /** {@code @@IDENTITY}, {@code @@SPID}: a call of a function of that name, which no rule converts (they are session state). */
    @Override
    public SqlNode visitSystemVariablePrimary(SystemVariablePrimaryContext ctx) {
        return PseudoFunctions.call(ctx.getText(), pos(ctx));
    }

    /** 0x0A1B: a binary string literal. */
    @Override
    public SqlNode visitBinaryLiteral(BinaryLiteralContext ctx) {
        return SqlLiteral.createBinaryString(ctx.getText().substring(2), pos(ctx));
    }

    @Override
    public SqlNode visitMoneyLiteral(MoneyLiteralContext ctx) {
        return SqlLiteral.createExactNumeric(ctx.getText().substring(1), pos(ctx));
    }

    @Override
    public SqlNode visitConvertCall(ConvertCallContext ctx) {
        return typed("MSS_CONVERT", ctx.valueExpression(0), ctx.castType(), ctx.style, ctx);
    }

    @Override
    public SqlNode visitTryConvertCall(TryConvertCallContext ctx) {
        return typed("MSS_TRY_CAST", ctx.valueExpression(0), ctx.castType(), ctx.style, ctx);
    }

    /** {@code type::method(args)}: a call of CLR code, which no target runs; reported as a function without equivalent. */
    @Override
    public SqlNode visitClrMethodCall(ClrMethodCallContext ctx) {
        String name = positions.text(ctx.tableName()) + "::" + SqlServerNames.identifier(ctx.method);
        return PseudoFunctions.call(name, pos(ctx), ctx.valueExpression().stream().map(this::visit).toArray(SqlNode[]::new));
    }

    @Override
    public SqlNode visitTryCastCall(TryCastCallContext ctx) {
        return typed("MSS_TRY_CAST", ctx.valueExpression(), ctx.castType(), null, ctx);
    }

    /** {@code name(CAST(value AS type)[, style])}: the cast the rules start from, the style they read. */
    private SqlNode typed(String name, ValueExpressionContext value, CastTypeContext type, ValueExpressionContext style,
                          ParserRuleContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlNode cast = SqlStdOperatorTable.CAST.createCall(p, visit(value), visit(type));
        return style == null ? PseudoFunctions.call(name, p, cast) : PseudoFunctions.call(name, p, cast, visit(style));
    }

    @Override
    public SqlNode visitCastType(CastTypeContext ctx) {
        return SqlServerTypes.castTarget(SqlServerTypes.type(ctx.dataType(), positions), pos(ctx));
    }

    private SqlParserPos pos(ParserRuleContext ctx) {
        return positions.pos(ctx);
    }

    /** Every node the visit methods above do not build is one of the shared core grammar's. */
    @Override
    public SqlNode visitChildren(RuleNode node) {
        return core.build(node);
    }
}

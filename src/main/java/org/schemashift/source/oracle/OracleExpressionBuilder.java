package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.RuleNode;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.ActionItem;
import org.schemashift.model.DataType;
import org.schemashift.model.sql.HierarchicalQuery;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser;
import org.schemashift.source.oracle.grammar.OracleParser.*;
import org.schemashift.source.oracle.grammar.OracleParserBaseVisitor;
import org.schemashift.source.sql.CastTargets;
import org.schemashift.source.sql.CoreGrammar;
import org.schemashift.source.sql.CoreSqlBuilder;
import org.schemashift.source.sql.CoreSqlDialect;

/**
 * Builds Calcite {@link SqlNode}s from Oracle expressions, conditions and queries: the shared core
 * grammar's constructs through {@link CoreSqlBuilder}, Oracle's own here. These conventions are the
 * contract with the Oracle conversion rules (docs/oracle-sqlnodes.md):
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
public class OracleExpressionBuilder extends OracleParserBaseVisitor<SqlNode> implements CoreSqlDialect {

    /**
     * Oracle for the shared core: unquoted names upper case as Oracle folds them, quoted ones exact;
     * {@code 'it''s'}, {@code N'...'} and {@code q'[...]'} strings; package functions as {@code PKG.FUNC};
     * the analytic functions ROW_NUMBER, RANK and DENSE_RANK standard besides the shared ones.
     */
    private static final CoreGrammar ORACLE = new CoreGrammar(OracleParser.VOCABULARY, OracleParser.ruleNames,
            OracleNames::identifier, literal -> OracleNames.string(literal.getText()), OracleNames::functionName,
            Map.of("ROW_NUMBER", SqlStdOperatorTable.ROW_NUMBER, "RANK", SqlStdOperatorTable.RANK, "DENSE_RANK", SqlStdOperatorTable.DENSE_RANK));

    private final SourcePositions positions;
    private final List<ActionItem> notes;
    private final CoreSqlBuilder core;
    private int bindVariables;

    /** {@code notes} receives the items a construct raises (dropped hints, database links). */
    public OracleExpressionBuilder(SourcePositions positions, List<ActionItem> notes) {
        this.positions = positions;
        this.notes = notes;
        this.core = new CoreSqlBuilder(positions, this, ORACLE);
    }

    // ------------------------------------------------------------------ Oracle's queries

    @Override
    public SqlNode visitQuery(QueryContext ctx) {
        noteHint(ctx);
        SqlNode query = core.build(ctx);
        ForUpdateClauseContext lock = ctx.forUpdateClause();
        if (lock == null) return query;
        List<SqlIdentifier> columns = new ArrayList<>();
        for (ColumnReferenceContext column : lock.columnReference()) columns.add((SqlIdentifier) visit(column));
        return new OracleRowLock(positions, notes).lock(query, lock, columns);
    }

    /** Hints are comments to the parser; they are found in the text and reported as dropped. */
    private void noteHint(QueryContext ctx) {
        String text = positions.text(ctx);
        if (text.matches("(?is).*\\bSELECT\\s*(/\\*\\+|--\\+).*")) {
            notes.add(OracleCode.HINT_DROPPED.at(positions.span(ctx), "optimizer hint dropped from the query"));
        }
    }

    /** START WITH / CONNECT BY make the select a {@link HierarchicalQuery}. */
    @Override
    public SqlNode visitQueryBlock(QueryBlockContext ctx) {
        SqlSelect select = (SqlSelect) core.build(ctx);
        HierarchicalClauseContext h = ctx.hierarchicalClause();
        if (h == null) return select;
        return new HierarchicalQuery(pos(ctx), select, h.startWith == null ? null : visit(h.startWith), visit(h.connectBy), h.NOCYCLE() != null);
    }

    /** {@code table@dblink} keeps the link as the last name part {@code @LINK}, with a HIGH item. */
    @Override
    public SqlNode visitNamedTable(NamedTableContext ctx) {
        if (ctx.dbLink() == null) return core.build(ctx);
        String link = positions.text(ctx.dbLink()).toUpperCase(Locale.ROOT);
        notes.add(OracleCode.DBLINK.at(positions.span(ctx), "query reads " + positions.text(ctx.tableName())
                + " over database link " + link));
        List<String> names = new ArrayList<>(((SqlIdentifier) visit(ctx.tableName())).names);
        names.set(names.size() - 1, names.get(names.size() - 1) + "@" + link);
        return core.aliased(new SqlIdentifier(names, pos(ctx.tableName())), ctx);
    }

    /** {@code TABLE(collection_expression)} is the unresolved call TABLE(expression). */
    @Override
    public SqlNode visitCollectionTable(CollectionTableContext ctx) {
        return core.aliased(PseudoFunctions.call("TABLE", pos(ctx), visit(ctx.valueExpression())), ctx);
    }

    /** {@code XMLTABLE(...)}: the unresolved call XMLTABLE of its text as written, for the rules to report. */
    @Override
    public SqlNode visitXmlTable(XmlTableContext ctx) {
        return core.aliased(PseudoFunctions.call("XMLTABLE", pos(ctx),
                SqlLiteral.createCharString(positions.text(ctx.anyParenthesized()), pos(ctx))), ctx);
    }

    /** ORDER SIBLINGS BY: the order list holds the single call {@code ORA_ORDER_SIBLINGS(items...)}. */
    @Override
    public SqlNode visitOrderByClause(OrderByClauseContext ctx) {
        SqlNodeList items = (SqlNodeList) core.build(ctx);
        if (ctx.SIBLINGS() == null) return items;
        return SqlNodeList.of(PseudoFunctions.call(PseudoFunctions.ORACLE_ORDER_SIBLINGS, pos(ctx), items.toArray(new SqlNode[0])));
    }

    /** FETCH FIRST n PERCENT / WITH TIES: {@code ORA_FETCH_PERCENT(n)} / {@code ORA_FETCH_WITH_TIES(n)}. */
    @Override
    public SqlNode visitFetchClause(FetchClauseContext ctx) {
        SqlNode fetch = core.build(ctx);
        if (ctx.PERCENT() == null && ctx.TIES() == null) return fetch;
        return PseudoFunctions.call(ctx.PERCENT() != null ? PseudoFunctions.ORACLE_FETCH_PERCENT
                : PseudoFunctions.ORACLE_FETCH_WITH_TIES, pos(ctx), fetch);
    }

    // ------------------------------------------------------------------ Oracle's expressions

    /** {@code x [NOT] MEMBER [OF] c}: Calcite's MEMBER OF, under NOT when negated. */
    @Override
    public SqlNode visitMemberPredicate(MemberPredicateContext ctx) {
        SqlNode member = SqlStdOperatorTable.MEMBER_OF.createCall(pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
        return ctx.NOT() == null ? member : SqlStdOperatorTable.NOT.createCall(pos(ctx), member);
    }

    @Override
    public SqlNode visitPriorExpr(PriorExprContext ctx) {
        return PseudoFunctions.call(PseudoFunctions.ORACLE_PRIOR, pos(ctx), visit(ctx.primary()));
    }

    @Override
    public SqlNode visitConnectByRootExpr(ConnectByRootExprContext ctx) {
        return PseudoFunctions.call(PseudoFunctions.ORACLE_CONNECT_BY_ROOT, pos(ctx), visit(ctx.primary()));
    }

    @Override
    public SqlNode visitBindVariable(BindVariableContext ctx) {
        return new SqlDynamicParam(bindVariables++, pos(ctx));
    }

    /** {@code col(+)} is {@code ORA_OUTER_JOIN(col)}. */
    @Override
    public SqlNode visitColumnReference(ColumnReferenceContext ctx) {
        SqlNode column = new SqlIdentifier(OracleNames.names(ctx), pos(ctx));
        return ctx.PLUS() == null ? column : PseudoFunctions.call(PseudoFunctions.ORACLE_OUTER_JOIN, pos(ctx), column);
    }

    /** {@code 1.5f} and {@code 2d} are BINARY_FLOAT / BINARY_DOUBLE literals: the suffix is the type, not a digit. */
    @Override
    public SqlNode visitRealLiteral(RealLiteralContext ctx) {
        return core.approximateNumeric(ctx.getText().replaceAll("[fFdD]$", ""), pos(ctx));
    }

    /** Calcite's type where Oracle means the same by its type (INTEGER is Oracle's NUMBER(38): no length). */
    @Override
    public SqlNode visitCastType(CastTypeContext ctx) {
        DataType type = new OracleTypeBuilder(positions).type(ctx.dataType());
        SqlParserPos p = pos(ctx);
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
        if (name == null) return CastTargets.sourceSpelling(type, p);
        return name == SqlTypeName.INTEGER ? CastTargets.standard(name, p) : CastTargets.standard(name, type.length(), type.scale(), p);
    }

    protected SqlParserPos pos(ParserRuleContext ctx) {
        return positions.pos(ctx);
    }

    /** Every node the visit methods above do not build is one of the shared core grammar's. */
    @Override
    public SqlNode visitChildren(RuleNode node) {
        return core.build(node);
    }
}

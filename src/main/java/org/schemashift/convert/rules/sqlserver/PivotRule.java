package org.schemashift.convert.rules.sqlserver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * PIVOT and UNPIVOT (as the SQL Server builder reads them: the table source joined with
 * {@code MSS_PIVOT(text, aggregate, column, ROW(values), alias)} or
 * {@code MSS_UNPIVOT(text, value, name, ROW(columns), alias)}) as the derived table SQL Server
 * documents them to be. PIVOT groups by every column of the source that is neither the pivoted
 * column nor the aggregate's: {@code (SELECT g..., AGG(CASE WHEN column = 'v' THEN x END) AS v, ...
 * FROM source GROUP BY g...) AS alias}. A string column matches its values as its collation
 * compares: under a case-insensitive one (a {@code _CI_} COLLATE, else the database's, {@code _CI_}
 * by default) as {@code LOWER(column) = LOWER('v')}, since targets compare text exactly
 * (PostgreSQL); under a {@code _CS_} or binary one exactly. A derived table selecting the column
 * from one table has that table's collation. UNPIVOT turns each listed column into a row and drops NULLs:
 * {@code (SELECT other..., u.name, u.value FROM source CROSS JOIN LATERAL (VALUES ('c1', c1), ...)
 * AS u (name, value) WHERE u.value IS NOT NULL) AS alias}, or, for a target without LATERAL
 * (MariaDB), one SELECT per column: {@code (SELECT other..., 'c1' AS name, c1 AS value FROM source
 * WHERE c1 IS NOT NULL UNION ALL ...) AS alias}. The source's columns are those of a table or view
 * of the input, or the named items of a derived table; when they are not known (an unknown table,
 * {@code SELECT *}, a join) the query is reported with SS-MSS-0117.
 */
final class PivotRule implements ExpressionRule {
    static final String PIVOT = "MSS_PIVOT";
    static final String UNPIVOT = "MSS_UNPIVOT";
    /** The operands of a pivot pseudo call read into parts (the whole text alone when the grammar could not). */
    private static final int STRUCTURED = 5;
    /** Whether the target joins a lateral VALUES list (else UNPIVOT is a UNION ALL). */
    private final boolean lateral;

    /** The rule for a target with LATERAL (PostgreSQL). */
    PivotRule() {
        this(true);
    }

    private PivotRule(boolean lateral) {
        this.lateral = lateral;
    }

    /** The rule for a target without LATERAL derived tables (the MySQL target, which MariaDB must run). */
    static PivotRule withoutLateral() {
        return new PivotRule(false);
    }

    @Override
    public String id() {
        return "MSS-J012";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlJoin join)) return null;
        boolean pivot = PseudoFunctions.isCall(join.getRight(), PIVOT);
        if (!pivot && !PseudoFunctions.isCall(join.getRight(), UNPIVOT)) return null;
        SqlCall spec = (SqlCall) join.getRight();
        boolean structured = spec.operandCount() == STRUCTURED && (!pivot || ((SqlCall) spec.operand(1)).operandCount() == 1);
        Map<String, TypeFamily> columns = structured ? columns(join.getLeft(), context) : null;
        if (columns == null) {
            report(pivot, context);
            return null;
        }
        SqlParserPos p = join.getParserPosition();
        SqlNode alias = spec.operand(4);
        SqlNode derived = pivot ? pivot(join.getLeft(), spec, columns, context, p)
                : lateral ? unpivotLateral(join.getLeft(), spec, columns.keySet(), p) : unpivotUnion(join.getLeft(), spec, columns.keySet(), p);
        return SqlStdOperatorTable.AS.createCall(p, derived, alias);
    }

    private static void report(boolean pivot, RuleContext context) {
        if (pivot) {
            context.unsupported(SqlServerCode.QUERY_CONSTRUCT, PIVOT, "PIVOT whose source columns are not known (a table not in "
                    + "the input, SELECT *, a join): rewrite as conditional aggregation, one AGG(CASE WHEN column = value THEN "
                    + "measure END) per pivoted value, grouped by the other columns");
        } else {
            context.unsupported(SqlServerCode.QUERY_CONSTRUCT, UNPIVOT, "UNPIVOT whose source columns are not known (a table "
                    + "not in the input, SELECT *, a join): rewrite as one SELECT per unpivoted column joined with UNION ALL "
                    + "(or a CROSS JOIN LATERAL (VALUES ...) on PostgreSQL), leaving out NULLs");
        }
    }

    /** {@code (SELECT g..., AGG(CASE WHEN column = 'v' THEN x END) AS v... FROM source GROUP BY g...)}. */
    private static SqlSelect pivot(SqlNode source, SqlCall spec, Map<String, TypeFamily> columns, RuleContext context, SqlParserPos p) {
        SqlCall aggregate = (SqlCall) spec.operand(1);
        SqlIdentifier pivoted = (SqlIdentifier) spec.operand(2);
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        used.add(last(pivoted));
        if (aggregate.operand(0) instanceof SqlIdentifier measured) used.add(last(measured));
        SqlNodeList groups = new SqlNodeList(p);
        for (String column : columns.keySet()) {
            if (!used.contains(column)) groups.add(new SqlIdentifier(column, p));
        }
        boolean caseless = familyOf(columns, last(pivoted)) == TypeFamily.STRING && ignoresCase(source, last(pivoted), context);
        SqlNodeList items = new SqlNodeList(groups, p);
        for (SqlNode value : ((SqlCall) spec.operand(3)).getOperandList()) {
            SqlNode when = caseless
                    ? SqlStdOperatorTable.EQUALS.createCall(p, SqlStdOperatorTable.LOWER.createCall(p, pivoted.clone(p)),
                            SqlStdOperatorTable.LOWER.createCall(p, value))
                    : SqlStdOperatorTable.EQUALS.createCall(p, pivoted.clone(p), value);
            SqlNode matching = SqlCase.createSwitched(p, null, SqlNodeList.of(when), SqlNodeList.of(aggregate.operand(0).clone(p)), null);
            SqlNode measure = aggregate.getOperator().createCall(aggregate.getFunctionQuantifier(), p, matching);
            items.add(SqlStdOperatorTable.AS.createCall(p, measure, new SqlIdentifier(((SqlLiteral) value).getValueAs(String.class), p)));
        }
        return new SqlSelect(p, null, items, source, null, groups.isEmpty() ? null : groups, null, null, null, null, null, null);
    }

    /** {@code (SELECT other..., u.name, u.value FROM source CROSS JOIN LATERAL (VALUES ...) AS u (name, value) WHERE u.value IS NOT NULL)}. */
    private static SqlSelect unpivotLateral(SqlNode source, SqlCall spec, Set<String> columns, SqlParserPos p) {
        String value = last((SqlIdentifier) spec.operand(1));
        String name = last((SqlIdentifier) spec.operand(2));
        List<SqlNode> unpivoted = ((SqlCall) spec.operand(3)).getOperandList();
        String rows = "mss_unpivot";
        SqlNodeList items = kept(columns, unpivoted, p);
        items.add(new SqlIdentifier(List.of(rows, name), p));
        items.add(new SqlIdentifier(List.of(rows, value), p));
        List<SqlNode> valueRows = new ArrayList<>();
        for (SqlNode column : unpivoted) {
            valueRows.add(SqlStdOperatorTable.ROW.createCall(p, SqlLiteral.createCharString(last((SqlIdentifier) column), p), column.clone(p)));
        }
        SqlNode values = SqlStdOperatorTable.LATERAL.createCall(p, SqlStdOperatorTable.VALUES.createCall(p, valueRows));
        SqlNode named = SqlStdOperatorTable.AS.createCall(p, values, new SqlIdentifier(rows, p), new SqlIdentifier(name, p),
                new SqlIdentifier(value, p));
        SqlNode from = new SqlJoin(p, source, SqlLiteral.createBoolean(false, p), JoinType.CROSS.symbol(p), named,
                JoinConditionType.NONE.symbol(p), null);
        SqlNode notNull = SqlStdOperatorTable.IS_NOT_NULL.createCall(p, new SqlIdentifier(List.of(rows, value), p));
        return new SqlSelect(p, null, items, from, notNull, null, null, null, null, null, null, null);
    }

    /** {@code (SELECT other..., 'c1' AS name, c1 AS value FROM source WHERE c1 IS NOT NULL UNION ALL ...)}. */
    private static SqlNode unpivotUnion(SqlNode source, SqlCall spec, Set<String> columns, SqlParserPos p) {
        SqlIdentifier value = new SqlIdentifier(last((SqlIdentifier) spec.operand(1)), p);
        SqlIdentifier name = new SqlIdentifier(last((SqlIdentifier) spec.operand(2)), p);
        List<SqlNode> unpivoted = ((SqlCall) spec.operand(3)).getOperandList();
        SqlNode union = null;
        for (SqlNode column : unpivoted) {
            SqlNodeList items = kept(columns, unpivoted, p);
            items.add(SqlStdOperatorTable.AS.createCall(p, SqlLiteral.createCharString(last((SqlIdentifier) column), p), name));
            items.add(SqlStdOperatorTable.AS.createCall(p, column.clone(p), value));
            SqlNode notNull = SqlStdOperatorTable.IS_NOT_NULL.createCall(p, column.clone(p));
            SqlSelect select = new SqlSelect(p, null, items, source.clone(p), notNull, null, null, null, null, null, null, null);
            union = union == null ? select : SqlStdOperatorTable.UNION_ALL.createCall(p, union, select);
        }
        return union;
    }

    /** The source's columns that are not unpivoted, as select items. */
    private static SqlNodeList kept(Set<String> columns, List<SqlNode> unpivoted, SqlParserPos p) {
        Set<String> gone = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        unpivoted.forEach(c -> gone.add(last((SqlIdentifier) c)));
        SqlNodeList items = new SqlNodeList(p);
        for (String column : columns) {
            if (!gone.contains(column)) items.add(new SqlIdentifier(column, p));
        }
        return items;
    }

    /**
     * The columns of the source with their source type families, lower case for a table or view of
     * the input; null when not known. SQL Server names the output after them, and it compares names
     * without case.
     */
    private static Map<String, TypeFamily> columns(SqlNode source, RuleContext context) {
        SqlNode relation = unaliased(source);
        if (relation instanceof SqlIdentifier table) return context.columnsOf(table);
        if (!(relation instanceof SqlSelect select)) return null;
        Map<String, TypeFamily> columns = new LinkedHashMap<>();
        for (SqlNode item : select.getSelectList()) {
            if (item.getKind() == SqlKind.AS) {
                SqlCall named = (SqlCall) item;
                columns.put(last((SqlIdentifier) named.operand(1)), context.typeOf(named.operand(0)));
            } else if (item instanceof SqlIdentifier id && !id.isStar()) {
                columns.put(last(id), context.typeOf(id));
            } else {
                return null;
            }
        }
        return columns;
    }

    /**
     * Whether the source's {@code column} compares without case: a table's column by its collation;
     * a derived table's, selected by name from one table, by that table's column's; else by the
     * database's default.
     */
    private static boolean ignoresCase(SqlNode source, String column, RuleContext context) {
        SqlNode relation = unaliased(source);
        String name = column;
        if (relation instanceof SqlSelect select) {
            if (select.getFrom() == null || !(selected(select, column) instanceof SqlIdentifier origin)) {
                return context.ignoresCase(null, column);
            }
            relation = unaliased(select.getFrom());
            name = last(origin);
        }
        return context.ignoresCase(relation instanceof SqlIdentifier table ? table : null, name);
    }

    /** The expression {@code select} names {@code column}, or null. */
    private static SqlNode selected(SqlSelect select, String column) {
        for (SqlNode item : select.getSelectList()) {
            if (item.getKind() == SqlKind.AS && last((SqlIdentifier) ((SqlCall) item).operand(1)).equalsIgnoreCase(column)) {
                return ((SqlCall) item).operand(0);
            }
            if (item instanceof SqlIdentifier id && !id.isStar() && last(id).equalsIgnoreCase(column)) return id;
        }
        return null;
    }

    private static SqlNode unaliased(SqlNode node) {
        return node.getKind() == SqlKind.AS ? ((SqlCall) node).operand(0) : node;
    }

    /** The family of {@code column} among {@code columns}, whose names compare without case. */
    private static TypeFamily familyOf(Map<String, TypeFamily> columns, String column) {
        return columns.entrySet().stream().filter(c -> c.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue)
                .findFirst().orElse(TypeFamily.UNKNOWN);
    }

    private static String last(SqlIdentifier id) {
        return id.names.get(id.names.size() - 1);
    }
}

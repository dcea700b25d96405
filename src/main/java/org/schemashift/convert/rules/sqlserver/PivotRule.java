package org.schemashift.convert.rules.sqlserver;

import java.util.ArrayList;
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
 * FROM source GROUP BY g...) AS alias}. UNPIVOT turns each listed column into a row and drops
 * NULLs: {@code (SELECT other..., u.name, u.value FROM source CROSS JOIN LATERAL (VALUES ('c1', c1),
 * ...) AS u (name, value) WHERE u.value IS NOT NULL) AS alias}. The source's columns are those of
 * a table or view of the input, or the named items of a derived table; when they are not known
 * (an unknown table, {@code SELECT *}, a join) the query is reported with SS-MSS-0117.
 */
final class PivotRule implements ExpressionRule {
    static final String PIVOT = "MSS_PIVOT";
    static final String UNPIVOT = "MSS_UNPIVOT";
    /** The operands of a pivot pseudo call read into parts (the whole text alone when the grammar could not). */
    private static final int STRUCTURED = 5;

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
        List<String> columns = structured ? columns(join.getLeft(), context) : null;
        if (columns == null) {
            report(pivot, context);
            return null;
        }
        SqlParserPos p = join.getParserPosition();
        SqlNode alias = spec.operand(4);
        SqlSelect derived = pivot ? pivot(join.getLeft(), spec, columns, p) : unpivot(join.getLeft(), spec, columns, p);
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
    private static SqlSelect pivot(SqlNode source, SqlCall spec, List<String> columns, SqlParserPos p) {
        SqlCall aggregate = (SqlCall) spec.operand(1);
        SqlIdentifier pivoted = (SqlIdentifier) spec.operand(2);
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        used.add(last(pivoted));
        if (aggregate.operand(0) instanceof SqlIdentifier measured) used.add(last(measured));
        SqlNodeList groups = new SqlNodeList(p);
        for (String column : columns) {
            if (!used.contains(column)) groups.add(new SqlIdentifier(column, p));
        }
        SqlNodeList items = new SqlNodeList(groups, p);
        for (SqlNode value : ((SqlCall) spec.operand(3)).getOperandList()) {
            SqlNode when = SqlStdOperatorTable.EQUALS.createCall(p, pivoted.clone(p), value);
            SqlNode matching = SqlCase.createSwitched(p, null, SqlNodeList.of(when), SqlNodeList.of(aggregate.operand(0).clone(p)), null);
            SqlNode measure = aggregate.getOperator().createCall(aggregate.getFunctionQuantifier(), p, matching);
            items.add(SqlStdOperatorTable.AS.createCall(p, measure, new SqlIdentifier(((SqlLiteral) value).getValueAs(String.class), p)));
        }
        return new SqlSelect(p, null, items, source, null, groups.isEmpty() ? null : groups, null, null, null, null, null, null);
    }

    /** {@code (SELECT other..., u.name, u.value FROM source CROSS JOIN LATERAL (VALUES ...) AS u (name, value) WHERE u.value IS NOT NULL)}. */
    private static SqlSelect unpivot(SqlNode source, SqlCall spec, List<String> columns, SqlParserPos p) {
        String value = last((SqlIdentifier) spec.operand(1));
        String name = last((SqlIdentifier) spec.operand(2));
        List<SqlNode> unpivoted = ((SqlCall) spec.operand(3)).getOperandList();
        Set<String> gone = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        unpivoted.forEach(c -> gone.add(last((SqlIdentifier) c)));
        String rows = "mss_unpivot";
        SqlNodeList items = new SqlNodeList(p);
        for (String column : columns) {
            if (!gone.contains(column)) items.add(new SqlIdentifier(column, p));
        }
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

    /**
     * The columns of the source, lower case for a table or view of the input; null when not known.
     * SQL Server names the output after them, and it compares names without case.
     */
    private static List<String> columns(SqlNode source, RuleContext context) {
        SqlNode relation = source.getKind() == SqlKind.AS ? ((SqlCall) source).operand(0) : source;
        if (relation instanceof SqlIdentifier table) {
            Map<String, TypeFamily> columns = context.columnsOf(table);
            return columns == null ? null : List.copyOf(columns.keySet());
        }
        if (!(relation instanceof SqlSelect select)) return null;
        List<String> names = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            if (item.getKind() == SqlKind.AS) {
                names.add(last((SqlIdentifier) ((SqlCall) item).operand(1)));
            } else if (item instanceof SqlIdentifier id && !id.isStar()) {
                names.add(last(id));
            } else {
                return null;
            }
        }
        return names;
    }

    private static String last(SqlIdentifier id) {
        return id.names.get(id.names.size() - 1);
    }
}

package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * {@code SELECT @a = x, @b = y [FROM ...]}: the variables assigned and the query of their values.
 * A SELECT either assigns every item or none (SQL Server rejects a mix).
 */
record TsqlAssignments(List<SqlNode> targets, List<SqlNode> values, SqlNode query, boolean withoutFrom) {

    /** The assignments of {@code query}, or null when it assigns nothing. */
    static TsqlAssignments of(SqlNode query) {
        SqlNode read = ProcOperators.unlocked(query);
        SqlSelect select = read instanceof SqlOrderBy o ? (SqlSelect) o.query : read instanceof SqlSelect s ? s : null;
        if (select == null || select.getSelectList().isEmpty()
                || !PseudoFunctions.isCall(select.getSelectList().get(0), SqlServerExpressionBuilder.ASSIGN)) {
            return null;
        }
        List<SqlNode> targets = new ArrayList<>();
        List<SqlNode> values = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            if (!PseudoFunctions.isCall(item, SqlServerExpressionBuilder.ASSIGN)) {
                throw new TsqlExpressions.NotConverted("a SELECT that both assigns variables and returns columns");
            }
            targets.add(((SqlCall) item).operand(0));
            values.add(((SqlCall) item).operand(1));
        }
        select.setSelectList(new SqlNodeList(values, select.getSelectList().getParserPosition()));
        return new TsqlAssignments(targets, values, query, select.getFrom() == null);
    }

    /** {@code query} returning at most {@code limit} rows (SET ROWCOUNT), unless it has a smaller limit already. */
    static SqlNode limited(SqlNode query, SqlNode limit) {
        if (query instanceof SqlOrderBy o) {
            return o.fetch != null ? o : new SqlOrderBy(o.getParserPosition(), o.query, o.orderList, o.offset, limit);
        }
        if (query instanceof SqlSelect s && s.getFetch() == null) {
            s.setFetch(limit);
            return s;
        }
        if (query instanceof SqlSelect) return query;
        throw new TsqlExpressions.NotConverted("SET ROWCOUNT before a set operation: add FETCH FIRST n ROWS ONLY to it");
    }
}

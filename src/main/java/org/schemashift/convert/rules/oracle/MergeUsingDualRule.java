package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * Oracle's upsert idiom {@code MERGE INTO t USING dual ON (t.k = v) ...} merges from DUAL, Oracle's
 * one-row table (one column, DUMMY = 'X'). The canonical source is that row as a query without
 * FROM, {@code (SELECT 'X' AS DUMMY) AS DUAL}, which a target reads without a DUAL table (PostgreSQL
 * has none) and knows to be one row (MySQL's upsert needs to).
 */
public final class MergeUsingDualRule implements ExpressionRule {

    @Override
    public String id() {
        return "ORA-J040";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlMerge merge)) return null;
        SqlNode source = merge.getSourceTableRef();
        boolean aliased = source.getKind() == SqlKind.AS;
        SqlNode table = aliased ? ((SqlCall) source).operand(0) : source;
        if (!(table instanceof SqlIdentifier id) || !isDual(id)) return null;
        SqlParserPos p = source.getParserPosition();
        SqlNode dummy = SqlStdOperatorTable.AS.createCall(p, SqlLiteral.createCharString("X", p), new SqlIdentifier("DUMMY", p));
        SqlSelect row = new SqlSelect(p, SqlNodeList.EMPTY, SqlNodeList.of(dummy), null, null, null, null, null, null, null, null, null, null);
        SqlNode alias = aliased ? ((SqlCall) source).operand(1) : new SqlIdentifier("DUAL", p);
        SqlMerge copy = (SqlMerge) merge.clone(merge.getParserPosition());
        copy.setSourceTableRef(SqlStdOperatorTable.AS.createCall(p, row, alias));
        return copy;
    }

    /** DUAL or SYS.DUAL. */
    private static boolean isDual(SqlIdentifier id) {
        return id.names.get(id.names.size() - 1).equalsIgnoreCase("DUAL") && (id.names.size() == 1 || id.names.size() == 2
                && id.names.get(0).equalsIgnoreCase("SYS"));
    }
}

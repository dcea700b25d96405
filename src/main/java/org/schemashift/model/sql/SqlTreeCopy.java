package org.schemashift.model.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A deep copy of a Calcite tree: every call, list and identifier new, so a tree written in two
 * places of a statement can be rewritten in one without changing the other (Calcite's
 * {@code clone} copies the top node only; its nodes and identifiers can be changed in place).
 * Literals and type specs, which no one changes, are shared.
 */
public final class SqlTreeCopy extends SqlShuttle {
    private static final SqlTreeCopy INSTANCE = new SqlTreeCopy();

    private SqlTreeCopy() {
    }

    /** A copy of {@code node} sharing no call, list or identifier with it; null for null. */
    @SuppressWarnings("unchecked")
    public static <N extends SqlNode> N of(N node) {
        return node == null ? null : (N) node.accept(INSTANCE);
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        return id.clone(id.getParserPosition());
    }

    @Override
    public SqlNode visit(SqlNodeList list) {
        List<SqlNode> copied = new ArrayList<>(list.size());
        for (SqlNode node : list) copied.add(node == null ? null : node.accept(this));
        return SqlNodeList.of(list.getParserPosition(), copied);
    }

    @Override
    public SqlNode visit(SqlCall call) {
        CallCopyingArgHandler copy = new CallCopyingArgHandler(call, true);
        call.getOperator().acceptCall(this, call, false, copy);
        return copy.result();
    }
}

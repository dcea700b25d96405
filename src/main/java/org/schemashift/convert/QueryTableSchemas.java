package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A query whose unqualified table references name {@code schema}: the schema a MySQL script chose
 * with USE is where the server looks for the tables of a view, while the converted view runs in
 * whatever schema the target session has on its path. Only FROM-clause relations are qualified (not
 * columns, functions or aliases), and a name a WITH of the query defines stays as written. The
 * source tree is not changed: selects on the way to a qualified table are copied.
 */
final class QueryTableSchemas extends SqlShuttle {
    private final String schema;
    private final Set<String> withNames = new HashSet<>();

    private QueryTableSchemas(String schema) {
        this.schema = schema;
    }

    static SqlNode qualify(SqlNode query, String schema) {
        QueryTableSchemas shuttle = new QueryTableSchemas(schema);
        shuttle.collectWithNames(query);
        return query.accept(shuttle);
    }

    /**
     * Every WITH name anywhere in the query: a relation of that name is the common table expression
     * wherever it is in scope, and a table of the same name elsewhere in one view is not worth a scope walk.
     */
    private void collectWithNames(SqlNode node) {
        if (node instanceof SqlWith with) {
            for (SqlNode item : with.withList) withNames.add(key(((SqlWithItem) item).name.getSimple()));
        }
        if (node instanceof SqlCall call) {
            for (SqlNode operand : call.getOperandList()) {
                if (operand != null) collectWithNames(operand);
            }
        } else if (node instanceof SqlNodeList list) {
            for (SqlNode n : list) {
                if (n != null) collectWithNames(n);
            }
        }
    }

    @Override
    public SqlNode visit(SqlCall call) {
        SqlNode visited = super.visit(call);
        if (!(visited instanceof SqlSelect select) || select.getFrom() == null) return visited;
        SqlNode from = relations(select.getFrom());
        if (from == select.getFrom()) return visited;
        List<SqlNode> operands = new ArrayList<>(select.getOperandList());
        operands.set(operands.indexOf(select.getFrom()), from);
        return select.getOperator().createCall(select.getFunctionQuantifier(), select.getParserPosition(),
                operands.toArray(new SqlNode[0]));
    }

    /** The FROM item with its table names qualified; the same node when none needs it. */
    private SqlNode relations(SqlNode from) {
        if (from instanceof SqlIdentifier table) {
            if (table.names.size() != 1 || withNames.contains(key(table.getSimple()))) return from;
            return new SqlIdentifier(List.of(schema, table.getSimple()), null, table.getParserPosition(),
                    List.of(table.getParserPosition(), table.getParserPosition()));
        }
        if (from instanceof SqlJoin join) {
            SqlNode left = relations(join.getLeft());
            SqlNode right = relations(join.getRight());
            if (left == join.getLeft() && right == join.getRight()) return from;
            return new SqlJoin(join.getParserPosition(), left, join.isNaturalNode(), join.getJoinTypeNode(), right,
                    join.getConditionTypeNode(), join.getCondition());
        }
        if (from instanceof SqlCall as && as.getKind() == SqlKind.AS) {
            SqlNode source = relations(as.operand(0));
            if (source == as.operand(0)) return from;
            List<SqlNode> operands = new ArrayList<>(as.getOperandList());
            operands.set(0, source);
            return as.getOperator().createCall(as.getFunctionQuantifier(), as.getParserPosition(), operands.toArray(new SqlNode[0]));
        }
        return from;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

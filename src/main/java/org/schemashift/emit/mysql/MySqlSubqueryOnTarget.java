package org.schemashift.emit.mysql;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * MySQL refuses an UPDATE or DELETE whose subquery reads the table being changed (error 1093, "You
 * can't specify target table ... for update in FROM clause"); MariaDB and the sources accept it.
 * This finds such a subquery, so the statement can carry an item.
 */
final class MySqlSubqueryOnTarget {
    private MySqlSubqueryOnTarget() {
    }

    /** True when some SELECT inside {@code statement} reads {@code target} in its FROM clause. */
    static boolean found(SqlCall statement, SqlNode target) {
        String table = last(((SqlIdentifier) target).names);
        boolean[] found = {false};
        statement.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (call instanceof SqlSelect select && reads(select.getFrom(), table)) found[0] = true;
                return super.visit(call);
            }
        });
        return found[0];
    }

    private static boolean reads(SqlNode from, String table) {
        if (from instanceof SqlIdentifier id) return last(id.names).equalsIgnoreCase(table);
        if (from instanceof SqlJoin join) return reads(join.getLeft(), table) || reads(join.getRight(), table);
        return from != null && from.getKind() == SqlKind.AS && reads(((SqlCall) from).operand(0), table);
    }

    private static String last(List<String> names) {
        return names.get(names.size() - 1);
    }
}

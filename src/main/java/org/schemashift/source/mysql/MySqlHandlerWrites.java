package org.schemashift.source.mysql;

import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlKind;
import org.schemashift.model.ActionItem;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.Statement;

/**
 * A handler that changes data and then raises (RESIGNAL, SIGNAL): under autocommit MySQL has committed each
 * statement of the program as it ran, the handler's own writes included (an error log row), and the error then
 * reaches the caller; on PostgreSQL the error leaving the call undoes everything the call did, those writes too.
 * An item at the raise says so, as no conversion keeps them.
 */
final class MySqlHandlerWrites {
    private static final Set<SqlKind> CHANGES = Set.of(SqlKind.INSERT, SqlKind.UPDATE, SqlKind.DELETE, SqlKind.MERGE);

    private MySqlHandlerWrites() {
    }

    static void check(Handler handler, List<ActionItem> items) {
        boolean[] wrote = {false};
        new ProcRewriter() {
            @Override
            protected List<Statement> statements(List<Statement> statements) {
                if (statements == null) return null;
                for (Statement s : statements) {
                    if (writes(s)) {
                        wrote[0] = true;
                    } else if (wrote[0] && (s instanceof Statement.Reraise || s instanceof Statement.Raise)) {
                        items.add(MySqlCode.HANDLER_WRITES_UNDONE.at(s.span(), (s instanceof Statement.Reraise ? "RESIGNAL" : "SIGNAL")
                                + " after the handler changed data: PostgreSQL undoes the change with the rest of the call"));
                    } else {
                        super.statements(List.of(s));
                    }
                }
                return statements;
            }
        }.statements(handler.body());
    }

    private static boolean writes(Statement s) {
        return s instanceof Statement.SqlStatement sql && CHANGES.contains(sql.statement().getKind())
                || s instanceof Statement.Call || s instanceof Statement.DynamicSql;
    }
}

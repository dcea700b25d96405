package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ActionItem;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.LockMode;
import org.schemashift.model.proc.ProcOperators.LockWait;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.ForUpdateClauseContext;

/**
 * Oracle's {@code FOR UPDATE [OF column, ...] [NOWAIT | WAIT n | SKIP LOCKED]} as a row lock. OF names
 * columns in Oracle and tables (or aliases) in PostgreSQL and MySQL: a qualified column gives its
 * qualifier; with one table in FROM no OF is needed; an unqualified column of a join cannot be placed
 * here, so every table's rows are locked, reported.
 */
final class OracleRowLock {
    private final SourcePositions positions;
    private final List<ActionItem> notes;

    OracleRowLock(SourcePositions positions, List<ActionItem> notes) {
        this.positions = positions;
        this.notes = notes;
    }

    SqlNode lock(SqlNode query, ForUpdateClauseContext ctx, List<SqlIdentifier> ofColumns) {
        Set<String> tables = new LinkedHashSet<>();
        List<String> unplaced = new ArrayList<>();
        for (SqlIdentifier column : ofColumns) {
            if (column.names.size() > 1) tables.add(column.names.get(column.names.size() - 2));
            else unplaced.add(column.getSimple());
        }
        boolean join = readsSeveralTables(query);
        if (!join) tables.clear();
        if (join && !unplaced.isEmpty()) {
            tables.clear();
            notes.add(OracleCode.LOCK_OF_COLUMNS.at(positions.span(ctx), "FOR UPDATE OF " + String.join(", ", unplaced)
                    + ": the query locks the rows it reads of every table it joins"));
        }
        LockWait wait = ctx.NOWAIT() != null ? LockWait.NOWAIT : ctx.SKIP_() != null ? LockWait.SKIP_LOCKED : LockWait.WAIT;
        if (ctx.seconds != null) {
            notes.add(OracleCode.LOCK_WAIT_SECONDS.at(positions.span(ctx), "FOR UPDATE WAIT " + ctx.seconds.getText()
                    + ": the statement waits for locked rows until they are free"));
        }
        SqlParserPos pos = positions.pos(ctx);
        List<SqlIdentifier> of = new ArrayList<>();
        for (String table : tables) of.add(new SqlIdentifier(table, pos));
        return ProcOperators.rowLock(query, LockMode.UPDATE, of, wait, pos);
    }

    private static boolean readsSeveralTables(SqlNode query) {
        SqlNode body = query instanceof SqlWith with ? with.body : query;
        if (body instanceof SqlOrderBy order) body = order.query;
        return !(body instanceof SqlSelect select) || select.getFrom() instanceof SqlJoin;
    }
}

package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.LockMode;
import org.schemashift.model.proc.ProcOperators.LockWait;

/**
 * The table hints of one query level that take row locks
 * (https://learn.microsoft.com/en-us/sql/t-sql/queries/hints-transact-sql-table): UPDLOCK and XLOCK
 * hold update or exclusive locks on the rows read until the transaction ends, which is PostgreSQL's
 * FOR UPDATE OF the table; HOLDLOCK, SERIALIZABLE and REPEATABLEREAD hold shared locks until then,
 * FOR SHARE (without SQL Server's key-range locks, which also keep other sessions from inserting
 * rows the query would read: reported); READPAST with a lock is SKIP LOCKED, NOWAIT is NOWAIT.
 * Hints that only steer plans, or reading without locks (NOLOCK: PostgreSQL's readers never block),
 * are dropped as before.
 */
final class TsqlLockHints {
    private static final Set<String> UPDATE = Set.of("UPDLOCK", "XLOCK");
    private static final Set<String> HELD = Set.of("HOLDLOCK", "SERIALIZABLE", "REPEATABLEREAD");

    /** One table's lock: the name its query refers to it by, and what it asks. */
    private record TableLock(String table, LockMode mode, LockWait onLocked) {
    }

    private final List<TableLock> locks = new ArrayList<>();

    /** What hints ask for: no row lock, row locks, or row locks where SQL Server also locks key ranges. */
    enum Taken { NONE, ROWS, ROWS_NOT_RANGES }

    /** Records the lock {@code hints} (the words inside WITH (...)) ask for on the table called {@code table} in its query. */
    Taken add(String hints, String table) {
        Set<String> words = Set.of(hints.toUpperCase(Locale.ROOT).split("[\\s,()]+"));
        boolean update = words.stream().anyMatch(UPDATE::contains);
        boolean held = words.stream().anyMatch(HELD::contains);
        if (!update && !held) return Taken.NONE;
        LockWait wait = words.contains("NOWAIT") ? LockWait.NOWAIT : words.contains("READPAST") ? LockWait.SKIP_LOCKED : LockWait.WAIT;
        locks.add(new TableLock(table, update ? LockMode.UPDATE : LockMode.SHARE, wait));
        return held ? Taken.ROWS_NOT_RANGES : Taken.ROWS;
    }

    /** {@code query} with the locks recorded, FOR UPDATE before FOR SHARE, each wait its own clause. */
    SqlNode lock(SqlNode query, SqlParserPos pos) {
        SqlNode locked = query;
        for (LockMode mode : LockMode.values()) {
            for (LockWait wait : LockWait.values()) {
                List<SqlIdentifier> tables = new ArrayList<>();
                for (TableLock lock : locks) {
                    if (lock.mode() == mode && lock.onLocked() == wait) tables.add(new SqlIdentifier(lock.table(), pos));
                }
                if (!tables.isEmpty()) locked = ProcOperators.rowLock(locked, mode, tables, wait, pos);
            }
        }
        return locked;
    }
}

package org.schemashift.model.proc;

import java.util.List;
import java.util.function.Consumer;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * Expression nodes that exist only in procedural code, so they can sit inside the canonical Calcite
 * trees of conditions and assignments: cursor attributes (Oracle {@code c%FOUND}, {@code SQL%ROWCOUNT},
 * T-SQL {@code @@FETCH_STATUS = 0} and {@code @@ROWCOUNT}, MySQL {@code ROW_COUNT()}) and facts about
 * the error being handled (Oracle SQLERRM, T-SQL ERROR_MESSAGE(), PL/pgSQL SQLSTATE), the event a
 * trigger fires for (Oracle INSERTING / UPDATING('c') / DELETING, PL/pgSQL TG_OP, T-SQL UPDATE(c)) and
 * the methods of collections (Oracle {@code v.COUNT}, {@code v.EXTEND(n)}) and the cursor row an UPDATE
 * or DELETE changes ({@code WHERE CURRENT OF c}). They are
 * operators of their own (not unresolved functions), so function rules leave them alone and each
 * target writer rewrites them to its own mechanism.
 */
public final class ProcOperators {

    /** What a cursor attribute asks. */
    public enum CursorAttribute { FOUND, NOT_FOUND, ROW_COUNT, IS_OPEN }

    /**
     * What is read from the condition being handled: its SQLSTATE, its message, the source's own
     * error number (Oracle SQLCODE, T-SQL ERROR_NUMBER(), MySQL MYSQL_ERRNO), or where it was raised:
     * the line of the routine's code and the routine's name (T-SQL ERROR_LINE(), ERROR_PROCEDURE()),
     * or the whole chain of calls and lines the error went through (Oracle
     * DBMS_UTILITY.FORMAT_ERROR_BACKTRACE, PostgreSQL PG_EXCEPTION_CONTEXT).
     */
    public enum HandledError { SQLSTATE, MESSAGE, NUMBER, LINE, ROUTINE, CONTEXT }

    /** The statement a trigger fires for; UPDATING may name a column (true when the statement sets it). */
    public enum TriggerEvent { INSERTING, UPDATING, DELETING }

    /**
     * A collection method. COUNT, FIRST, LAST, EXISTS(i), NEXT(i), PRIOR(i) and LIMIT read; EXTEND(n[, i]),
     * DELETE[(i[, j])] and TRIM[(n)] return the changed collection, so the statement {@code v.EXTEND(2)}
     * is the assignment {@code v := collection(EXTEND, v, 2)}.
     */
    public enum CollectionMethod { COUNT, FIRST, LAST, EXISTS, NEXT, PRIOR, LIMIT, EXTEND, DELETE, TRIM }

    /** The lock a query takes on the rows it reads: FOR UPDATE, or FOR SHARE (MySQL's LOCK IN SHARE MODE). */
    public enum LockMode { UPDATE, SHARE }

    /** What a locking query does on a row another transaction holds: wait for it, fail at once, or leave it out. */
    public enum LockWait { WAIT, NOWAIT, SKIP_LOCKED }

    private ProcOperators() {
    }

    /**
     * {@code cursor%attribute}; {@code cursor} null means the implicit cursor: the last SQL
     * statement of the code (Oracle {@code SQL%...}).
     */
    public static SqlCall cursorAttribute(CursorAttribute attribute, String cursor, SqlParserPos pos) {
        CursorAttributeOperator op = new CursorAttributeOperator(attribute);
        return cursor == null ? op.createCall(pos) : op.createCall(pos, new SqlIdentifier(cursor, pos));
    }

    /** The SQLSTATE or message of the condition being handled; only meaningful inside a handler. */
    public static SqlCall handledError(HandledError what, SqlParserPos pos) {
        return new HandledErrorOperator(what).createCall(pos);
    }

    /** True when the trigger fires for {@code event} (and, for UPDATING with a column, the statement sets it). */
    public static SqlCall triggerEvent(TriggerEvent event, String column, SqlParserPos pos) {
        TriggerEventOperator op = new TriggerEventOperator(event);
        return column == null ? op.createCall(pos) : op.createCall(pos, new SqlIdentifier(column, pos));
    }

    /** {@code collection.method(arguments)}; the collection is the first operand. */
    public static SqlCall collection(CollectionMethod method, SqlNode collection, SqlParserPos pos, SqlNode... arguments) {
        SqlNode[] operands = new SqlNode[arguments.length + 1];
        operands[0] = collection;
        System.arraycopy(arguments, 0, operands, 1, arguments.length);
        return new CollectionMethodOperator(method).createCall(pos, operands);
    }

    /**
     * {@code CURRENT OF cursor}, the condition of an UPDATE or DELETE that changes the row the cursor
     * last fetched (Oracle, T-SQL and PL/pgSQL {@code WHERE CURRENT OF c}); written the standard way.
     */
    public static SqlCall currentOf(String cursor, SqlParserPos pos) {
        return CurrentOfOperator.INSTANCE.createCall(pos, new SqlIdentifier(cursor, pos));
    }

    /** The cursor a {@link #currentOf} condition names, or null when {@code node} is not one. */
    public static String currentOfCursor(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() instanceof CurrentOfOperator
                ? ((SqlIdentifier) call.operand(0)).getSimple() : null;
    }

    /**
     * {@code query FOR UPDATE|SHARE [OF tables] [NOWAIT|SKIP LOCKED]}: the query locks the rows it reads
     * of {@code tables} (table names or aliases of its FROM; empty: of every table it reads), as
     * PostgreSQL and MySQL 8 write it; Oracle's columns after OF are turned into their tables by the
     * source. Code only: views cannot lock.
     */
    public static SqlCall rowLock(SqlNode query, LockMode mode, List<SqlIdentifier> tables, LockWait wait, SqlParserPos pos) {
        return new RowLockOperator(mode, wait).createCall(pos, query, new SqlNodeList(tables, pos));
    }

    /** The query {@link #rowLock} calls (one for each locking clause) lock the rows of, or {@code node} itself when it is not one. */
    public static SqlNode unlocked(SqlNode node) {
        SqlNode query = node;
        while (query instanceof SqlCall call && call.getOperator() instanceof RowLockOperator) query = call.operand(0);
        return query;
    }

    /** What a {@link #rowLock} call locks: the mode, the tables (empty: every table read) and the wait. */
    public record RowLock(LockMode mode, List<SqlIdentifier> tables, LockWait onLocked) {
    }

    /** The lock {@code node} takes, or null when it is not a {@link #rowLock} call. */
    public static RowLock rowLockOf(SqlNode node) {
        if (!(node instanceof SqlCall call) || !(call.getOperator() instanceof RowLockOperator op)) return null;
        List<SqlIdentifier> tables = ((SqlNodeList) call.operand(1)).stream().map(SqlIdentifier.class::cast).toList();
        return new RowLock(op.mode, tables, op.wait);
    }

    /**
     * Writes a {@link #rowLock} call: its query in the frame a query has under ORDER BY (no parentheses of
     * its own; in parentheses where it is a subquery, a derived table), then {@code clause}, a target's
     * spelling of the lock.
     */
    public static void unparseLocked(SqlWriter writer, SqlCall call, Consumer<SqlWriter> clause) {
        SqlWriter.Frame subquery = writer.inQuery() ? null : writer.startList(SqlWriter.FrameTypeEnum.SUB_QUERY, "(", ")");
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.ORDER_BY);
        call.operand(0).unparse(writer, 0, 0);
        clause.accept(writer);
        writer.endList(frame);
        if (subquery != null) writer.endList(subquery);
    }

    /** The event a trigger-event call tests, or null when {@code node} is not one. */
    public static TriggerEvent triggerEventOf(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() instanceof TriggerEventOperator op ? op.event : null;
    }

    /** The method a collection-method call applies (operand 0 is the collection), or null when {@code node} is not one. */
    public static CollectionMethod collectionMethodOf(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() instanceof CollectionMethodOperator op ? op.method : null;
    }

    /** The attribute {@code node} asks for, or null when it is not a cursor attribute. */
    public static CursorAttribute attributeOf(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() instanceof CursorAttributeOperator op ? op.attribute : null;
    }

    /** The cursor a cursor attribute call names, or null for the implicit cursor. */
    public static String cursorOf(SqlCall attributeCall) {
        return attributeCall.operandCount() == 0 ? null : ((SqlIdentifier) attributeCall.operand(0)).getSimple();
    }

    /** What {@code node} reads of the handled error, or null when it is not such a call. */
    public static HandledError handledErrorOf(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator() instanceof HandledErrorOperator op ? op.what : null;
    }

    private static final class CursorAttributeOperator extends SqlFunction {
        final CursorAttribute attribute;

        CursorAttributeOperator(CursorAttribute attribute) {
            super("CURSOR_" + attribute.name(), SqlKind.OTHER_FUNCTION,
                    attribute == CursorAttribute.ROW_COUNT ? ReturnTypes.INTEGER : ReturnTypes.BOOLEAN,
                    null, OperandTypes.VARIADIC, SqlFunctionCategory.SYSTEM);
            this.attribute = attribute;
        }
    }

    private static final class TriggerEventOperator extends SqlFunction {
        final TriggerEvent event;

        TriggerEventOperator(TriggerEvent event) {
            super("TRIGGER_" + event.name(), SqlKind.OTHER_FUNCTION, ReturnTypes.BOOLEAN, null, OperandTypes.VARIADIC,
                    SqlFunctionCategory.SYSTEM);
            this.event = event;
        }
    }

    private static final class CollectionMethodOperator extends SqlFunction {
        final CollectionMethod method;

        CollectionMethodOperator(CollectionMethod method) {
            super("COLLECTION_" + method.name(), SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0_NULLABLE, null,
                    OperandTypes.VARIADIC, SqlFunctionCategory.SYSTEM);
            this.method = method;
        }
    }

    private static final class CurrentOfOperator extends SqlFunction {
        static final CurrentOfOperator INSTANCE = new CurrentOfOperator();

        private CurrentOfOperator() {
            super("CURRENT_OF", SqlKind.OTHER_FUNCTION, ReturnTypes.BOOLEAN, null, OperandTypes.ANY, SqlFunctionCategory.SYSTEM);
        }

        /** SQL's own spelling, {@code CURRENT OF c}, which every language that has it shares. */
        @Override
        public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            writer.keyword("CURRENT OF");
            call.operand(0).unparse(writer, 0, 0);
        }
    }

    private static final class RowLockOperator extends SqlFunction {
        final LockMode mode;
        final LockWait wait;

        RowLockOperator(LockMode mode, LockWait wait) {
            super("ROW_LOCK_" + mode.name(), SqlKind.OTHER, ReturnTypes.ARG0, null, OperandTypes.ANY_ANY, SqlFunctionCategory.SYSTEM);
            this.mode = mode;
            this.wait = wait;
        }

        /** The standard clause, as PostgreSQL and MySQL 8 write it. */
        @Override
        public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            unparseLocked(writer, call, w -> {
                w.keyword(mode == LockMode.UPDATE ? "FOR UPDATE" : "FOR SHARE");
                SqlNodeList tables = call.operand(1);
                if (!tables.isEmpty()) {
                    w.keyword("OF");
                    SqlWriter.Frame list = w.startList(SqlWriter.FrameTypeEnum.SIMPLE);
                    for (SqlNode table : tables) {
                        w.sep(",");
                        table.unparse(w, 0, 0);
                    }
                    w.endList(list);
                }
                if (wait == LockWait.NOWAIT) w.keyword("NOWAIT");
                if (wait == LockWait.SKIP_LOCKED) w.keyword("SKIP LOCKED");
            });
        }
    }

    private static final class HandledErrorOperator extends SqlFunction {
        final HandledError what;

        HandledErrorOperator(HandledError what) {
            super("HANDLED_ERROR_" + what.name(), SqlKind.OTHER_FUNCTION,
                    what == HandledError.NUMBER || what == HandledError.LINE ? ReturnTypes.INTEGER : ReturnTypes.VARCHAR,
                    null, OperandTypes.NILADIC, SqlFunctionCategory.SYSTEM);
            this.what = what;
        }
    }
}

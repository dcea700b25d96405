package org.schemashift.emit.postgresql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.calcite.sql.SqlKind;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.Statement;

/**
 * Handlers in PL/pgSQL, whose only mechanism is a block's EXCEPTION clause: it catches errors of
 * the whole block, then leaves it, and first undoes every change the block made to the database.
 * The sources differ: Oracle and T-SQL keep the changes made before the failing statement, and a
 * MySQL CONTINUE handler goes on with the next statement. So a block is written one of two ways:
 * <ul>
 * <li><b>native</b>: its exit handlers become its EXCEPTION clause, when nothing in the block changes
 * data (only assignments, queries, cursors, messages): undoing nothing, it means what the source means;</li>
 * <li><b>per statement</b>: when the block changes data (INSERT/UPDATE/DELETE/MERGE, dynamic SQL, CALL)
 * or has a CONTINUE handler, each simple statement is wrapped in a block of its own whose EXCEPTION
 * clause catches the handlers' conditions, so a failure undoes only that statement. A CONTINUE
 * handler runs there and the code goes on; an EXIT handler records which handler and the error
 * ({@code ss_handlerN}, {@code ss_stateN}, {@code ss_messageN}), leaves the block's statements
 * ({@code EXIT ss_tryN}) and runs after them, outside every wrapper, so an error it raises goes to the
 * enclosing handlers and not to its own. Blocks inside such a block are written the same way.</li>
 * </ul>
 * NOT FOUND after a FETCH or a MySQL SELECT INTO is no error in the sources: a CONTINUE handler for it
 * runs where the row was missing ({@code IF NOT FOUND THEN ...}), without any exception block.
 * Known limit: an error in a compound statement's own expression (an IF or WHILE condition, a FOR
 * loop's bounds or query) reaches an EXIT handler through the per-statement block's outer EXCEPTION
 * clause, which undoes the block's changes; it does not reach a CONTINUE handler.
 */
final class PlPgSqlHandlers {

    enum Mode { NATIVE, PER_STATEMENT }

    /** A block with handlers, while its statements are written. */
    static final class Frame {
        final Mode mode;
        final int id;
        final List<Handler> handlers;

        Frame(Mode mode, int id, List<Handler> handlers) {
            this.mode = mode;
            this.id = id;
            this.handlers = handlers;
        }

        String tryLabel() {
            return "ss_try" + id;
        }

        String handlerVariable() {
            return "ss_handler" + id;
        }

        String stateVariable() {
            return "ss_state" + id;
        }

        String messageVariable() {
            return "ss_message" + id;
        }

        String contextVariable() {
            return "ss_error_context" + id;
        }

        boolean hasExitHandlers() {
            return handlers.stream().anyMatch(h -> h.kind() == Handler.Kind.EXIT);
        }
    }

    /** A handler and the block it belongs to. */
    record Located(Frame frame, Handler handler) {
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final PlPgSqlWriter writer;

    PlPgSqlHandlers(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    /**
     * Writes a block's statements under its handlers and returns its EXCEPTION clause (the WHEN
     * lines, one level deeper than the block), or null when the block needs none.
     */
    PlPgSqlText writeStatements(Block block) {
        List<Handler> handlers = mappableHandlers(block);
        if (handlers.isEmpty()) {
            writer.writeAll(block.statements());
            return null;
        }
        Mode mode = (!frames.isEmpty() && frames.peek().mode == Mode.PER_STATEMENT) || needsPerStatement(block, handlers)
                ? Mode.PER_STATEMENT : Mode.NATIVE;
        Frame frame = new Frame(mode, writer.context().nextId(), handlers);
        if (mode == Mode.PER_STATEMENT) {
            writer.context().items.decided(block.span(), "plpgsql.handler-per-statement",
                    "handlers of the block catch errors statement by statement, so a caught error undoes only the failing statement");
            writeTry(frame, block);
            return null;
        }
        frames.push(frame);
        writer.writeAll(block.statements());
        frames.pop();
        if (!frame.hasExitHandlers()) return null;
        return writer.render(writer.out().depth(), () -> writeClause(frame));
    }

    /** True when a statement must be written in a block of its own to be caught by the handlers around it. */
    boolean wraps(Statement statement) {
        return !wrappingFrames().isEmpty() && isSimple(statement);
    }

    /** True when an EXCEPTION clause is active around the current statement (COMMIT is not allowed there). */
    boolean insideExceptionBlock() {
        return frames.stream().anyMatch(f -> f.mode == Mode.PER_STATEMENT || f.hasExitHandlers());
    }

    /** The innermost handler in scope that catches NOT FOUND, or null. */
    Located notFoundHandler() {
        for (Frame frame : frames) {
            for (Handler handler : frame.handlers) {
                if (handler.catches(Condition.Standard.NOT_FOUND)) return new Located(frame, handler);
            }
        }
        return null;
    }

    /** Writes a handler's body where the handler belongs: the handlers of its own block and inner ones no longer apply. */
    void writeBody(Located located, PlPgSqlContext.ErrorSource error) {
        List<Frame> inner = new ArrayList<>();
        Frame popped;
        do {
            popped = frames.pop();
            inner.add(popped);
        } while (popped != located.frame());
        try {
            writer.context().handling(error, () -> writer.writeAllOrNull(located.handler().body()));
        } finally {
            for (int i = inner.size() - 1; i >= 0; i--) frames.push(inner.get(i));
        }
    }

    /** Writes {@code statement} in a block of its own whose EXCEPTION clause runs the handlers in scope. */
    void writeWrapped(Statement statement) {
        PlPgSqlText out = writer.out();
        out.line("BEGIN").indent();
        statement.accept(writer);
        out.outdent().line("EXCEPTION").indent();
        boolean catchesAll = false;
        for (Frame frame : wrappingFrames()) {
            for (WhenClause when : whenClauses(frame)) {
                if (catchesAll) break;   // nothing reaches a WHEN after OTHERS
                catchesAll = when.conditions().equals("OTHERS");
                out.line("WHEN " + when.conditions() + " THEN").indent();
                if (when.handler().kind() == Handler.Kind.CONTINUE) {
                    recordContext(frame, out);
                    writeBody(new Located(frame, when.handler()), PlPgSqlContext.ErrorSource.inExceptionClause(frame.contextVariable()));
                } else {
                    recordError(frame, when.number(), out);
                    out.line("EXIT " + frame.tryLabel() + ";");
                }
                out.outdent();
            }
        }
        out.outdent().line("END;");
    }

    private void writeTry(Frame frame, Block block) {
        PlPgSqlText out = writer.out();
        PlPgSqlContext context = writer.context();
        boolean exits = frame.hasExitHandlers();
        if (exits) {
            context.declareGenerated(frame.handlerVariable(), "integer");
            context.declareGenerated(frame.stateVariable(), "text");
            context.declareGenerated(frame.messageVariable(), "text");
            out.line(frame.handlerVariable() + " := 0;");
            out.line("<<" + frame.tryLabel() + ">>").line("BEGIN").indent();
        }
        frames.push(frame);
        writer.writeAll(block.statements());
        frames.pop();
        if (!exits) return;
        out.outdent().line("EXCEPTION").indent();
        for (WhenClause when : whenClauses(frame)) {
            if (when.handler().kind() != Handler.Kind.EXIT) continue;
            out.line("WHEN " + when.conditions() + " THEN").indent();
            recordError(frame, when.number(), out);
            out.outdent();
        }
        out.outdent().line("END " + frame.tryLabel() + ";");
        PlPgSqlContext.ErrorSource copied = PlPgSqlContext.ErrorSource.copiedTo(frame.stateVariable(), frame.messageVariable(),
                frame.contextVariable());
        String keyword = "IF";
        for (int i = 0; i < frame.handlers.size(); i++) {
            Handler handler = frame.handlers.get(i);
            if (handler.kind() != Handler.Kind.EXIT) continue;
            out.line(keyword + " " + frame.handlerVariable() + " = " + (i + 1) + " THEN").indent();
            context.handling(copied, () -> writer.writeAllOrNull(handler.body()));
            out.outdent();
            keyword = "ELSIF";
        }
        out.line("END IF;");
    }

    private void recordError(Frame frame, int handlerNumber, PlPgSqlText out) {
        out.line(frame.handlerVariable() + " := " + handlerNumber + ";");
        out.line(frame.stateVariable() + " := SQLSTATE;");
        out.line(frame.messageVariable() + " := SQLERRM;");
        recordContext(frame, out);
    }

    /** Where the error was raised, for a body that asks: only an EXCEPTION clause can read it (GET STACKED DIAGNOSTICS). */
    private void recordContext(Frame frame, PlPgSqlText out) {
        if (!writer.context().scan.readsErrorPlace()) return;
        writer.context().declareGenerated(frame.contextVariable(), "text");
        out.line("GET STACKED DIAGNOSTICS " + frame.contextVariable() + " = PG_EXCEPTION_CONTEXT;");
    }

    private void writeClause(Frame frame) {
        PlPgSqlText out = writer.out();
        for (WhenClause when : whenClauses(frame)) {
            if (when.handler().kind() != Handler.Kind.EXIT) continue;
            out.line("WHEN " + when.conditions() + " THEN").indent();
            recordContext(frame, out);
            writer.context().handling(PlPgSqlContext.ErrorSource.inExceptionClause(frame.contextVariable()),
                    () -> writer.writeAllOrNull(when.handler().body()));
            out.outdent();
        }
    }

    /** One WHEN line: PL/pgSQL takes the first that matches, so specific conditions come before catch-alls (as MySQL picks the most specific handler). */
    private record WhenClause(String conditions, int number, Handler handler) {
    }

    private List<WhenClause> whenClauses(Frame frame) {
        List<WhenClause> specific = new ArrayList<>();
        List<WhenClause> general = new ArrayList<>();
        PlPgSqlConditions spelling = writer.conditions();
        for (int i = 0; i < frame.handlers.size(); i++) {
            Handler handler = frame.handlers.get(i);
            List<String> specificNames = new ArrayList<>();
            List<String> generalNames = new ArrayList<>();
            for (Condition condition : handler.conditions()) {
                (condition == Condition.Standard.ANY_ERROR ? generalNames : specificNames).add(spelling.when(condition));
            }
            if (!specificNames.isEmpty()) specific.add(new WhenClause(String.join(" OR ", specificNames), i + 1, handler));
            if (!generalNames.isEmpty()) general.add(new WhenClause(String.join(" OR ", generalNames), i + 1, handler));
        }
        specific.addAll(general);
        return specific;
    }

    /** The frames whose handlers a wrapper must run: the per-statement ones, innermost first, up to a native one. */
    private List<Frame> wrappingFrames() {
        List<Frame> result = new ArrayList<>();
        for (Frame frame : frames) {
            if (frame.mode != Mode.PER_STATEMENT) break;
            result.add(frame);
        }
        return result;
    }

    /**
     * The block's handlers with only the conditions PL/pgSQL can catch; a condition it cannot catch
     * (a warning, a vendor error number) is reported, and a handler left with none is written
     * commented out.
     */
    private List<Handler> mappableHandlers(Block block) {
        List<Handler> result = new ArrayList<>();
        for (Handler handler : block.handlers()) {
            List<Condition> mappable = new ArrayList<>();
            for (Condition condition : handler.conditions()) {
                if (writer.conditions().when(condition) != null) {
                    mappable.add(condition);
                } else {
                    writer.context().notExpressible(handler.span(), writer.conditions().whyNot(condition),
                            "handler for " + writer.conditions().describe(condition), writer.out());
                }
            }
            if (!mappable.isEmpty()) {
                result.add(new Handler(mappable, handler.kind(), handler.body(), handler.span()));
            } else {
                writer.out().commentedOut("handler not written, its body was:",
                        writer.render(0, () -> writer.writeAll(handler.body())).toString());
            }
        }
        return result;
    }

    /** Per statement when a CONTINUE handler catches errors, or when an EXIT handler would undo data changes. */
    private static boolean needsPerStatement(Block block, List<Handler> handlers) {
        boolean continues = handlers.stream().anyMatch(h -> h.kind() == Handler.Kind.CONTINUE
                && h.conditions().stream().anyMatch(c -> c != Condition.Standard.NOT_FOUND));
        boolean exits = handlers.stream().anyMatch(h -> h.kind() == Handler.Kind.EXIT);
        return continues || exits && DataChanges.in(block);
    }

    /** Statements a wrapper protects; compound statements are not wrapped, their inner statements are. */
    private static boolean isSimple(Statement statement) {
        return !(statement instanceof Block || statement instanceof Statement.If || statement instanceof Statement.Case
                || statement instanceof Statement.Loop || statement instanceof Statement.While
                || statement instanceof Statement.Repeat || statement instanceof Statement.NumericFor
                || statement instanceof Statement.BulkChange
                || statement instanceof Statement.CursorFor || statement instanceof Statement.QueryFor
                || statement instanceof Statement.Exit || statement instanceof Statement.Continue
                || statement instanceof Statement.Transaction || statement instanceof Statement.Null
                || statement instanceof org.schemashift.model.proc.Unsupported);
    }

    /** Finds statements that change data in a block's statements (handler bodies excluded: they run after the error). */
    private static final class DataChanges extends ProcRewriter {
        private boolean found;

        static boolean in(Block block) {
            DataChanges finder = new DataChanges();
            block.accept(finder);
            return finder.found;
        }

        @Override
        public Statement visitBlock(Block block) {
            statements(block.statements());
            return block;
        }

        @Override
        public Statement visitSqlStatement(Statement.SqlStatement statement) {
            found |= !statement.statement().getKind().belongsTo(SqlKind.QUERY);
            return statement;
        }

        @Override
        public Statement visitDynamicSql(Statement.DynamicSql statement) {
            found = true;
            return statement;
        }

        @Override
        public Statement visitCall(Statement.Call call) {
            found = true;
            return call;
        }

        @Override
        public Statement visitCreateTable(Statement.CreateTable statement) {
            found = true;
            return statement;
        }

        @Override
        public Statement visitDropTable(Statement.DropTable statement) {
            found = true;
            return statement;
        }
    }
}

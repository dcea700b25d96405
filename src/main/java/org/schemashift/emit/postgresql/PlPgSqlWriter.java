package org.schemashift.emit.postgresql;

import java.util.List;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;

/**
 * Writes the statements of one PL/pgSQL body: one visit per IR statement, each handed to the
 * writer of its family (blocks, control flow, cursors, SQL, results, conditions). A simple
 * statement inside a block whose handlers work statement by statement is wrapped first
 * ({@link PlPgSqlHandlers}).
 */
final class PlPgSqlWriter implements Statement.Visitor<Void> {
    private final PlPgSqlContext context;
    private final PlPgSqlHandlers handlers;
    private final PlPgSqlConditions conditions;
    private final PlPgSqlCursorAttributes attributes;
    private final PlPgSqlBlockWriter blocks;
    private final PlPgSqlControlFlow controlFlow;
    private final PlPgSqlCursors cursors;
    private final PlPgSqlSqlWriter sql;
    private final PlPgSqlResults results;
    private final PlPgSqlBulkCollect bulk;
    private final PlPgSqlBulkChanges bulkChanges;
    private PlPgSqlText out;

    PlPgSqlWriter(PlPgSqlContext context, PlPgSqlText out) {
        this.context = context;
        this.out = out;
        this.attributes = new PlPgSqlCursorAttributes(context);
        context.useAttributes(attributes);
        this.handlers = new PlPgSqlHandlers(this);
        this.conditions = new PlPgSqlConditions(this);
        this.blocks = new PlPgSqlBlockWriter(this);
        this.controlFlow = new PlPgSqlControlFlow(this);
        this.cursors = new PlPgSqlCursors(this);
        this.sql = new PlPgSqlSqlWriter(this);
        this.results = new PlPgSqlResults(this);
        this.bulk = new PlPgSqlBulkCollect(this);
        this.bulkChanges = new PlPgSqlBulkChanges(this);
    }

    PlPgSqlContext context() {
        return context;
    }

    PlPgSqlText out() {
        return out;
    }

    PlPgSqlHandlers handlers() {
        return handlers;
    }

    PlPgSqlConditions conditions() {
        return conditions;
    }

    PlPgSqlCursorAttributes attributes() {
        return attributes;
    }

    PlPgSqlBlockWriter blocks() {
        return blocks;
    }

    PlPgSqlControlFlow controlFlow() {
        return controlFlow;
    }

    PlPgSqlCursors cursors() {
        return cursors;
    }

    PlPgSqlBulkCollect bulk() {
        return bulk;
    }

    /** Writes whatever {@code writing} writes into a new text at {@code depth}, and returns it. */
    PlPgSqlText render(int depth, Runnable writing) {
        PlPgSqlText saved = out;
        out = new PlPgSqlText(depth);
        try {
            writing.run();
            return out;
        } finally {
            out = saved;
        }
    }

    void write(Statement statement) {
        if (handlers.wraps(statement)) {
            handlers.writeWrapped(statement);
        } else {
            statement.accept(this);
        }
    }

    void writeAll(List<Statement> statements) {
        statements.forEach(this::write);
    }

    /** As {@link #writeAll}, writing NULL; for no statements where PL/pgSQL wants one. */
    void writeAllOrNull(List<Statement> statements) {
        if (statements.isEmpty()) out.line("NULL;");
        writeAll(statements);
    }

    @Override
    public Void visitBlock(Block block) {
        blocks.block(block);
        return null;
    }

    @Override
    public Void visitAssign(Statement.Assign assign) {
        controlFlow.assign(assign);
        return null;
    }

    @Override
    public Void visitIf(Statement.If statement) {
        controlFlow.ifStatement(statement);
        return null;
    }

    @Override
    public Void visitCase(Statement.Case statement) {
        controlFlow.caseStatement(statement);
        return null;
    }

    @Override
    public Void visitLoop(Statement.Loop loop) {
        controlFlow.loop(loop.label(), "LOOP", List.of(), loop.body(), List.of());
        return null;
    }

    @Override
    public Void visitWhile(Statement.While loop) {
        controlFlow.loop(loop.label(), "WHILE " + context.expression(loop.condition()) + " LOOP", List.of(), loop.body(),
                List.of());
        return null;
    }

    @Override
    public Void visitRepeat(Statement.Repeat loop) {
        // REPEAT runs its body at least once: the UNTIL test closes the loop
        controlFlow.loop(loop.label(), "LOOP", List.of(), loop.body(), List.of("EXIT WHEN " + context.expression(loop.until()) + ";"));
        return null;
    }

    @Override
    public Void visitNumericFor(Statement.NumericFor loop) {
        controlFlow.numericFor(loop);
        return null;
    }

    @Override
    public Void visitBulkChange(Statement.BulkChange loop) {
        bulkChanges.write(loop);
        return null;
    }

    @Override
    public Void visitCursorFor(Statement.CursorFor loop) {
        cursors.cursorFor(loop);
        return null;
    }

    @Override
    public Void visitQueryFor(Statement.QueryFor loop) {
        cursors.queryFor(loop);
        return null;
    }

    @Override
    public Void visitExit(Statement.Exit exit) {
        controlFlow.jump("EXIT", exit.label(), exit.when());
        return null;
    }

    @Override
    public Void visitContinue(Statement.Continue next) {
        controlFlow.jump("CONTINUE", next.label(), next.when());
        return null;
    }

    @Override
    public Void visitOpen(Statement.Open open) {
        cursors.open(open);
        return null;
    }

    @Override
    public Void visitFetch(Statement.Fetch fetch) {
        cursors.fetch(fetch);
        return null;
    }

    @Override
    public Void visitClose(Statement.Close close) {
        cursors.close(close);
        return null;
    }

    @Override
    public Void visitSqlStatement(Statement.SqlStatement statement) {
        sql.statement(statement);
        return null;
    }

    @Override
    public Void visitDynamicSql(Statement.DynamicSql statement) {
        sql.dynamic(statement);
        return null;
    }

    @Override
    public Void visitCreateTable(Statement.CreateTable statement) {
        sql.createTable(statement);
        return null;
    }

    @Override
    public Void visitDropTable(Statement.DropTable statement) {
        sql.dropTable(statement);
        return null;
    }

    @Override
    public Void visitCall(Statement.Call call) {
        sql.call(call);
        return null;
    }

    @Override
    public Void visitReturn(Statement.Return statement) {
        results.returnStatement(statement);
        return null;
    }

    @Override
    public Void visitReturnQuery(Statement.ReturnQuery statement) {
        results.returnQuery(statement);
        return null;
    }

    @Override
    public Void visitReturnNext(Statement.ReturnNext statement) {
        results.returnNext(statement);
        return null;
    }

    @Override
    public Void visitResultSet(Statement.ResultSet statement) {
        results.resultSet(statement);
        return null;
    }

    @Override
    public Void visitOutput(Statement.Output statement) {
        out.line("RAISE NOTICE '%', " + context.expression(statement.message()) + ";");
        return null;
    }

    @Override
    public Void visitRaise(Statement.Raise raise) {
        conditions.raise(raise);
        return null;
    }

    @Override
    public Void visitReraise(Statement.Reraise reraise) {
        conditions.reraise(reraise);
        return null;
    }

    @Override
    public Void visitGetDiagnostics(Statement.GetDiagnostics statement) {
        conditions.diagnostics(statement);
        return null;
    }

    @Override
    public Void visitTransaction(Statement.Transaction statement) {
        results.transaction(statement);
        return null;
    }

    @Override
    public Void visitNull(Statement.Null statement) {
        out.line("NULL;");
        return null;
    }

    /** The source's comment, as {@code --} lines where it stood. */
    @Override
    public Void visitComment(Statement.Comment comment) {
        comment.text().lines().forEach(l -> out.line(("-- " + l.strip()).stripTrailing()));
        return null;
    }

    /** Left when the procedure it reads is no function RETURNS TABLE: the conversion keeps the statement unconverted. */
    @Override
    public Void visitInsertExec(Statement.InsertExec statement) {
        return visitUnsupported(statement.otherwise());
    }

    @Override
    public Void visitUnsupported(Unsupported unsupported) {
        unsupported(unsupported);
        return null;
    }

    /** What the source builder could not read stays where it stood, commented out, with an item. */
    void unsupported(Unsupported unsupported) {
        context.items.add(GeneralCode.PROCEDURAL_NOT_CONVERTED, unsupported.span(), unsupported.reason());
        out.commentedOut("[" + GeneralCode.PROCEDURAL_NOT_CONVERTED.code() + "] " + unsupported.reason(), unsupported.rawText());
    }
}

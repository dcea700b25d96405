package org.schemashift.source.oracle.plsql;

import java.util.List;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Loops and the statements that leave them: LOOP, WHILE, numeric FOR, cursor FOR, FOR r IN (query),
 * FORALL (a bulk change: its one DML statement run per index), EXIT and CONTINUE. A label before a loop is the
 * loop's.
 */
final class PlSqlLoops {
    private final UnitReading reading;
    private final PlSqlStatements statements;

    PlSqlLoops(UnitReading reading, PlSqlStatements statements) {
        this.reading = reading;
        this.statements = statements;
    }

    /** Whether a label before {@code ctx} names it (loops and blocks), rather than serving GOTO. */
    boolean takesLabel(PlsqlStatementContext ctx) {
        return ctx instanceof BlockStatementContext || ctx instanceof BasicLoopContext || ctx instanceof WhileLoopContext
                || ctx instanceof NumericForLoopContext || ctx instanceof QueryForLoopContext
                || ctx instanceof CursorForLoopContext;
    }

    /** The loop statement {@code ctx} is, or null when it is not one. */
    Statement statement(PlsqlStatementContext ctx, String label, SourceSpan span) {
        if (ctx instanceof BasicLoopContext l) return new Statement.Loop(label, statements.sequence(l.statementSequence()), span);
        if (ctx instanceof WhileLoopContext w) {
            return new Statement.While(label, reading.expression(w.expression()), statements.sequence(w.statementSequence()), span);
        }
        if (ctx instanceof NumericForLoopContext f) {
            return new Statement.NumericFor(label, PlSqlDeclarations.name(f.variable), reading.expression(f.lower),
                    reading.expression(f.upper), null, f.REVERSE() != null, statements.sequence(f.statementSequence()), span);
        }
        if (ctx instanceof QueryForLoopContext q) {
            return new Statement.QueryFor(label, PlSqlDeclarations.name(q.variable),
                    new QuerySource.Static(reading.expression(q.query())), statements.sequence(q.statementSequence()), span);
        }
        if (ctx instanceof CursorForLoopContext c) {
            return new Statement.CursorFor(label, PlSqlDeclarations.name(c.variable), PlSqlStatements.cursorName(c.cursor),
                    statements.values(c.arguments()), statements.sequence(c.statementSequence()), span);
        }
        if (ctx instanceof ForallStatementContext f) return forall(f, span);
        if (ctx instanceof ExitStatementContext e) {
            return new Statement.Exit(label(e.memberName()),
                    reading.expression(e.expression()), span);
        }
        if (ctx instanceof ContinueStatementContext c) {
            return new Statement.Continue(label(c.memberName()),
                    reading.expression(c.expression()), span);
        }
        return null;
    }

    private static String label(MemberNameContext ctx) {
        return ctx == null ? null : OracleNames.identifier(ctx.getText());
    }

    /**
     * {@code FORALL i IN bounds [SAVE EXCEPTIONS] dml}: the DML once per index (the same rows change;
     * Oracle's bulk binding is only faster), SQL%ROWCOUNT the total afterwards.
     */
    private Statement forall(ForallStatementContext ctx, SourceSpan span) {
        Statement dml = statements.statement(ctx.plsqlStatement(), null);
        return new Statement.BulkChange(PlSqlDeclarations.name(ctx.identifier()), bounds(ctx.forallBounds()), dml,
                ctx.SAVE() != null, span);
    }

    private Statement.BulkChange.Bounds bounds(ForallBoundsContext ctx) {
        if (ctx instanceof ForallRangeContext range) {
            return new Statement.BulkChange.Range(reading.expression(range.lower), reading.expression(range.upper));
        }
        if (ctx instanceof ForallIndicesContext indices) {
            boolean between = indices.BETWEEN() != null;
            return new Statement.BulkChange.IndicesOf(reading.expression(indices.columnReference()),
                    between ? reading.expression(indices.valueExpression(0)) : null,
                    between ? reading.expression(indices.valueExpression(1)) : null);
        }
        return new Statement.BulkChange.ValuesOf(reading.expression(((ForallValuesContext) ctx).columnReference()));
    }
}

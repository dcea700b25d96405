package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * SQL in the code: SELECT INTO, DML with RETURNING INTO, EXECUTE IMMEDIATE, and the cursor
 * statements OPEN, FETCH and CLOSE. SELECT INTO reads exactly one row ({@link IntoRows#EXACTLY_ONE});
 * BULK COLLECT INTO every row ({@link IntoRows#ALL_ROWS}). Dynamic SQL keeps its text as written
 * ({@code :name} placeholders untouched).
 */
final class PlSqlSql {
    private final UnitReading reading;
    private final PlSqlStatements statements;

    PlSqlSql(UnitReading reading, PlSqlStatements statements) {
        this.reading = reading;
        this.statements = statements;
    }

    Statement statement(PlsqlStatementContext ctx, SourceSpan span) {
        if (ctx instanceof SelectStatementContext s) {
            IntoClauseContext into = PlSqlStatements.intoOf(s.query());
            return new Statement.SqlStatement(reading.expression(s.query()), List.of(),
                    into == null ? List.of() : statements.targets(into), PlSqlStatements.rows(into), span);
        }
        if (ctx instanceof ExecuteImmediateStatementContext e) return executeImmediate(e, span);
        if (ctx instanceof DmlWithReturningContext d) return dml(d, span);
        if (ctx instanceof OpenStatementContext o) return open(o, span);
        if (ctx instanceof FetchStatementContext f) return fetch(f, span);
        if (ctx instanceof CloseStatementContext c) return new Statement.Close(PlSqlStatements.cursorName(c.cursor), span);
        throw new UnitReading.NotReadable("statement not read");
    }

    private Statement executeImmediate(ExecuteImmediateStatementContext ctx, SourceSpan span) {
        IntoClauseContext into = ctx.returnedInto != null ? ctx.returnedInto : ctx.intoClause(0);
        return new Statement.DynamicSql(reading.expression(ctx.valueExpression()), binds(ctx.usingClause()),
                into == null ? List.of() : statements.targets(into), PlSqlStatements.rows(into), span);
    }

    /** INSERT, UPDATE, DELETE or MERGE, with RETURNING ... INTO read into the targets. */
    private Statement dml(DmlWithReturningContext ctx, SourceSpan span) {
        ReturningIntoContext returning = ctx.returningInto();
        List<SqlNode> returned = returning == null ? List.of()
                : returning.expression().stream().map(reading::expression).toList();
        return new Statement.SqlStatement(reading.expression(ctx.dmlStatement()), returned,
                returning == null ? List.of() : statements.targets(returning.intoClause()),
                PlSqlStatements.rows(returning == null ? null : returning.intoClause()), span);
    }

    /** USING arguments in order; OUT and IN OUT binds (values read back) have no IR form. */
    List<SqlNode> binds(UsingClauseContext ctx) {
        List<SqlNode> binds = new ArrayList<>();
        if (ctx == null) return binds;
        for (BindArgumentContext bind : ctx.bindArgument()) {
            if (bind.OUT() != null) throw new UnitReading.NotReadable("USING OUT / IN OUT bind argument");
            binds.add(reading.expression(bind.expression()));
        }
        return binds;
    }

    private Statement open(OpenStatementContext ctx, SourceSpan span) {
        String cursor = PlSqlStatements.cursorName(ctx.cursor);
        QuerySource source = null;
        if (ctx.query() != null) source = new QuerySource.Static(reading.expression(ctx.query()));
        else if (ctx.dynamic != null) source = new QuerySource.Dynamic(reading.expression(ctx.dynamic), binds(ctx.usingClause()));
        return new Statement.Open(cursor, statements.values(ctx.arguments()), source, span);
    }

    /**
     * FETCH c INTO targets: one row; FETCH c BULK COLLECT INTO ... LIMIT n: up to n rows (the count);
     * without LIMIT every remaining row (the count is the NULL literal).
     */
    private Statement fetch(FetchStatementContext ctx, SourceSpan span) {
        boolean bulk = ctx.intoClause().BULK() != null;
        SqlNode count = !bulk ? null : ctx.valueExpression() != null ? reading.expression(ctx.valueExpression())
                : SqlLiteral.createNull(SqlParserPos.ZERO);
        return new Statement.Fetch(PlSqlStatements.cursorName(ctx.cursor), Statement.FetchDirection.NEXT, count,
                statements.targets(ctx.intoClause()), false, span);
    }
}

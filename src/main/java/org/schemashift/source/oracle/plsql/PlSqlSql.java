package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.util.NlsString;
import org.schemashift.source.oracle.OracleCode;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Block;
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
    /** {@code RETURNING c INTO :a, :b} ending a dynamic DML text: group 1 the placeholders. */
    private static final Pattern RETURNING_INTO = Pattern.compile("(?is)\\bRETURNING\\b.*?\\s+INTO\\s+(:\\w+(?:\\s*,\\s*:\\w+)*)\\s*$");
    private final UnitReading reading;
    private final PlSqlStatements statements;
    private final DynamicBlocks dynamicBlocks;

    PlSqlSql(UnitReading reading, PlSqlStatements statements) {
        this.reading = reading;
        this.statements = statements;
        this.dynamicBlocks = new DynamicBlocks(reading);
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

    /**
     * EXECUTE IMMEDIATE. A DML text ending in {@code RETURNING ... INTO :a, :b} may take its targets
     * as the last USING arguments, OUT binds: they become the statement's INTO targets, as with a
     * RETURNING INTO clause. The returned values are undefined when no row changes (Oracle), so the
     * targets take the first row or nulls. A literal anonymous block is read as code ({@link DynamicBlocks});
     * any other OUT or IN OUT bind (a block built at run time assigning its binds) has no equivalent in
     * the target's EXECUTE: reported, not read.
     */
    private Statement executeImmediate(ExecuteImmediateStatementContext ctx, SourceSpan span) {
        SqlNode text = reading.expression(ctx.valueExpression());
        List<BindArgumentContext> binds = ctx.usingClause() == null ? List.of() : ctx.usingClause().bindArgument();
        Block block = ctx.intoClause().isEmpty() && ctx.returnedInto == null
                ? dynamicBlocks.read(text, binds.stream().map(b -> reading.expression(b.expression())).toList(), span) : null;
        if (block != null) return block;
        int outBinds = (int) binds.stream().filter(b -> b.OUT() != null).count();
        if (outBinds > 0) {
            List<BindArgumentContext> returned = binds.subList(binds.size() - outBinds, binds.size());
            if (ctx.intoClause().isEmpty() && ctx.returnedInto == null && returningTargets(text) == outBinds
                    && returned.stream().allMatch(b -> b.IN() == null && b.OUT() != null)) {
                return new Statement.DynamicSql(text, binds(binds.subList(0, binds.size() - outBinds)),
                        returned.stream().map(b -> reading.expression(b.expression())).toList(), IntoRows.FIRST_ROW, span);
            }
            String reason = "EXECUTE IMMEDIATE with " + outBinds + " OUT / IN OUT bind argument(s): PostgreSQL's EXECUTE passes"
                    + " values back only through INTO (a query's row, or a RETURNING clause)";
            reading.notes.add(OracleCode.DYNAMIC_OUT_BIND.at(span, reason));
            throw new UnitReading.NotReadable(reason + " (" + OracleCode.DYNAMIC_OUT_BIND.code() + ")");
        }
        IntoClauseContext into = ctx.returnedInto != null ? ctx.returnedInto : ctx.intoClause(0);
        return new Statement.DynamicSql(text, binds(binds), into == null ? List.of() : statements.targets(into),
                ctx.returnedInto != null ? IntoRows.FIRST_ROW : PlSqlStatements.rows(into), span);
    }

    /** How many placeholders the {@code RETURNING ... INTO :a, :b} at the end of a dynamic text's last literal names; 0 for none. */
    private static int returningTargets(SqlNode text) {
        SqlNode last = text;
        while (last instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.CONCAT) {
            last = call.operand(call.operandCount() - 1);
        }
        if (!(last instanceof SqlLiteral literal) || !(literal.getValue() instanceof NlsString s)) return 0;
        Matcher m = RETURNING_INTO.matcher(s.getValue());
        return m.find() ? m.group(1).split(",").length : 0;
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
        return ctx == null ? List.of() : binds(ctx.bindArgument());
    }

    private List<SqlNode> binds(List<BindArgumentContext> arguments) {
        List<SqlNode> binds = new ArrayList<>();
        for (BindArgumentContext bind : arguments) {
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

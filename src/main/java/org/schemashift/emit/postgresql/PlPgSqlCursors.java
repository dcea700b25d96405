package org.schemashift.emit.postgresql;

import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Statement;

/**
 * Cursors: OPEN, FETCH, CLOSE and the cursor and query FOR loops, plus the bookkeeping of the
 * attributes the body reads ({@link PlPgSqlCursorAttributes}) and MySQL's NOT FOUND after a FETCH
 * past the last row.
 */
final class PlPgSqlCursors {
    private final PlPgSqlWriter writer;

    PlPgSqlCursors(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    void open(Statement.Open open) {
        PlPgSqlContext context = writer.context();
        String cursor = context.name(open.cursor());
        if (open.source() == null) {
            writer.out().line("OPEN " + cursor + arguments(open.arguments()) + ";");
        } else {
            writer.out().line("OPEN " + cursor + " FOR " + source(open.source()) + ";");
        }
        writer.attributes().afterOpen(open.cursor(), writer.out());
    }

    void fetch(Statement.Fetch fetch) {
        if (PlPgSqlBulkCollect.isBulk(fetch)) {
            writer.bulk().fetch(fetch);
            return;
        }
        PlPgSqlContext context = writer.context();
        String direction = switch (fetch.direction()) {
            case NEXT -> "";
            case ABSOLUTE, RELATIVE -> fetch.direction().name() + " " + context.expression(fetch.count()) + " FROM ";
            default -> fetch.direction().name() + " FROM ";
        };
        writer.out().line("FETCH " + direction + context.name(fetch.cursor()) + " INTO "
                + String.join(", ", context.writables(fetch.into())) + ";");
        writer.attributes().afterFetch(fetch.cursor(), writer.out());
        if (fetch.signalsNotFound()) writer.conditions().afterPossiblyNoRow();
    }

    void close(Statement.Close close) {
        writer.out().line("CLOSE " + writer.context().name(close.cursor()) + ";");
        writer.attributes().afterClose(close.cursor(), writer.out());
    }

    /** PL/pgSQL loops over a bound cursor as the sources do: it opens, fetches into an implicit record, and closes. */
    void cursorFor(Statement.CursorFor loop) {
        PlPgSqlContext context = writer.context();
        PlPgSqlCursorAttributes attributes = writer.attributes();
        attributes.aroundLoop(loop.cursor(), true, writer.out());
        // the attribute bookkeeping opens the body: the loop has just fetched a row
        List<String> rowFetched = writer.render(0, () -> attributes.atLoopRow(loop.cursor(), writer.out())).toString().lines().toList();
        writer.controlFlow().loop(loop.label(), "FOR " + context.name(loop.record()) + " IN " + context.name(loop.cursor())
                + arguments(loop.arguments()) + " LOOP", rowFetched, loop.body(), List.of());
        attributes.aroundLoop(loop.cursor(), false, writer.out());
    }

    /**
     * A query FOR loop. Unlike the sources, PL/pgSQL does not declare the loop's record: it is
     * declared as a {@code record} in the outermost block.
     */
    void queryFor(Statement.QueryFor loop) {
        PlPgSqlContext context = writer.context();
        String record = context.name(loop.record());
        context.declareGenerated(record, "record");
        writer.controlFlow().loop(loop.label(), "FOR " + record + " IN " + source(loop.source()) + " LOOP", List.of(), loop.body(),
                List.of());
    }

    /** A static query, or EXECUTE text [USING arguments] for one built at run time. */
    String source(QuerySource source) {
        PlPgSqlContext context = writer.context();
        if (source instanceof QuerySource.Static s) return context.query(s.query());
        QuerySource.Dynamic dynamic = (QuerySource.Dynamic) source;
        if (dynamic.query() != null) return "EXECUTE " + knownText(dynamic.query(), SourceSpan.UNKNOWN) + using(dynamic.arguments());
        String text = dynamicText(dynamic.text(), dynamic.arguments(), SourceSpan.UNKNOWN);
        return "EXECUTE " + (text == null ? context.expression(dynamic.text()) : text) + using(dynamic.arguments());
    }

    /**
     * The text of dynamic SQL with its bind placeholders numbered ({@link PlPgSqlBindPlaceholders}),
     * reporting what must be reviewed; null when it is a PL/SQL block, which is then written
     * commented out with an item.
     */
    String dynamicText(SqlNode text, List<SqlNode> arguments, SourceSpan span) {
        PlPgSqlContext context = writer.context();
        PlPgSqlBindPlaceholders.Rewritten rewritten = PlPgSqlBindPlaceholders.rewrite(text, arguments.size());
        String written = context.expression(rewritten.text());
        switch (rewritten.kind()) {
            case PLSQL_BLOCK -> {
                context.notExpressible(span, "a dynamic PL/SQL block cannot run in PostgreSQL: write its code in the routine,"
                        + " or as a procedure the dynamic SQL calls", "EXECUTE IMMEDIATE " + written + using(arguments) + ";",
                        writer.out());
                return null;
            }
            case DDL -> context.items.add(PostgresqlCode.DYNAMIC_DDL, span, "dynamic DDL is written as the source has it: " + written);
            case STATEMENT -> { }
        }
        if (rewritten.problem() != null) context.items.add(PostgresqlCode.DYNAMIC_SQL_PLACEHOLDERS, span, rewritten.problem());
        return written;
    }

    /**
     * A known dynamic SQL text read as a statement and converted ({@link Statement.DynamicSql#statement}): the
     * target's SQL in a string literal, its parameters {@code $1 .. $n}; null when the statement cannot be
     * written (reported).
     */
    String knownText(SqlNode statement, SourceSpan span) {
        String written = writer.context().statement(statement.accept(NUMBERED), span);
        return written == null ? null : PostgresqlTableWriter.literal(written);
    }

    /** The parameters of a known text as PL/pgSQL's EXECUTE ... USING numbers them. */
    private static final SqlShuttle NUMBERED = new SqlShuttle() {
        @Override
        public SqlNode visit(SqlDynamicParam param) {
            return new SqlBasicCall(new Parameter(param.getIndex() + 1), List.of(), param.getParserPosition());
        }
    };

    /** {@code $n}. */
    private static final class Parameter extends SqlSpecialOperator {
        Parameter(int number) {
            super("$" + number, SqlKind.OTHER, 100);
        }

        @Override
        public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            writer.print(getName());
            writer.setNeedWhitespace(true);
        }
    }

    String using(List<SqlNode> arguments) {
        return arguments.isEmpty() ? "" : " USING " + String.join(", ", writer.context().expressions(arguments));
    }

    private String arguments(List<SqlNode> arguments) {
        return arguments.isEmpty() ? "" : "(" + String.join(", ", writer.context().expressions(arguments)) + ")";
    }
}

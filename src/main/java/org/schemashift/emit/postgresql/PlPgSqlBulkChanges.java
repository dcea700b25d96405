package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.ProcOperators.CursorAttribute;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Statement.BulkChange;
import org.schemashift.model.sql.SqlTemplate;

/**
 * A bulk change (Oracle FORALL) as a PL/pgSQL loop running the DML once per index. A range is a
 * numeric FOR; the indices or values of a collection are a FOR over a query of them, in a block
 * declaring the index (PL/pgSQL declares only a numeric FOR's variable itself): an array's subscripts
 * ({@code generate_subscripts}) or elements, an associative array's keys or values (jsonb), in
 * ascending index order as Oracle runs them. When the body reads the implicit cursor's attributes,
 * every run's row count is added up, and SQL%ROWCOUNT after the loop is the total, as Oracle's.
 * SAVE EXCEPTIONS makes each run a subtransaction that counts its error and lets the others go on;
 * one error follows the last run (SS-PG-0750).
 */
final class PlPgSqlBulkChanges {
    /** Oracle's error after a FORALL ... SAVE EXCEPTIONS some runs of which failed. */
    private static final int ARRAY_DML_ERRORS = -24381;
    private final PlPgSqlWriter writer;

    PlPgSqlBulkChanges(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    void write(BulkChange loop) {
        PlPgSqlContext context = writer.context();
        PlPgSqlText out = writer.out();
        int id = context.nextId();
        String total = countsRows(context) ? generated(context, "ss_bulk_rows" + id) : null;
        String errors = loop.collectErrors() ? generated(context, "ss_bulk_errors" + id) : null;
        if (total != null) out.line(total + " := 0;");
        if (errors != null) {
            out.line(errors + " := 0;");
            context.items.add(PostgresqlCode.BULK_ERRORS_COLLECTED, loop.span(),
                    "FORALL ... SAVE EXCEPTIONS: each failing run is undone alone and counted; ORA-24381 is raised after the last run");
        }
        String variable = context.name(loop.variable());
        if (loop.bounds() instanceof BulkChange.Range range) {
            out.line("FOR " + variable + " IN " + context.expression(range.lower()) + " .. " + context.expression(range.upper())
                    + " LOOP");
            runs(loop.change(), total, errors, id);
            out.line("END LOOP;");
        } else {
            out.line("DECLARE");
            out.indent().line(variable + " integer;").outdent();
            out.line("BEGIN");
            out.indent().line("FOR " + variable + " IN " + indices(loop.bounds(), context) + " LOOP");
            runs(loop.change(), total, errors, id);
            out.line("END LOOP;").outdent();
            out.line("END;");
        }
        if (total != null) writer.attributes().afterBulkChange(total, out);
        if (errors != null) writer.write(raiseAfterErrors(errors, loop.span()));
    }

    /** IF errors > 0 THEN raise ORA-24381: a statement of the IR, so the block's handlers see it as any other raise. */
    private static Statement raiseAfterErrors(String errors, SourceSpan span) {
        Statement raise = new Statement.Raise(new Condition.ErrorNumber(ARRAY_DML_ERRORS),
                SqlLiteral.createCharString("ORA-24381: error(s) in array DML", SqlParserPos.ZERO), span);
        return new Statement.If(List.of(new Statement.Branch(SqlTemplate.target(errors + " > 0").apply(), List.of(raise))),
                List.of(), span);
    }

    /** The loop's body: the change, its row count added to the total, each run on its own when errors are collected. */
    private void runs(Statement change, String total, String errors, int id) {
        PlPgSqlContext context = writer.context();
        PlPgSqlText out = writer.out().indent();
        if (errors != null) {
            out.line("BEGIN").indent();
            change.accept(writer);   // not wrapped for the block's handlers: this run's own handler comes first
        } else {
            writer.write(change);
        }
        if (total != null) {
            String run = generated(context, "ss_run_rows" + id);
            out.line("GET DIAGNOSTICS " + run + " = ROW_COUNT;");
            out.line(total + " := " + total + " + " + run + ";");
        }
        if (errors != null) {
            out.outdent().line("EXCEPTION WHEN OTHERS THEN");
            out.indent().line(errors + " := " + errors + " + 1;").outdent();
            out.line("END;");
        }
        out.outdent();
    }

    /** The query of the indices a collection holds, or of the values of a collection of indices, in index order. */
    private static String indices(BulkChange.Bounds bounds, PlPgSqlContext context) {
        if (bounds instanceof BulkChange.ValuesOf values) {
            String collection = context.expression(values.collection());
            return context.associativeArrays().of(values.collection()) != null
                    ? "SELECT CAST(e.value AS integer) FROM jsonb_each_text(" + collection + ") e ORDER BY CAST(e.key AS integer)"
                    : "SELECT u.v FROM unnest(" + collection + ") WITH ORDINALITY u(v, n) ORDER BY u.n";
        }
        BulkChange.IndicesOf of = (BulkChange.IndicesOf) bounds;
        String collection = context.expression(of.collection());
        String index = context.associativeArrays().of(of.collection()) != null ? "CAST(k AS integer)" : "k";
        String from = context.associativeArrays().of(of.collection()) != null ? "jsonb_object_keys(" + collection + ") k"
                : "generate_subscripts(" + collection + ", 1) k";
        String between = of.lower() == null ? ""
                : " WHERE " + index + " BETWEEN " + context.expression(of.lower()) + " AND " + context.expression(of.upper());
        return "SELECT " + index + " FROM " + from + between + " ORDER BY 1";
    }

    private static boolean countsRows(PlPgSqlContext context) {
        Set<CursorAttribute> used = context.scan.attributesOf(null);
        return used.contains(CursorAttribute.ROW_COUNT) || used.contains(CursorAttribute.FOUND)
                || used.contains(CursorAttribute.NOT_FOUND);
    }

    private static String generated(PlPgSqlContext context, String name) {
        context.declareGenerated(name, "integer");
        return name;
    }
}

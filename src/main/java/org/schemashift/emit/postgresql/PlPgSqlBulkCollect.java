package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUtil;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;

/**
 * Oracle's BULK COLLECT: every row into collections (PostgreSQL arrays), in the query's order. A
 * SELECT, a DML statement's RETURNING rows or a dynamic query becomes a WITH query aggregated into
 * the arrays ({@code coalesce(array_agg(..), '{}')}: no row gives empty arrays, not NULL); each
 * target takes one column, or, when there is one target whose elements are rows, the whole row.
 * FETCH ... BULK COLLECT [LIMIT n] fetches row by row into copies of the element types and appends
 * them, stopping after n rows; the cursor's attributes follow each FETCH, so {@code c%NOTFOUND} is
 * true when the rows ran out before the limit, as in Oracle. SQL%ROWCOUNT after a bulk statement is
 * the number of rows collected.
 */
final class PlPgSqlBulkCollect {
    private final PlPgSqlWriter writer;

    PlPgSqlBulkCollect(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    /** A static statement (a query, or DML with its RETURNING clause) whose rows go to the targets. */
    void statement(String statement, List<SqlNode> into) {
        int id = writer.context().nextId();
        String rows = "ss_rows" + id;
        writer.out().line("WITH " + rows + columns(into) + " AS (" + statement + ") SELECT " + aggregates(into, rows)
                + " INTO " + targets(into) + " FROM " + rows + ";");
        afterward(into);
    }

    /** EXECUTE of a query built at run time: the aggregation is wrapped around the text. */
    void dynamic(String text, String using, List<SqlNode> into) {
        int id = writer.context().nextId();
        String rows = "ss_rows" + id;
        String head = literal("WITH " + rows + columns(into) + " AS (");
        String tail = literal(") SELECT " + aggregates(into, rows) + " FROM " + rows);
        writer.out().line("EXECUTE " + head + " || " + text + " || " + tail + " INTO " + targets(into) + using + ";");
        afterward(into);
    }

    /** True for a FETCH that reads many rows (BULK COLLECT): the IR gives it a count, the NULL literal when there is no LIMIT. */
    static boolean isBulk(Statement.Fetch fetch) {
        return fetch.direction() == Statement.FetchDirection.NEXT && fetch.count() != null;
    }

    void fetch(Statement.Fetch fetch) {
        PlPgSqlContext context = writer.context();
        PlPgSqlText out = writer.out();
        List<String> targets = context.expressions(fetch.into());
        List<String> copies = new ArrayList<>();
        int id = context.nextId();
        for (int i = 0; i < fetch.into().size(); i++) {
            String element = elementType(fetch.into().get(i));
            if (element == null) {
                context.notExpressible(fetch.span(), "the element type of " + targets.get(i) + " is not known, so its rows"
                        + " cannot be fetched one by one: declare it with a collection type of the routine",
                        "FETCH " + context.name(fetch.cursor()) + " BULK COLLECT INTO " + String.join(", ", targets) + ";", out);
                return;
            }
            copies.add("ss_fetch" + id + "_" + (i + 1));
            context.declareGenerated(copies.get(i), element);
        }
        targets.forEach(t -> out.line(t + " := '{}';"));
        out.line("LOOP").indent();
        if (!SqlUtil.isNullLiteral(fetch.count(), false)) {
            out.line("EXIT WHEN cardinality(" + targets.get(0) + ") >= " + context.expression(fetch.count()) + ";");
        }
        out.line("FETCH " + context.name(fetch.cursor()) + " INTO " + String.join(", ", copies) + ";");
        writer.attributes().afterFetch(fetch.cursor(), out);
        out.line("EXIT WHEN NOT FOUND;");
        for (int i = 0; i < targets.size(); i++) out.line(targets.get(i) + " := array_append(" + targets.get(i) + ", " + copies.get(i) + ");");
        out.outdent().line("END LOOP;");
    }

    private void afterward(List<SqlNode> into) {
        writer.attributes().afterBulk(writer.context().expression(into.get(0)), writer.out());
    }

    /** The column names of the WITH query: one per target, or none when one target takes whole rows. */
    private String columns(List<SqlNode> into) {
        if (rowElement(into) != null) return "";
        return IntStream.rangeClosed(1, into.size()).mapToObj(i -> "ss_c" + i).collect(Collectors.joining(", ", " (", ")"));
    }

    private String aggregates(List<SqlNode> into, String rows) {
        String row = rowElement(into);
        if (row != null) return "coalesce(array_agg(CAST(" + rows + " AS " + row + ")), '{}')";
        return IntStream.rangeClosed(1, into.size()).mapToObj(i -> "coalesce(array_agg(ss_c" + i + "), '{}')")
                .collect(Collectors.joining(", "));
    }

    /** The row type of the elements when one target collects whole rows (a collection of %ROWTYPE or of a record/object type). */
    private String rowElement(List<SqlNode> into) {
        if (into.size() != 1) return null;
        ProcType element = elementOf(into.get(0));
        boolean row = element instanceof ProcType.Anchored anchored && anchored.anchor() == ProcType.Anchor.ROWTYPE
                || element instanceof ProcType.Named;
        return row ? new PlPgSqlTypes(writer.context()).asElement(element) : null;
    }

    private ProcType elementOf(SqlNode target) {
        var collection = target instanceof SqlIdentifier id && id.isSimple() ? writer.context().scan.collectionOfVariable(id.getSimple()) : null;
        return collection == null ? null : collection.element();
    }

    private String elementType(SqlNode target) {
        ProcType type = target instanceof SqlIdentifier id && id.isSimple() ? writer.context().scan.variableType(id.getSimple()) : null;
        return type == null ? null : new PlPgSqlTypes(writer.context()).element(type);
    }

    private String targets(List<SqlNode> into) {
        return String.join(", ", writer.context().expressions(into));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

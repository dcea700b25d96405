package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;

/**
 * SQL inside the code: static statements (with RETURNING and INTO), dynamic SQL and procedure
 * calls. What no row or several rows mean ({@link IntoRows}) is kept exactly: Oracle's rule is
 * INTO STRICT; MySQL's (no row: NOT FOUND, targets unchanged) is INTO STRICT with no_data_found
 * caught in place unless an EXIT handler takes it; T-SQL's (every row assigned, the last stays) is
 * a FOR loop over the rows; Oracle's BULK COLLECT ({@code ALL_ROWS}) is {@link PlPgSqlBulkCollect}'s. A query
 * with no INTO is run for its effect (a built-in procedure rewritten as a function call) with PERFORM.
 */
final class PlPgSqlSqlWriter {
    private final PlPgSqlWriter writer;

    PlPgSqlSqlWriter(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    void statement(Statement.SqlStatement statement) {
        PlPgSqlContext context = writer.context();
        String text = context.statement(statement.statement(), statement.span());
        if (text == null) {
            writer.out().commentedOut("not written, see the action item at line " + statement.span().line(), statement.statement().toString() + ";");
            return;
        }
        if (statement.into().isEmpty() && statement.statement().getKind() == SqlKind.SELECT && text.startsWith("SELECT ")) {
            writer.out().line("PERFORM " + text.substring("SELECT ".length()) + ";");
            return;
        }
        if (!statement.returning().isEmpty()) {
            if (statement.statement().getKind() == SqlKind.MERGE) {
                context.notExpressible(statement.span(), "MERGE ... RETURNING needs PostgreSQL 17", text + " RETURNING "
                        + String.join(", ", context.expressions(statement.returning())) + ";", writer.out());
                return;
            }
            text += " RETURNING " + String.join(", ", context.expressions(statement.returning()));
        }
        if (statement.appendTo() != null) {
            appendReturned(text, statement);
            return;
        }
        if (collectsAll(statement.into(), statement.rows())) {
            writer.bulk().statement(text, statement.into());
            return;
        }
        into(text, "", statement.into(), statement.rows());
        writer.attributes().afterSql(writer.out());
    }

    /** The returned rows appended to a table: a data-modifying WITH, as PostgreSQL allows it only at the top. */
    private void appendReturned(String changeReturning, Statement.SqlStatement statement) {
        String append = writer.context().statement(statement.appendTo(), statement.span());
        String text = "WITH " + Statement.SqlStatement.RETURNED + " AS (" + changeReturning + ") ";
        if (append == null) {
            writer.out().commentedOut("not written, see the action item at line " + statement.span().line(), text + statement.appendTo() + ";");
            return;
        }
        writer.out().line(text + append + ";");
        writer.attributes().afterSql(writer.out());
    }

    void dynamic(Statement.DynamicSql statement) {
        String text = statement.statement() != null ? knownText(statement) : text(statement);
        if (text == null) return;
        String using = writer.cursors().using(statement.arguments());
        if (collectsAll(statement.into(), statement.rows())) {
            writer.bulk().dynamic(text, using, statement.into());
            return;
        }
        into("EXECUTE " + text, using, statement.into(), statement.rows());
        writer.attributes().afterSql(writer.out());
    }

    /** The text of dynamic SQL as the source builds it, its placeholders numbered where they can be seen. */
    private String text(Statement.DynamicSql statement) {
        SqlNode source = statement.into().isEmpty() ? statement.text() : PlPgSqlBindPlaceholders.withoutReturningTargets(statement.text());
        return statement.converted() ? writer.context().expression(source)
                : writer.cursors().dynamicText(source, statement.arguments(), statement.span());
    }

    /** A known text, converted; commented out when the statement cannot be written (reported). */
    private String knownText(Statement.DynamicSql statement) {
        String text = writer.cursors().knownText(statement.statement(), statement.span());
        if (text == null) {
            writer.out().commentedOut("not written, see the action item at line " + statement.span().line(), "EXECUTE " + statement.statement() + ";");
        }
        return text;
    }

    /**
     * A table created by the code. A temporary one replaces a table of the same name left in the
     * session's temporary schema by an earlier run ({@code pg_temp.} so a permanent table of that
     * name is never touched), or is kept with its rows ({@code IF NOT EXISTS}) where the source says
     * so; the statements that read it are planned when they first run, so the body compiles before
     * the table exists.
     */
    void createTable(Statement.CreateTable statement) {
        PlPgSqlContext context = writer.context();
        String name = context.name(statement.name());
        String head = "CREATE " + (statement.temporary() ? "TEMPORARY " : "") + "TABLE " + (statement.keepExisting() ? "IF NOT EXISTS " : "") + name;
        String text;
        if (statement.query() == null) {
            text = head + " (" + columns(statement) + ")";
        } else {
            String query = context.statement(statement.query(), statement.span());
            if (query == null) {
                writer.out().commentedOut("not written, see the action item at line " + statement.span().line(),
                        head + " AS " + statement.query() + ";");
                return;
            }
            text = head + " AS " + query;
        }
        if (statement.temporary() && !statement.keepExisting()) dropTable(new Statement.DropTable(statement.name(), statement.span()));
        writer.out().line(text + ";");
        writer.attributes().afterSql(writer.out());
    }

    /** {@code c type [GENERATED BY DEFAULT AS IDENTITY (...)] [NOT NULL] [DEFAULT v], ..., [PRIMARY KEY | UNIQUE (...)]}. */
    private String columns(Statement.CreateTable statement) {
        PlPgSqlContext context = writer.context();
        PlPgSqlTypes types = new PlPgSqlTypes(context);
        List<String> parts = new ArrayList<>();
        for (Statement.TableColumn column : statement.columns()) {
            StringBuilder part = new StringBuilder(context.name(column.name())).append(' ').append(types.spell(column.type()));
            if (column.identityStart() != null) {
                part.append(" GENERATED BY DEFAULT AS IDENTITY (START WITH ").append(column.identityStart())
                        .append(" INCREMENT BY ").append(column.identityIncrement()).append(')');
            }
            if (column.notNull()) part.append(" NOT NULL");
            if (column.defaultValue() != null) part.append(" DEFAULT ").append(context.expression(column.defaultValue()));
            parts.add(part.toString());
        }
        for (List<String> key : statement.keys()) {
            parts.add("UNIQUE (" + key.stream().map(context::name).collect(Collectors.joining(", ")) + ")");
        }
        return String.join(", ", parts);
    }

    void dropTable(Statement.DropTable statement) {
        writer.out().line("DROP TABLE IF EXISTS pg_temp." + writer.context().name(statement.name()) + ";");
    }

    private static boolean collectsAll(List<SqlNode> into, IntoRows rows) {
        return rows == IntoRows.ALL_ROWS && !into.isEmpty();
    }

    void call(Statement.Call call) {
        PlPgSqlContext context = writer.context();
        String arguments = call.arguments().stream()
                .map(a -> a.name() == null ? context.writable(a.value()) : context.name(a.name()) + " => " + context.writable(a.value()))
                .collect(Collectors.joining(", "));
        writer.out().line("CALL " + routine(call.routine(), context) + "(" + arguments + ");");
        writer.attributes().afterSql(writer.out());
    }

    /** The called procedure's name: a routine of the input by its name in the plan (a user's rule may rename it). */
    private static String routine(SqlNode routine, PlPgSqlContext context) {
        if (routine instanceof SqlIdentifier id && id.names.size() <= 2) {
            ObjectName source = id.names.size() == 1 ? ObjectName.of(id.names.get(0)) : new ObjectName(id.names.get(0), id.names.get(1));
            String renamed = context.names.naming().renames().routine(source);
            if (renamed != null) {
                String name = PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(renamed));
                return source.schema() == null ? name : PostgresqlIdentifiers.quote(context.names.naming().schema(source.schema())) + "." + name;
            }
        }
        return context.expression(routine);
    }

    /** {@code head [INTO targets] tail;} as the source's rule for no row and several rows asks. */
    private void into(String head, String tail, List<SqlNode> into, IntoRows rows) {
        PlPgSqlText out = writer.out();
        if (into.isEmpty()) {
            out.line(head + tail + ";");
            return;
        }
        String targets = String.join(", ", writer.context().writables(into));
        switch (rows) {
            case EXACTLY_ONE -> out.line(head + " INTO STRICT " + targets + tail + ";");
            case FIRST_ROW -> out.line(head + " INTO " + targets + tail + ";");
            case LAST_ROW -> everyRow(head + tail, writer.context().writables(into));
            case ONE_OR_NOT_FOUND -> oneOrNotFound(head + " INTO STRICT " + targets + tail + ";");
            case ALL_ROWS -> throw new IllegalStateException("BULK COLLECT is written by PlPgSqlBulkCollect");
        }
    }

    /**
     * T-SQL's {@code SELECT @v = ...}: each row is assigned, the last stays, no row changes nothing.
     * A FOR loop assigns every row, but sets its targets to NULL when there is none, so it reads into
     * copies ({@code target%TYPE}) and assigns the targets inside the loop.
     */
    private void everyRow(String query, List<String> targets) {
        PlPgSqlText out = writer.out();
        int id = writer.context().nextId();
        List<String> copies = new ArrayList<>();
        for (int i = 1; i <= targets.size(); i++) copies.add("ss_row" + id + "_" + i);
        out.line("DECLARE").indent();
        for (int i = 0; i < targets.size(); i++) out.line(copies.get(i) + " " + targets.get(i) + "%TYPE;");
        out.outdent().line("BEGIN").indent();
        out.line("FOR " + String.join(", ", copies) + " IN " + query + " LOOP").indent();
        for (int i = 0; i < targets.size(); i++) out.line(targets.get(i) + " := " + copies.get(i) + ";");
        out.outdent().line("END LOOP;");
        out.outdent().line("END;");
    }

    /** A MySQL SELECT INTO: STRICT keeps the targets when there is no row; the NOT FOUND that follows is handled where it arises. */
    private void oneOrNotFound(String strictStatement) {
        PlPgSqlText out = writer.out();
        PlPgSqlHandlers.Located handler = writer.handlers().notFoundHandler();
        if (handler != null && handler.handler().kind() == Handler.Kind.EXIT) {
            out.line(strictStatement);   // no_data_found goes to the EXIT handler
            return;
        }
        out.line("BEGIN").indent().line(strictStatement).outdent();
        out.line("EXCEPTION").indent().line("WHEN no_data_found THEN").indent();
        if (handler == null) {
            out.line("NULL;");   // without a handler MySQL only warns
        } else {
            writer.handlers().writeBody(handler, PlPgSqlContext.ErrorSource.NO_ROW);
        }
        out.outdent().outdent().line("END;");
    }
}

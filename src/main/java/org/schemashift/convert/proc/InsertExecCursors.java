package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.emit.postgresql.PlPgSqlResultSets;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;

/**
 * {@code INSERT INTO t EXEC p args} where p returns its result sets in refcursor parameters (the default
 * rule, docs/procedural-ir.md): SQL Server inserts the rows of every result set p sends, in order, so the
 * caller passes a cursor variable of its own in each RESULT_SET parameter and inserts the rows it fetches:
 * <pre>
 * CALL p(args, result_set =&gt; ss_rows);
 * LOOP FETCH ss_rows INTO ss_row; EXIT WHEN NOT FOUND; INSERT INTO t (cols) SELECT ss_row.a, ss_row.b; END LOOP;
 * CLOSE ss_rows;
 * </pre>
 * in a block that declares them. The fields are read by the names of the result set's columns: PostgreSQL
 * cannot expand ({@code ss_row.*}) a record whose type is a cursor's anonymous row.
 */
final class InsertExecCursors {
    private static final String ROW = "ss_row";

    private InsertExecCursors() {
    }

    /** True when {@code call} passes the refcursor parameters of a procedure with result sets: it reads them. */
    static boolean readsResultSets(Statement.Call call) {
        return call.arguments().stream().anyMatch(a -> a.name() != null && a.name().toUpperCase(java.util.Locale.ROOT).startsWith(
                PlPgSqlResultSets.parameters(1).get(0)));
    }

    /** The statements that insert the rows of every result set, {@code columns} naming each one's columns. */
    static Statement of(Statement.InsertExec statement, List<List<String>> columns) {
        int resultSets = columns.size();
        SourceSpan span = statement.span();
        SqlParserPos pos = SqlParserPos.ZERO;
        SqlInsert insert = (SqlInsert) statement.insert();
        List<Argument> arguments = new ArrayList<>(statement.arguments());
        List<Declaration> declarations = new ArrayList<>();
        declarations.add(new Declaration.Variable(ROW, new ProcType.Row(List.of()), null, false, false, span));
        List<String> parameters = PlPgSqlResultSets.parameters(resultSets);
        List<String> cursors = new ArrayList<>();
        for (int i = 0; i < resultSets; i++) {
            String cursor = resultSets == 1 ? "ss_rows" : "ss_rows" + (i + 1);
            cursors.add(cursor);
            declarations.add(new Declaration.Variable(cursor, new ProcType.CursorReference(), null, false, false, span));
            arguments.add(new Argument(parameters.get(i), new SqlIdentifier(cursor, pos)));
        }
        List<Statement> body = new ArrayList<>();
        body.add(new Statement.Call(statement.routine(), arguments, span));
        for (int i = 0; i < resultSets; i++) {
            String cursor = cursors.get(i);
            SqlNodeList fields = new SqlNodeList(columns.get(i).stream().<SqlNode>map(c -> new SqlIdentifier(List.of(ROW, c), pos))
                    .toList(), pos);
            SqlSelect row = new SqlSelect(pos, null, fields, null, null, null, null, null, null, null, null, null);
            SqlNode each = new SqlInsert(pos, SqlNodeList.EMPTY, insert.getTargetTable(), row, insert.getTargetColumnList());
            body.add(new Statement.Loop(null, List.of(
                    new Statement.Fetch(cursor, Statement.FetchDirection.NEXT, null, List.of(new SqlIdentifier(ROW, pos)), false, span),
                    new Statement.Exit(null, ProcOperators.cursorAttribute(ProcOperators.CursorAttribute.NOT_FOUND, cursor, pos), span),
                    new Statement.SqlStatement(each, List.of(), List.of(), IntoRows.FIRST_ROW, span)), span));
            body.add(new Statement.Close(cursor, span));
        }
        return new Block(null, declarations, body, List.of(), span);
    }
}

package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.proc.ResultSetFunctions;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Routine;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.Statement;

/**
 * The rule for procedures that return result sets (a bare SELECT in a T-SQL or MySQL procedure,
 * docs/procedural-ir.md, decision {@code plpgsql.result-set-as-refcursor}): a PostgreSQL procedure
 * cannot send rows, so each result set is an INOUT {@code refcursor} parameter, {@code RESULT_SET}
 * (or {@code RESULT_SET1}, {@code RESULT_SET2}, ... in the order of the SELECTs), DEFAULT NULL, and the
 * SELECT is {@code OPEN result_set FOR query}. The caller fetches from the cursors it passed or got
 * back; callers change, which {@code SS-PG-0740} says. Functions keep their result sets as rows
 * (RETURN QUERY, {@link PlPgSqlResults}).
 */
public final class PlPgSqlResultSets extends ProcRewriter {
    private static final String PARAMETER = "RESULT_SET";

    private final List<String> cursors;
    private int next;

    private PlPgSqlResultSets(List<String> cursors) {
        this.cursors = cursors;
    }

    /** {@code routine} with its result sets as refcursor parameters; itself when it is no procedure or has none. */
    static Routine asCursors(Routine routine, ActionItems items) {
        if (routine.kind() != ObjectKind.PROCEDURE || routine.body() == null) return routine;
        int count = ResultSetFunctions.count(routine);
        if (count == 0) return routine;
        List<String> cursors = parameters(count);
        List<Parameter> parameters = new ArrayList<>(routine.signature().parameters());
        for (String cursor : cursors) {
            parameters.add(new Parameter(cursor, ParameterMode.INOUT, new ProcType.CursorReference(),
                    SqlLiteral.createNull(SqlParserPos.ZERO), routine.span()));
        }
        items.decided(routine.span(), "plpgsql.result-set-as-refcursor", "the result set" + (count == 1 ? " is" : "s are")
                + " returned in the refcursor parameter" + (count == 1 ? " " : "s ") + String.join(", ", cursors));
        items.add(PostgresqlCode.RESULT_SETS_AS_CURSORS, routine.span(), "procedure " + routine.name() + " returns " + count
                + " result set" + (count == 1 ? "" : "s") + " in refcursor parameter" + (count == 1 ? " " : "s ")
                + String.join(", ", cursors) + ": its callers must fetch from " + (count == 1 ? "it" : "them"));
        PlPgSqlResultSets rewriter = new PlPgSqlResultSets(cursors);
        return routine.withCode(new RoutineSignature(parameters, routine.signature().returns()), rewriter.body(routine.body()));
    }

    /** The refcursor parameters of a procedure with {@code count} result sets, in the order of its SELECTs. */
    public static List<String> parameters(int count) {
        List<String> cursors = new ArrayList<>();
        for (int i = 1; i <= count; i++) cursors.add(count == 1 ? PARAMETER : PARAMETER + i);
        return cursors;
    }

    @Override
    public Statement visitResultSet(Statement.ResultSet statement) {
        return new Statement.Open(cursors.get(next++), List.of(), statement.source(), statement.span());
    }
}

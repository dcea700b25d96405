package org.schemashift.emit.postgresql;

import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Statement;

/**
 * What leaves the routine: RETURN in its forms, result sets, and transaction control, each checked
 * against what kind of routine PostgreSQL will run it as.
 */
final class PlPgSqlResults {
    private final PlPgSqlWriter writer;

    PlPgSqlResults(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    void returnStatement(Statement.Return statement) {
        PlPgSqlContext context = writer.context();
        PlPgSqlText out = writer.out();
        switch (context.shape) {
            case TRIGGER -> {
                if (statement.value() == null) {
                    context.triggerReturn.forEach(out::line);
                } else {
                    out.line("RETURN " + context.expression(statement.value()) + ";");
                }
            }
            case FUNCTION -> functionReturn(statement);
            case SET_FUNCTION, PROCEDURE -> {
                if (statement.value() != null) {
                    context.notExpressible(statement.span(), "a " + (context.shape == PlPgSqlContext.Shape.PROCEDURE
                            ? "procedure" : "set-returning function") + " returns no value in PostgreSQL: pass it back"
                            + " in an OUT parameter", "RETURN " + context.expression(statement.value()) + ";", out);
                }
                out.line("RETURN;");
            }
        }
    }

    /**
     * RETURN [value] in a function: the value passes through the declared result type when
     * PostgreSQL would drop its length or scale, and goes to the result column when the function has
     * OUT parameters too.
     */
    private void functionReturn(Statement.Return statement) {
        PlPgSqlContext context = writer.context();
        PlPgSqlText out = writer.out();
        if (statement.value() == null) {
            out.line("RETURN;");
            return;
        }
        String value = context.expression(statement.value());
        if (context.checkedResultType() != null) {
            String checked = context.cutsResult() ? "CAST(" + value + " AS " + context.checkedResultType() + ")" : value;
            out.line(PlPgSqlTypeModifiers.RESULT + " := " + checked + ";");
            value = PlPgSqlTypeModifiers.RESULT;
        }
        if (context.returnsThroughResultColumn()) {
            out.line(PlPgSqlContext.RESULT_COLUMN + " := " + value + ";");
            out.line("RETURN;");
        } else {
            out.line("RETURN " + value + ";");
        }
    }

    void returnQuery(Statement.ReturnQuery statement) {
        String query = writer.cursors().source(statement.source());
        if (setReturning(statement.span(), "RETURN QUERY " + query + ";", "RETURN QUERY")) {
            writer.out().line("RETURN QUERY " + query + ";");
        }
    }

    void returnNext(Statement.ReturnNext statement) {
        String value = statement.value() == null ? "" : " " + writer.context().expression(statement.value());
        if (setReturning(statement.span(), "RETURN NEXT" + value + ";", "RETURN NEXT")) {
            writer.out().line("RETURN NEXT" + value + ";");
        }
    }

    /** A result set for the caller: the rows of a set-returning function; other routines cannot send one. */
    void resultSet(Statement.ResultSet statement) {
        String query = writer.cursors().source(statement.source());
        if (setReturning(statement.span(), query + ";", "a result set")) {
            writer.context().items.decided(statement.span(), "plpgsql.result-set-as-return-query",
                    "the result set is returned as the function's rows (RETURN QUERY)");
            writer.out().line("RETURN QUERY " + query + ";");
        }
    }

    /**
     * Transaction control. PostgreSQL runs every routine inside a transaction: BEGIN has nothing to
     * do; COMMIT and ROLLBACK work only in a procedure, outside any EXCEPTION block; savepoints do
     * not exist in PL/pgSQL (an exception block is one).
     */
    void transaction(Statement.Transaction statement) {
        PlPgSqlContext context = writer.context();
        PlPgSqlText out = writer.out();
        String spelled = spelled(statement);
        switch (statement.action()) {
            case BEGIN -> {
                context.items.decided(statement.span(), "plpgsql.begin-transaction",
                        "BEGIN TRANSACTION dropped: PostgreSQL runs the routine inside a transaction already");
                out.line("-- " + spelled + ": the routine already runs inside a transaction");
            }
            case COMMIT, ROLLBACK -> {
                if (context.runsAutonomously()) {
                    // Oracle ends only the autonomous transaction; here it would end the caller's (SS-PG-0606 says why)
                    context.items.decided(statement.span(), "plpgsql.autonomous-commit", spelled + " of an autonomous transaction"
                            + " is not written: the routine runs in its caller's transaction");
                    out.line("-- " + spelled + ": ends the autonomous transaction in the source; here it would end the caller's");
                } else if (context.shape != PlPgSqlContext.Shape.PROCEDURE) {
                    context.notExpressible(statement.span(), spelled + " is allowed only in a PostgreSQL procedure", spelled + ";", out);
                } else if (writer.handlers().insideExceptionBlock()) {
                    context.notExpressible(statement.span(), spelled + " is not allowed inside a PL/pgSQL block with an "
                            + "EXCEPTION clause (the handlers around it need one)", spelled + ";", out);
                } else {
                    out.line(spelled + ";");
                }
            }
            default -> context.notExpressible(statement.span(), "PL/pgSQL has no savepoints: use a BEGIN ... EXCEPTION block,"
                    + " which rolls back to its start when it catches an error", spelled + ";", out);
        }
    }

    private static String spelled(Statement.Transaction statement) {
        return switch (statement.action()) {
            case BEGIN -> "BEGIN TRANSACTION";
            case COMMIT -> "COMMIT";
            case ROLLBACK -> "ROLLBACK";
            case SAVEPOINT -> "SAVEPOINT " + statement.savepoint();
            case ROLLBACK_TO_SAVEPOINT -> "ROLLBACK TO SAVEPOINT " + statement.savepoint();
            case RELEASE_SAVEPOINT -> "RELEASE SAVEPOINT " + statement.savepoint();
        };
    }

    /** True in a set-returning function; otherwise writes {@code what} commented out with an item. */
    private boolean setReturning(SourceSpan span, String what, String construct) {
        if (writer.context().shape == PlPgSqlContext.Shape.SET_FUNCTION) return true;
        writer.context().notExpressible(span, construct + " needs a set-returning function (RETURNS SETOF or TABLE); "
                + "this routine returns none", what, writer.out());
        return false;
    }
}

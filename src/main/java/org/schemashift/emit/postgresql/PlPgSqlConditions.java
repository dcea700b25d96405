package org.schemashift.emit.postgresql;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.HandledError;
import org.schemashift.model.proc.Statement;

/**
 * Conditions in PL/pgSQL: how a handler names them (a condition name or SQLSTATE), how RAISE /
 * SIGNAL / THROW raise them, re-raising, GET DIAGNOSTICS, and what happens when a row is missing
 * where the source signals NOT FOUND. PL/pgSQL has no declared exceptions: a named condition is its
 * SQLSTATE, the declared one or, when the source gives none, a code made from its name
 * ({@code U} + four characters), the same in every routine so package exceptions match across them.
 */
final class PlPgSqlConditions {
    private final PlPgSqlWriter writer;
    private final Set<String> reportedNames = new HashSet<>();

    PlPgSqlConditions(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    /** The condition as a WHEN clause names it, or null when PL/pgSQL cannot catch it. */
    String when(Condition condition) {
        if (condition instanceof Condition.Named named) return "SQLSTATE '" + sqlState(named) + "'";
        if (condition instanceof Condition.SqlState state) return "SQLSTATE '" + state.code() + "'";
        if (condition instanceof Condition.ErrorNumber number) {
            return PlPgSqlErrorNumbers.isApplicationError(number.number())
                    ? "SQLSTATE '" + PlPgSqlErrorNumbers.sqlState(number.number()) + "'" : null;
        }
        return switch ((Condition.Standard) condition) {
            case ANY_ERROR -> "OTHERS";
            case NOT_FOUND -> "no_data_found";
            case TOO_MANY_ROWS -> "too_many_rows";
            case WARNING -> null;
        };
    }

    String whyNot(Condition condition) {
        return condition instanceof Condition.ErrorNumber n
                ? "PL/pgSQL cannot catch the source's error number " + n.number() + " (no SQLSTATE is known for it)"
                : "PL/pgSQL cannot catch warnings";
    }

    String describe(Condition condition) {
        if (condition instanceof Condition.Named n) return n.name();
        if (condition instanceof Condition.SqlState s) return "SQLSTATE '" + s.code() + "'";
        if (condition instanceof Condition.ErrorNumber n) return "error " + n.number();
        return ((Condition.Standard) condition).name();
    }

    /**
     * The SQLSTATE of a named condition: the declared one, the application error's class for an
     * EXCEPTION_INIT number of RAISE_APPLICATION_ERROR's range, or one made from its name. A
     * condition bound to another error number that has no SQLSTATE catches only its own RAISE: reported.
     */
    String sqlState(Condition.Named named) {
        Declaration.NamedCondition declared = writer.context().scan.condition(named.name());
        if (declared != null && declared.sqlState() != null) return declared.sqlState();
        if (declared != null && PlPgSqlErrorNumbers.isApplicationError(declared.errorNumber())) {
            return PlPgSqlErrorNumbers.sqlState(declared.errorNumber());
        }
        String made = madeSqlState(named.name());
        if (reportedNames.add(PlPgSqlScan.key(named.name()))) {
            writer.context().items.decided(declared == null ? SourceSpan.UNKNOWN : declared.span(), "plpgsql.condition-sqlstate",
                    "condition " + named.name() + " is raised and caught as SQLSTATE '" + made + "'");
            if (declared != null && declared.errorNumber() != null) {
                writer.context().items.add(PostgresqlCode.PLPGSQL_ERROR_NUMBER_UNMAPPED, declared.span(), "condition "
                        + named.name() + " is bound to error " + declared.errorNumber() + ", which has no known SQLSTATE: its"
                        + " handlers catch the condition's own RAISE only, not the database error");
            }
        }
        return made;
    }

    /** {@code U} + four characters from the name; the first is never {@code E}, which would be the application errors' class. */
    static String madeSqlState(String name) {
        String first = "0123456789ABCDFGHIJKLMNOPQRSTUVWXYZ";
        long rest = 36L * 36 * 36;
        CRC32 crc = new CRC32();
        crc.update(name.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        long value = crc.getValue() % (first.length() * rest);
        String digits = Long.toString(value % rest, 36).toUpperCase(Locale.ROOT);
        return "U" + first.charAt((int) (value / rest)) + "0".repeat(3 - digits.length()) + digits;
    }

    void raise(Statement.Raise raise) {
        PlPgSqlText out = writer.out();
        PlPgSqlContext context = writer.context();
        String message = raise.message() == null ? null : context.expression(raise.message());
        Condition condition = raise.condition() == null ? Condition.Standard.ANY_ERROR : raise.condition();
        if (condition == Condition.Standard.NOT_FOUND && continueOnNoRow(out)) return;
        if (condition instanceof Condition.Standard standard) {
            switch (standard) {
                case ANY_ERROR -> out.line("RAISE EXCEPTION USING ERRCODE = 'P0001'" + messageOption(message, "'error'") + ";");
                case NOT_FOUND -> out.line("RAISE no_data_found" + using(message) + ";");
                case TOO_MANY_ROWS -> out.line("RAISE too_many_rows" + using(message) + ";");
                case WARNING -> out.line("RAISE WARNING '%', " + (message == null ? "'warning'" : message) + ";");
            }
            return;
        }
        if (condition instanceof Condition.ErrorNumber number && PlPgSqlErrorNumbers.isApplicationError(number.number())) {
            String state = PlPgSqlErrorNumbers.sqlState(number.number());
            context.items.decided(raise.span(), "plpgsql.application-error-sqlstate", "application error " + number.number()
                    + " is raised as SQLSTATE '" + state + "'");
            out.line("RAISE EXCEPTION USING ERRCODE = '" + state + "'" + messageOption(message, "'error " + number.number() + "'") + ";");
            return;
        }
        if (condition instanceof Condition.ErrorNumber number) {
            context.items.decided(raise.span(), "plpgsql.raise-error-number", "error number " + number.number()
                    + " is raised as SQLSTATE 'P0001' with the number in DETAIL");
            out.line("RAISE EXCEPTION USING ERRCODE = 'P0001'" + messageOption(message, "'error " + number.number() + "'")
                    + ", DETAIL = 'source error " + number.number() + "';");
            return;
        }
        String state = condition instanceof Condition.Named named ? sqlState(named) : ((Condition.SqlState) condition).code();
        String defaultMessage = condition instanceof Condition.Named named ? "'" + named.name().replace("'", "''") + "'" : null;
        // class 01 is a warning: the source reports it and goes on
        String level = state.startsWith("01") ? "WARNING" : "EXCEPTION";
        out.line("RAISE " + level + " USING ERRCODE = '" + state + "'" + messageOption(message, defaultMessage) + ";");
    }

    void reraise(Statement.Reraise reraise) {
        PlPgSqlContext.ErrorSource handled = writer.context().handledError();
        if (handled == null) {
            writer.context().notExpressible(reraise.span(), "re-raise outside a handler has no error to raise", "RAISE;",
                    writer.out());
            return;
        }
        writer.out().line(handled.reraise());
    }

    void diagnostics(Statement.GetDiagnostics statement) {
        PlPgSqlContext context = writer.context();
        for (Statement.DiagnosticItem item : statement.items()) {
            String target = context.writable(item.target());
            if (item.item() == Statement.Diagnostic.ROW_COUNT) {
                writer.out().line("GET DIAGNOSTICS " + target + " = ROW_COUNT;");
                continue;
            }
            // the handled error is read where this body keeps it (SQLSTATE/SQLERRM, or the copies a late handler reads)
            HandledError what = item.item() == Statement.Diagnostic.ERROR_SQLSTATE ? HandledError.SQLSTATE : HandledError.MESSAGE;
            writer.out().line(target + " := " + context.expression(ProcOperators.handledError(what,
                    item.target().getParserPosition())) + ";");
        }
    }

    /**
     * After a FETCH (or SELECT) that may have found no row, where the source signals NOT FOUND:
     * runs a CONTINUE handler for it in place, or raises no_data_found for an EXIT handler; with no
     * handler the source only warns, so nothing is written.
     */
    void afterPossiblyNoRow() {
        PlPgSqlHandlers.Located handler = writer.handlers().notFoundHandler();
        if (handler == null) return;
        PlPgSqlText out = writer.out();
        out.line("IF NOT FOUND THEN").indent();
        if (handler.handler().kind() == Handler.Kind.CONTINUE) {
            writer.handlers().writeBody(handler, PlPgSqlContext.ErrorSource.NO_ROW);
        } else {
            out.line("RAISE no_data_found;");
        }
        out.outdent().line("END IF;");
    }

    /** When a CONTINUE handler for NOT FOUND is in scope, writes its body and returns true. */
    private boolean continueOnNoRow(PlPgSqlText out) {
        PlPgSqlHandlers.Located handler = writer.handlers().notFoundHandler();
        if (handler == null || handler.handler().kind() != Handler.Kind.CONTINUE) return false;
        writer.handlers().writeBody(handler, PlPgSqlContext.ErrorSource.NO_ROW);
        return true;
    }

    private static String messageOption(String message, String fallback) {
        String text = message != null ? message : fallback;
        return text == null ? "" : ", MESSAGE = " + text;
    }

    private static String using(String message) {
        return message == null ? "" : " USING MESSAGE = " + message;
    }
}

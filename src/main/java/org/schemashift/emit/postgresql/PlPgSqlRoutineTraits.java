package org.schemashift.emit.postgresql;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Routine;
import org.schemashift.model.proc.RoutineTraits;

/**
 * What a routine declares about itself, as PostgreSQL's routine options:
 * <ul>
 * <li>DETERMINISTIC (Oracle, MySQL) promises less than IMMUTABLE, which lets PostgreSQL evaluate a
 * call once at planning and use it in indexes, so it must not read tables. A deterministic function
 * is IMMUTABLE when its body runs no SQL, STABLE when it only reads, and keeps the default
 * (VOLATILE) when it may change data. A function that is not declared deterministic stays VOLATILE.</li>
 * <li>Definer rights (Oracle's default, AUTHID DEFINER; MySQL's SQL SECURITY DEFINER) are SECURITY
 * DEFINER with {@code search_path} pinned to the routine's schema and then {@code pg_temp} (to the
 * path current when it is created, for a routine without a schema), so a caller's objects cannot
 * stand in for the owner's; reported, for the owner and grants to be checked. PostgreSQL forbids COMMIT and ROLLBACK in such a
 * procedure: one that controls transactions keeps invoker rights, reported.</li>
 * <li>An autonomous transaction has no PostgreSQL equivalent: the body is written as it is, running
 * in the caller's transaction, and reported with the alternative.</li>
 * </ul>
 */
final class PlPgSqlRoutineTraits {

    private PlPgSqlRoutineTraits() {
    }

    /** The options written after LANGUAGE plpgsql (each with a leading space), with items for what they cannot keep. */
    static String options(Routine routine, String schema, PlPgSqlContext context) {
        RoutineTraits traits = routine.traits();
        StringBuilder options = new StringBuilder();
        if (traits.deterministic() && routine.kind() == ObjectKind.FUNCTION) options.append(volatility(routine, context));
        if (traits.rights() == RoutineTraits.Rights.DEFINER) options.append(definerRights(routine, schema, context));
        if (traits.autonomousTransaction()) {
            context.items.add(PostgresqlCode.AUTONOMOUS_TRANSACTION, routine.span(), routine.name() + " runs in an autonomous"
                    + " transaction in the source; here it runs in the caller's: " + separateConnection(routine, schema, context));
        }
        return options.toString();
    }

    /**
     * The concrete alternative: the body moved to a procedure of its own, run on a second connection by
     * dblink (shipped with PostgreSQL as an additional supplied module; pg_background is a third-party extension).
     */
    private static String separateConnection(Routine routine, String schema, PlPgSqlContext context) {
        String body = (schema == null ? "" : schema + ".") + PostgresqlIdentifiers.quote(context.bare(routine.name().name()) + "_autonomous");
        List<String> parameters = routine.signature().parameters().stream().map(p -> context.name(p.name())).toList();
        String placeholders = String.join(", ", Collections.nCopies(parameters.size(), "%L"));
        return "CREATE EXTENSION dblink, move the body to procedure " + body + " and run it on a connection of its own:"
                + " PERFORM dblink_exec('dbname=' || current_database() || ' port=' || current_setting('port') || ' user=' || current_user, format('CALL " + body + "(" + placeholders + ")'"
                + parameters.stream().map(p -> ", " + p).collect(Collectors.joining()) + ")); the connection must be able to log"
                + " in (a password or trust for the role), and the other session sees no package state or temporary table of this one";
    }

    private static String volatility(Routine routine, PlPgSqlContext context) {
        PlPgSqlScan scan = context.scan;
        String volatility = scan.changesData() ? null : scan.readsData() ? "STABLE" : "IMMUTABLE";
        context.items.decided(routine.span(), "plpgsql.deterministic-volatility", "DETERMINISTIC " + routine.name() + " is "
                + (volatility == null ? "VOLATILE: its body may change data" : volatility + (scan.readsData()
                ? ": its body reads tables" : ": its body runs no SQL")));
        return volatility == null ? "" : " " + volatility;
    }

    private static String definerRights(Routine routine, String schema, PlPgSqlContext context) {
        if (routine.kind() == ObjectKind.PROCEDURE && context.scan.controlsTransactions()) {
            context.items.add(PostgresqlCode.DEFINER_RIGHTS, routine.span(), routine.name() + " runs with its owner's rights"
                    + " in the source, but a SECURITY DEFINER procedure cannot COMMIT or ROLLBACK in PostgreSQL: it runs with"
                    + " the caller's rights; grant the callers what its code uses, or move the transaction control out");
            return "";
        }
        String path = schema == null ? "FROM CURRENT" : "= " + schema + ", pg_temp";
        context.items.add(PostgresqlCode.DEFINER_RIGHTS, routine.span(), routine.name() + " runs with its owner's rights, as"
                + " in the source (SECURITY DEFINER, search_path " + path + "): check that the owner is the role meant to hold"
                + " them, and revoke EXECUTE from PUBLIC where the source granted it to fewer");
        return " SECURITY DEFINER SET search_path " + path;
    }
}

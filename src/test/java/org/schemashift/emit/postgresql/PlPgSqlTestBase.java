package org.schemashift.emit.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.NameCase;
import org.schemashift.model.Routine;
import org.schemashift.model.Trigger;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * The PL/pgSQL tests' harness: IR written by hand (as an Oracle-like source builder would give it)
 * is emitted, created on the shared PostgreSQL with function bodies checked, and run. Each test
 * class has its own database; tests in a class use different object names.
 */
abstract class PlPgSqlTestBase {
    private static final Pattern HELPER_CALL = Pattern.compile("\\b(oracle_compat\\.\\w+)\\(");
    static Connection db;
    final ActionItems items = new ActionItems();
    final PlPgSqlEmitter emitter = new PlPgSqlEmitter(NameCase.UPPER_CANONICAL);

    @BeforeAll
    static void database() throws SQLException {
        db = SharedPostgres.freshDatabase("plpgsql");
        SharedPostgres.runScript(db, "SET check_function_bodies = on");
    }

    @AfterAll
    static void closeDatabase() throws SQLException {
        db.close();
    }

    /** Emits the routine, creates it, and returns the SQL written. */
    String create(Routine routine) throws SQLException {
        EmittedObject emitted = emitter.routine(routine, items);
        createOrShow(emitted.sql());
        return emitted.sql();
    }

    String create(Trigger trigger) throws SQLException {
        EmittedObject emitted = emitter.trigger(trigger, items);
        createOrShow(emitted.sql());
        return emitted.sql();
    }

    /** Creates the helper functions {@code sql} calls, then runs it. */
    private static void createOrShow(String sql) throws SQLException {
        Set<String> helpers = new TreeSet<>();
        Matcher helper = HELPER_CALL.matcher(sql);
        while (helper.find()) helpers.add(helper.group(1));
        try {
            if (!helpers.isEmpty()) SharedPostgres.runScript(db, CompatFunctions.script(helpers));
            SharedPostgres.runScript(db, sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n--- while creating:\n" + sql, e.getSQLState(), e);
        }
    }

    static void run(String sql) throws SQLException {
        SharedPostgres.runScript(db, sql);
    }

    static String one(String query) throws SQLException {
        return row(query).get(0);
    }

    static java.util.List<String> row(String query) throws SQLException {
        return new PostgresCatalog(db).query(query).get(0);
    }
}

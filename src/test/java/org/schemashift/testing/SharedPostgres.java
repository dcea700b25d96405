package org.schemashift.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.EmbeddedPostgresServer;

/**
 * The tests' PostgreSQL: the same embedded server {@code apply} uses, started once per test run.
 * Each test gets its own empty database, so tests never see each other's objects.
 */
public final class SharedPostgres {

    private SharedPostgres() {
    }

    /** A connection to a new, empty database whose name starts with {@code prefix}. */
    public static Connection freshDatabase(String prefix) throws SQLException {
        ConnectionSettings settings = EmbeddedPostgresServer.shared().freshDatabase(prefix);
        return DriverManager.getConnection(settings.url(), settings.user(), null);
    }

    /** Runs a whole script (many statements) the way psql -v ON_ERROR_STOP=1 would: stops at the first error. */
    public static void runScript(Connection connection, String script) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(script);
        }
    }
}

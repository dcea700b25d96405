package org.schemashift.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.EmbeddedMariaDbServer;
import org.schemashift.apply.MySqlStatementSplitter;

/**
 * The tests' MariaDB: the same embedded server {@code apply} uses for MySQL targets, started once
 * per test JVM (a few seconds; the first run on a machine also unpacks the binaries). Each test
 * gets its own empty database, so tests never see each other's objects. The server runs with
 * MySQL 8.0's default sql_mode and utf8mb4; see {@link EmbeddedMariaDbServer}.
 */
public final class SharedMariaDb {
    private static final MySqlStatementSplitter SPLITTER = new MySqlStatementSplitter();

    private SharedMariaDb() {
    }

    /** A connection to a new, empty database whose name starts with {@code prefix}; it is the connection's default database. */
    public static Connection freshDatabase(String prefix) throws SQLException {
        return connect(EmbeddedMariaDbServer.shared().freshDatabase(prefix));
    }

    /** Settings for a new, empty database (for {@code SchemaApply}, or its {@code url()} for {@code apply --url}). */
    public static ConnectionSettings freshDatabaseSettings(String prefix) {
        return EmbeddedMariaDbServer.shared().freshDatabase(prefix);
    }

    public static Connection connect(ConnectionSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), null);
    }

    /** The JDBC URL of a database of the shared server ("" for none). */
    public static String jdbcUrl(String database) {
        return EmbeddedMariaDbServer.shared().jdbcUrl(database);
    }

    /** The server's administrator, root, connected to no database (for CREATE USER and the like). */
    public static Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(""), "root", null);
    }

    /**
     * Runs a whole script the way {@code mysql} would run it with its default --abort-on-error:
     * statements end at ';' or at the delimiter a DELIMITER line sets (trigger and routine
     * bodies), comments between statements are dropped, and the first error stops the script
     * with the failing statement in the message. It cuts statements with apply's own splitter.
     */
    public static void runScript(Connection connection, String script) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.setEscapeProcessing(false);
            for (String statement : SPLITTER.split(script)) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  in: " + statement, e.getSQLState(), e.getErrorCode(), e);
                }
            }
        }
    }
}

package org.schemashift.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for the whole test run (started on first use, stopped at JVM exit).
 * Each test gets its own empty database, so tests never see each other's objects.
 */
public final class SharedPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is under target/
                }
            }));
        }
        return server;
    }

    /** A connection to a new, empty database whose name starts with {@code prefix}. */
    public static Connection freshDatabase(String prefix) throws SQLException {
        String name = (prefix.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet());
        if (name.length() > 60) name = name.substring(name.length() - 60);
        try (Connection admin = server().getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        }
        return DriverManager.getConnection(server().getJdbcUrl("postgres", name));
    }

    /** Runs a whole script (many statements) the way psql -v ON_ERROR_STOP=1 would: stops at the first error. */
    public static void runScript(Connection connection, String script) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(script);
        }
    }
}

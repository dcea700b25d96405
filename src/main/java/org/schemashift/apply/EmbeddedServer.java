package org.schemashift.apply;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway database server owned by this process: started on first use, stopped (and its data
 * deleted) when the JVM exits. Each caller gets a fresh database in it, so validations and tests
 * never see each other's objects. What differs per engine is how it starts and how to reach it.
 *
 * <p>Files live under {@link #baseDirectory()}, not java.io.tmpdir: tmpdir may be noexec or long
 * (a server's unix socket path is limited to 107 bytes), and a fixed cache folder keeps the
 * unpacked binaries between runs.
 */
public abstract class EmbeddedServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Connection settings for a new, empty database whose name starts with {@code prefix}. */
    public ConnectionSettings freshDatabase(String prefix) {
        String name = databaseName(prefix);
        try (Connection admin = adminConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new ApplyException(FailureKind.EMBEDDED_SERVER_FAILED, "cannot create a database in the embedded "
                    + engine() + ": " + e.getMessage());
        }
        return new ConnectionSettings(jdbcUrl(name), adminUser(), null);
    }

    /** The JDBC URL of a database of this server. */
    public abstract String jdbcUrl(String database);

    /** The engine's name in messages ("PostgreSQL", "MariaDB"). */
    protected abstract String engine();

    /** The user that owns the server; it needs no password from local connections. */
    protected abstract String adminUser();

    protected abstract Connection adminConnection() throws SQLException;

    /**
     * A name every engine takes unquoted: lower-case letters, digits and '_', starting with a
     * letter, unique in this process and within every engine's identifier length.
     */
    static String databaseName(String prefix) {
        String stem = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (stem.isEmpty() || !Character.isLetter(stem.charAt(0))) stem = "d" + stem;
        if (stem.length() > 48) stem = stem.substring(0, 48);
        return stem + "_" + DATABASES.incrementAndGet();
    }

    /** $SCHEMASHIFT_HOME, else ~/.cache/schemashift: short, and the same for every run. */
    static Path baseDirectory() {
        String home = System.getenv("SCHEMASHIFT_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        return Path.of(System.getProperty("user.home"), ".cache", "schemashift");
    }

    /** Runs a server's start-up, turning any failure into the "embedded server failed" status. */
    static <T extends EmbeddedServer> T start(String engine, Callable<T> startUp) {
        try {
            return startUp.call();
        } catch (ApplyException e) {
            throw e;
        } catch (Exception e) {
            throw new ApplyException(FailureKind.EMBEDDED_SERVER_FAILED, "cannot start the embedded " + engine + ": "
                    + ObjectRunner.firstLine(e.getMessage()));
        }
    }
}

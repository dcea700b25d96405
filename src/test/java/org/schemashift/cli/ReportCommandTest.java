package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.report.ReportFormat;
import org.schemashift.report.ReportJson;
import picocli.CommandLine;

/** {@code schemashift report REPORT_JSON --format F [-o FILE] [--fail-on S]}: formats, output file and exit statuses. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SchemaShiftCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** A report with one medium item (an unsupported trigger). */
    private Path reportJson() throws Exception {
        SourceSpan span = new SourceSpan("app.sql", 4, 1);
        SourceStatement trigger = new SourceStatement(span, "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1",
                ObjectKind.TRIGGER, "t", Disposition.UNSUPPORTED, List.of(),
                List.of(GeneralCode.UNSUPPORTED_STATEMENT.at(span, "CREATE TRIGGER is not converted")));
        Report report = ReportBuilder.build(new ConversionResult("mysql", "postgresql", List.of(trigger), List.of(), List.of()));
        Path file = dir.resolve("report.json");
        ReportJson.write(report, file);
        return file;
    }

    @Test
    void rendersEachFormatFromTheJsonToStandardOutputOrAFile() throws Exception {
        Path json = reportJson();
        Report report = ReportJson.read(json);
        for (ReportFormat format : ReportFormat.values()) {
            Path file = dir.resolve("out." + format.id());
            assertThat(run("report", json.toString(), "--format", format.id(), "-o", file.toString())).as(format.id()).isZero();
            assertThat(Files.readString(file)).as(format.id()).isEqualTo(format.render(report));
        }
        assertThat(run("report", json.toString())).isZero();
        assertThat(out.toString()).as("text is the default").contains("mysql -> postgresql: 1 statements read", "SS-GEN-0002");
    }

    @Test
    void failOnExitsOneWhenAnItemAtThatSeverityOrAboveExists() throws Exception {
        Path json = reportJson();
        assertThat(run("report", json.toString(), "--fail-on", "medium")).isEqualTo(1);
        assertThat(run("report", json.toString(), "--fail-on", "low")).isEqualTo(1);
        assertThat(run("report", json.toString(), "--fail-on", "high")).isZero();
    }

    @Test
    void anUnreadableReportExitsTwoWithOneLine() throws Exception {
        assertThat(run("report", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("schemashift: cannot read report").doesNotContain("Exception");
        Path notJson = Files.writeString(dir.resolve("x.json"), "<html>");
        assertThat(run("report", notJson.toString(), "--format", "html")).isEqualTo(2);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        assertThat(run("report", reportJson().toString(), "--format", "pdf")).isEqualTo(2);
    }

    @Test
    void convertWritesSchemaAndTheReportInJsonHtmlAndCsv() throws Exception {
        Path input = Files.writeString(dir.resolve("in.sql"), "CREATE TABLE a (id INT PRIMARY KEY);\n");
        Path outDir = dir.resolve("out");
        assertThat(run("convert", "--from", "mysql", "--to", "postgresql", "-o", outDir.toString(), input.toString())).isZero();
        assertThat(outDir.resolve("schema.sql")).exists();
        Report report = ReportJson.read(outDir.resolve("report.json"));
        assertThat(outDir.resolve("report.html")).hasContent(ReportFormat.HTML.render(report));
        assertThat(outDir.resolve("report.csv")).hasContent(ReportFormat.CSV.render(report));
        assertThat(out.toString()).contains("report.html", "report.csv");
    }
}

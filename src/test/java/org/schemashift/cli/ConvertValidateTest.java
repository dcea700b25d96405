package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.report.Report;
import org.schemashift.report.ReportJson;
import picocli.CommandLine;

/** {@code convert --validate}: the bundled example is converted, applied to the embedded PostgreSQL, and the report says so. */
class ConvertValidateTest {

    @TempDir
    Path out;

    @Test
    void theBundledExampleValidatesAndEveryTableIsReportedCreated() throws Exception {
        CommandLine cli = SchemaShiftCommand.commandLine();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));

        int status = cli.execute("convert", "--from", "mysql", "--to", "postgresql", "-o", out.toString(), "--validate",
                "examples/shop-mysql.sql");

        assertThat(status).as(stdout + "\n" + stderr).isZero();
        assertThat(stdout.toString()).contains("throwaway embedded postgresql", "0 failed or refused");
        Report report = ReportJson.read(out.resolve("report.json"));
        List<Report.Entry> tables = report.objects().stream()
                .filter(e -> e.kind().equals("table") && !e.target().isEmpty()).toList();
        assertThat(tables).isNotEmpty().allSatisfy(e -> assertThat(e.applied())
                .as(e.name()).isNotEmpty().allSatisfy(a -> assertThat(a.result()).isEqualTo("created")));
        assertThat(stdout.toString()).as("the summary counts the objects apply could not create because they are not in schema.sql")
                .contains(report.validation().objectsNotInScript() + " of the report's " + report.objects().size()
                        + " objects are not in schema.sql");
    }

    @Test
    void withoutValidateTheReportHasNoAppliedField() throws Exception {
        int status = SchemaShiftCommand.commandLine().execute("convert", "--from", "mysql", "--to", "postgresql",
                "-o", out.toString(), "examples/shop-mysql.sql");
        assertThat(status).isZero();
        assertThat(java.nio.file.Files.readString(out.resolve("report.json"))).doesNotContain("\"applied\"");
    }
}

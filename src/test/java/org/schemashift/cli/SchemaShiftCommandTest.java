package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line contract: outputs, summary, exit statuses and one-line errors. */
class SchemaShiftCommandTest {
    @TempDir
    Path dir;

    /** A run of the command line, for this and other CLI tests. */
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SchemaShiftCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path script(String sql) throws Exception {
        Path file = dir.resolve("in.sql");
        Files.writeString(file, sql);
        return file;
    }

    @Test
    void aRunBuildsOnlyTheSubcommandItNamesWithTheSameUsageAsTheFullCommandLine() {
        CommandLine full = SchemaShiftCommand.commandLine();
        assertThat(full.getSubcommands()).containsOnlyKeys("convert", "apply", "dialects", "help", "report", "rules");
        for (String name : full.getSubcommands().keySet()) {
            CommandLine one = SchemaShiftCommand.commandLine(name);
            if (name.equals("help")) {
                assertThat(one.getUsageMessage()).isEqualTo(full.getUsageMessage());
            } else {
                assertThat(one.getSubcommands()).containsOnlyKeys(name);
                assertThat(one.getSubcommands().get(name).getUsageMessage()).isEqualTo(full.getSubcommands().get(name).getUsageMessage());
            }
        }
        assertThat(SchemaShiftCommand.commandLine("--help").getUsageMessage()).isEqualTo(full.getUsageMessage());
    }

    @Test
    void convertWritesSchemaAndReportAndPrintsASummary() throws Exception {
        Path in = script("CREATE TABLE t (id INT PRIMARY KEY);\nCREATE VIEW v AS SELECT id FROM t;\n"
                + "ALTER EVENT purge ENABLE;\n");
        Run r = run("convert", "--from", "mysql", "--to", "postgresql", "-o", dir.resolve("out").toString(), in.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("3 statements read").contains("table").contains("schema.sql");
        assertThat(Files.readString(dir.resolve("out/schema.sql"))).contains("CREATE TABLE t (").contains("CREATE VIEW v AS");
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("\"status\" : \"unsupported\"");
        assertThat(Files.readString(dir.resolve("out/objects/0001-table-t.sql"))).startsWith("CREATE TABLE t (");
        byte[] bytes = Files.readAllBytes(in);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(org.schemashift.report.ReportJson.read(dir.resolve("out/report.json")).inputs()).as("each input with its size and SHA-256")
                .containsExactly(new org.schemashift.report.Report.Input(in.toString(), bytes.length, sha256));
    }

    @Test
    void oracleDefinesGiveSubstitutionVariablesTheirValuesAndGrantsAreWrittenOnRequest() throws Exception {
        Path in = script("CREATE TABLE &owner..t (id NUMBER(9));\nGRANT SELECT ON &owner..t TO reader;\n");
        Run r = run("convert", "--from", "oracle", "--to", "postgresql", "-o", dir.resolve("out").toString(),
                "--define", "owner=APP", "--grants", in.toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readString(dir.resolve("out/schema.sql")))
                .contains("CREATE TABLE app.t (").contains("GRANT SELECT ON app.t TO reader;");
    }

    @Test
    void sourceSchemaLocatesUnqualifiedTablesInTheCopyTasksTableMappings() throws Exception {
        Path in = script("CREATE TABLE notes (id NUMBER(9) PRIMARY KEY, body CLOB);\n");
        Run r = run("convert", "--from", "oracle", "--to", "postgresql", "-o", dir.resolve("out").toString(),
                "--source-schema", "HR", in.toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readString(dir.resolve("out/schema.sql"))).as("the conversion itself is unchanged").contains("CREATE TABLE notes (");
        assertThat(Files.readString(dir.resolve("out/dms-table-mappings.json")).replaceAll("\\s+", ""))
                .contains("\"rule-type\":\"table-settings\",\"rule-id\":\"6\",\"rule-name\":\"6\","
                        + "\"object-locator\":{\"schema-name\":\"HR\",\"table-name\":\"NOTES\"}");
    }

    @Test
    void withoutSourceSchemaTheSummarySaysTheCopyTaskSelectsUnqualifiedTablesInEverySchema() throws Exception {
        Path in = script("CREATE TABLE notes (id NUMBER(9) PRIMARY KEY);\nCREATE TABLE hr.jobs (id NUMBER(9));\nCREATE TABLE tags (id NUMBER(9));\n");
        Run r = run("convert", "--from", "oracle", "--to", "postgresql", "-o", dir.resolve("out").toString(), in.toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readString(dir.resolve("out/dms-table-mappings.json")).replaceAll("\\s+", ""))
                .contains("\"schema-name\":\"%\",\"table-name\":\"NOTES\"");
        assertThat(r.out()).contains("  note: 2 tables are named without a schema: dms-table-mappings.json selects them in every"
                + " source schema ('%'); give --source-schema NAME to locate them");
        assertThat(run("convert", "--from", "oracle", "--to", "postgresql", "-o", dir.resolve("given").toString(),
                "--source-schema", "HR", in.toString()).out()).doesNotContain("named without a schema");
    }

    @Test
    void directoriesAreReadRecursivelyInPathOrder() throws Exception {
        Files.createDirectories(dir.resolve("src/b"));
        Files.writeString(dir.resolve("src/b/2.sql"), "CREATE TABLE child (id INT, p INT REFERENCES parent (id));");
        Files.writeString(dir.resolve("src/1.sql"), "CREATE TABLE parent (id INT PRIMARY KEY);");
        Files.writeString(dir.resolve("src/notes.txt"), "not a script");
        Run r = run("convert", "--from", "mysql", "--to", "postgresql", "-o", dir.resolve("out").toString(), dir.resolve("src").toString());
        assertThat(r.status()).isZero();
        String sql = Files.readString(dir.resolve("out/schema.sql"));
        assertThat(sql.indexOf("CREATE TABLE parent")).isLessThan(sql.indexOf("CREATE TABLE child"));
    }

    @Test
    void failOnExitsOneWhenAnItemAtThatSeverityExists() throws Exception {
        Path in = script("CREATE TABLE t (d DATE DEFAULT '0000-00-00');");
        String out = dir.resolve("out").toString();
        Run failed = run("convert", "--from", "mysql", "--to", "postgresql", "-o", out, "--fail-on", "medium", in.toString());
        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.err()).as("stderr names the items that triggered it")
                .containsPattern("schemashift: --fail-on medium: [1-9]\\d* action items at medium or above\n")
                .containsPattern("\n  SS-[A-Z]+-\\d{4} medium .*in\\.sql:1 ");
        assertThat(run("convert", "--from", "mysql", "--to", "postgresql", "-o", out, "--fail-on", "high", in.toString()).status()).isZero();
    }

    @Test
    void unknownDialectIsAUsageErrorWithOneLine() throws Exception {
        Run r = run("convert", "--from", "db2", "--to", "postgresql", "-o", dir.toString(), script("").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("schemashift: unknown source dialect 'db2'").doesNotContain("\tat ");
    }

    @Test
    void missingInputIsAUsageError() {
        Run r = run("convert", "--from", "mysql", "--to", "postgresql", "-o", dir.toString(), dir.resolve("nope.sql").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or directory").doesNotContain("\tat ");
    }

    @Test
    void unwritableOutputIsAUsageError() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Run r = run("convert", "--from", "mysql", "--to", "postgresql", "-o", blocker.resolve("out").toString(), script("").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("cannot create").contains("is a file").doesNotContain("\tat ");
    }

    @Test
    void missingOptionsAreUsageErrors() {
        assertThat(run("convert", "--from", "mysql").status()).isEqualTo(2);
        assertThat(run().status()).isEqualTo(2);
    }

    @Test
    void dialectsHelpAndVersion() {
        assertThat(run("dialects").out()).contains("sources: mysql, oracle, sqlserver").contains("targets: mysql, postgresql");
        assertThat(run("--version").out()).as("the build's version").startsWith("schemashift ").containsPattern("^schemashift \\d+\\.\\d+")
                .doesNotContain("development");
        assertThat(run("convert", "--help").out()).contains("--from").contains("--fail-on");
        assertThat(run("--help").out()).contains("convert").contains("dialects");
    }
}

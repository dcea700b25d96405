package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code schemashift rules}: the effective rules, the user's first, then the bundled ones in the order they are tried. */
class RulesCommandTest {
    @TempDir
    Path dir;

    private static List<String> run(StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = SchemaShiftCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.execute(args);
        return out.toString().lines().toList();
    }

    @Test
    void userRulesComeBeforeTheBundledOnesOfTheirSectionEachNamingItsFileAndLine() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                read:
                  types: [{id: MINE-1, match: {type: number, lengthUnset: true}, to: {type: BIGINT}}]
                rename:
                  - {id: MINE-2, kind: table, glob: "*", addPrefix: x_}
                functions:
                  - {id: MINE-3, name: PKG_UTIL.FMT_DATE, args: 1, to: "to_char({0}, 'YYYY-MM-DD')"}
                options: {number-without-precision: bigint}
                """);
        List<String> lines = run(new StringWriter(), "rules", "--from", "oracle", "--to", "postgresql", "--rules", rules.toString());
        List<String> readTypes = lines.stream().filter(l -> l.startsWith("read.types\t")).toList();
        assertThat(readTypes.get(0)).startsWith("read.types\t" + rules + ":2\t{\"id\":\"MINE-1\"");
        assertThat(readTypes.get(1)).startsWith("read.types\tmappings/options.yaml\t{\"id\":\"OPT-001\"");
        assertThat(readTypes.get(2)).startsWith("read.types\tmappings/types/oracle.yaml\t{\"id\":\"ORA-T001\"");
        assertThat(lines).anyMatch(l -> l.startsWith("write.types\tmappings/types/postgresql.yaml\t"))
                .anyMatch(l -> l.startsWith("functions\t" + rules + ":6\t{\"id\":\"MINE-3\""))
                .contains("rename\t" + rules + ":4\t{\"id\":\"MINE-2\",\"kind\":\"table\",\"glob\":\"*\",\"addPrefix\":\"x_\"}");
    }

    @Test
    void listsOptionsFirstThenEveryBundledSectionWithItsFile() {
        List<String> lines = run(new StringWriter(), "rules", "--from", "oracle", "--to", "postgresql");
        assertThat(lines.get(0)).startsWith("options\tmappings/options.yaml\t{\"key\":\"number-without-precision\",\"value\":\"numeric\"");
        assertThat(lines).anyMatch(l -> l.startsWith("read.functions\tmappings/functions/oracle.yaml\t{\"id\":\"ORA-F"))
                .anyMatch(l -> l.startsWith("calls\tmappings/functions/oracle.yaml\t{\"id\":\"ORA-C001\",\"name\":[\"DBMS_LOB.APPEND\"]"))
                .anyMatch(l -> l.startsWith("write.functions\tmappings/functions/postgresql.yaml\t{\"id\":\"PG-W001\""));
        assertThat(lines.get(lines.size() - 1)).startsWith("write.functions\t");
    }

    @Test
    void optionsOfTheSourceOnlyWithTheValueInEffect() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "options:\n  enum: check\n");
        List<String> options = run(new StringWriter(), "rules", "--from", "mysql", "--to", "postgresql", "--rules", rules.toString())
                .stream().filter(l -> l.startsWith("options\t")).toList();
        assertThat(options).noneMatch(l -> l.contains("number-without-precision"))
                .anyMatch(l -> l.startsWith("options\t" + rules + ":2\t{\"key\":\"enum\",\"value\":\"check\""))
                .anyMatch(l -> l.startsWith("options\tmappings/options.yaml\t{\"key\":\"tinyint1\",\"value\":\"boolean\""));
        List<String> toMySql = run(new StringWriter(), "rules", "--from", "mysql", "--to", "mysql").stream()
                .filter(l -> l.startsWith("options\t")).toList();
        assertThat(toMySql).as("ENUM stays ENUM on MySQL: the option is PostgreSQL's").noneMatch(l -> l.contains("\"enum\""))
                .anyMatch(l -> l.contains("\"tinyint1\""));
    }

    @Test
    void anInvalidFileIsAUsageError() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "exclude:\n  - {id: E1, kind: column, name: X}\n");
        StringWriter err = new StringWriter();
        run(err, "rules", "--from", "oracle", "--to", "postgresql", "--rules", rules.toString());
        assertThat(err.toString()).isEqualTo("schemashift: " + rules + ":2: exclude[1]: rule E1: columns cannot be excluded"
                + System.lineSeparator());
    }
}

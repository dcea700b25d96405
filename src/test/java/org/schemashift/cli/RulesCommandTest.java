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
    void userRulesComeBeforeTheBundledOnesOfTheirSection() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                read:
                  types: [{id: MINE-1, match: {type: number, lengthUnset: true}, to: {type: BIGINT}}]
                rename: [{id: MINE-2, kind: table, glob: "*", addPrefix: x_}]
                options: {number-without-precision: bigint}
                """);
        List<String> lines = run(new StringWriter(), "rules", "--from", "oracle", "--to", "postgresql", "--rules", rules.toString());
        List<String> readTypes = lines.stream().filter(l -> l.startsWith("read.types\t")).toList();
        assertThat(readTypes.get(0)).startsWith("read.types\tuser\t{\"id\":\"MINE-1\"");
        assertThat(readTypes.get(1)).startsWith("read.types\toptions\t{\"id\":\"OPT-001\"");
        assertThat(readTypes.get(2)).startsWith("read.types\ttypes/oracle.yaml\t{\"id\":\"ORA-T001\"");
        assertThat(lines).anyMatch(l -> l.startsWith("write.types\ttypes/postgresql.yaml\t"))
                .anyMatch(l -> l.startsWith("functions\tbundled\t"))
                .contains("rename\tuser\t{\"id\":\"MINE-2\",\"kind\":\"table\",\"glob\":\"*\",\"addPrefix\":\"x_\"}");
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

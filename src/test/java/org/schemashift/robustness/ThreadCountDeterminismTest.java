package org.schemashift.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.cli.SchemaShiftCommand;
import org.schemashift.testing.Corpora;
import picocli.CommandLine;

/**
 * Deterministic output across thread counts: Oracle statements are parsed on several threads
 * ({@code -Dschemashift.threads}), and converting the same scripts with 1 and with 4 threads
 * gives byte-identical output folders, every file of them.
 */
class ThreadCountDeterminismTest {
    private static final List<String> ORACLE_SCRIPTS = List.of("oracle-sample-schemas/human_resources/hr_create.sql",
            "oracle-sample-schemas/human_resources/hr_code.sql", "flowable/flowable.oracle.all.create.sql",
            "quartz/tables_oracle.sql");

    @TempDir
    Path dir;

    @Test
    void oneAndFourParseThreadsWriteTheSameFiles() throws IOException {
        String target = "postgresql";
        List<String> inputs = ORACLE_SCRIPTS.stream().map(s -> Corpora.path(s).toString()).toList();
        Map<String, String> oneThread = convert(target, 1, inputs);
        Map<String, String> fourThreads = convert(target, 4, inputs);
        assertThat(oneThread).containsKeys("schema.sql", "report.json");
        assertThat(fourThreads.keySet()).isEqualTo(oneThread.keySet());
        for (String file : oneThread.keySet()) {
            assertThat(fourThreads.get(file)).as(file + " with 4 threads").isEqualTo(oneThread.get(file));
        }
    }

    /** Every file of the output folder, by relative path, as text. */
    private Map<String, String> convert(String target, int threads, List<String> inputs) throws IOException {
        Path out = dir.resolve(target + "-" + threads);
        List<String> args = new ArrayList<>(List.of("convert", "--from", "oracle", "--to", target, "-o", out.toString()));
        args.addAll(inputs);
        String previous = System.getProperty("schemashift.threads");
        System.setProperty("schemashift.threads", String.valueOf(threads));
        try {
            CommandLine cli = SchemaShiftCommand.commandLine();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(new StringWriter()));
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute(args.toArray(String[]::new))).as(err.toString()).isZero();
        } finally {
            if (previous == null) System.clearProperty("schemashift.threads");
            else System.setProperty("schemashift.threads", previous);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}

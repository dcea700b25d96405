package org.schemashift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.bench.GenerateSchema;
import org.schemashift.report.ReportBuilder;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;

/**
 * Statements parse on several threads, yet every output file has the same bytes as a run on one
 * thread (scripts/check-parallel-identity checks the same at 100,000 tables).
 */
class ParallelParsingIdentityTest {
    @TempDir
    Path dir;

    @Test
    void oracleOutputIsTheSameOnOneThreadAndOnFour() throws IOException {
        List<SourceFile> input = List.of(new SourceFile("generated.sql", GenerateSchema.generate("oracle", 60, 12, 12)));

        Path single = convert(input, 1, "single");
        Path parallel = convert(input, 4, "parallel");

        List<Path> files = filesUnder(single);
        assertThat(files).hasSizeGreaterThan(60).isEqualTo(filesUnder(parallel));
        for (Path file : files) {
            assertThat(Files.readAllBytes(parallel.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(single.resolve(file)));
        }
    }

    private Path convert(List<SourceFile> input, int threads, String name) {
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null)
                .run(input, new SourceOptions(Map.of()).withThreads(threads));
        Path out = dir.resolve(name);
        OutputDirectory.write(out, result, ReportBuilder.build(result, input));
        return out;
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}

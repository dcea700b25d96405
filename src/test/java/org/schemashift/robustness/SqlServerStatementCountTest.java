package org.schemashift.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.Corpora;

/**
 * Promise 1 for SQL Server, as ReportCorpusTest holds it for MySQL and Oracle: for every SQL Server
 * corpus script, the statements the report lists (in objects, or ignored) are as many as an
 * independent naive counter finds ({@link NaiveTsqlStatementCounter}: GO batches, statement verbs
 * at line starts, semicolons).
 */
class SqlServerStatementCountTest {
    private static final ConversionPipeline PIPELINE = new ConversionPipeline("sqlserver", "postgresql", null);

    @TestFactory
    Stream<DynamicTest> everySqlServerCorpusScript() throws IOException {
        Path root = Corpora.path(".");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted()
                    .filter(f -> "sqlserver".equals(NothingLostCorpusTest.dialectOf(root.relativize(f).toString())))
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                    .map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(f))).toList().stream();
        }
    }

    private static void check(Path path) {
        List<SourceFile> files = InputFiles.read(List.of(path));
        Report report = ReportBuilder.build(PIPELINE.run(files));
        SourceFile file = files.get(0);
        assertThat(listed(report, file.name())).as("statements of " + path + " the report lists")
                .isEqualTo(NaiveTsqlStatementCounter.count(file.content()));
    }

    /** The statements of a file the report lists: those of its objects (once, though a batch may make several) and the ignored ones. */
    private static int listed(Report report, String file) {
        Set<String> inObjects = new HashSet<>();
        report.objects().forEach(e -> e.statements().stream().filter(s -> s.file().equals(file))
                .forEach(s -> inObjects.add(s.line() + "\n" + s.snippet())));
        int ignored = 0;
        for (Report.IgnoredKind kind : report.ignored()) {
            ignored += (int) kind.at().stream().filter(at -> at.substring(0, at.lastIndexOf(':')).equals(file)).count();
        }
        return inObjects.size() + ignored;
    }
}

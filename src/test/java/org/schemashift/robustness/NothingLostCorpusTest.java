package org.schemashift.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.model.SourceStatement;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.Corpora;

/**
 * Promise 1, nothing lost, on every corpus script of every source dialect: each file converted on
 * its own lists every statement read in the report (in an object's statements, or where an ignored
 * kind says it lies), and every character of code in the file lies
 * inside a statement read; what lies between statements is only blanks, comments and delimiters
 * (;, /, GO, DELIMITER lines), found by {@link CodeOutsideStatements}, a scanner independent of
 * the converter's splitters. For SQL Server the statements listed are also as many as
 * {@link NaiveTsqlStatementCounter} counts (GO batches, verbs at line starts, semicolons), as
 * ReportCorpusTest counts MySQL and Oracle scripts.
 */
class NothingLostCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusScript() throws IOException {
        Path root = Corpora.path(".");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String dialect = dialectOf(root.relativize(file).toString());
                if (dialect == null || !isScript(file)) continue;
                tests.add(DynamicTest.dynamicTest(dialect + ": " + root.relativize(file), () -> check(dialect, file)));
            }
        }
        return tests.stream();
    }

    /** The source dialect a corpus file is written in, from its path; null for dialects without a reader (PostgreSQL, DB2, ...). */
    static String dialectOf(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.contains("postgres") || p.contains("db2") || p.contains("sqlite") || p.contains("cloudscape") || p.contains("cubrid")
                || p.startsWith("pg-")) {
            return null;
        }
        if (p.startsWith("oracle") || p.startsWith("alexandria") || p.contains("oracle")) return "oracle";
        if (p.startsWith("mssql") || p.contains("sqlserver") || p.contains("mssql") || p.contains("sql_server")) return "sqlserver";
        if (p.startsWith("mysql") || p.contains("mysql")) return "mysql";
        return null;
    }

    private static boolean isScript(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(sql|pks|pkb|pls|plb|prc|fnc|trg|vw|tps|tpb)");
    }

    private static void check(String dialect, Path path) {
        List<SourceFile> files = InputFiles.read(List.of(path));
        ConversionResult result = new ConversionPipeline(dialect, "postgresql", null).run(files);
        Report report = ReportBuilder.build(result);
        Set<String> reported = new HashSet<>();
        report.objects().forEach(o -> o.statements().forEach(s -> reported.add(s.file() + ":" + s.line())));
        report.ignored().forEach(kind -> reported.addAll(kind.at()));
        List<String> unlisted = result.statements().stream().map(s -> s.span().file() + ":" + s.span().line())
                .filter(at -> !reported.contains(at)).toList();
        assertThat(unlisted).as("statements read that the report does not list").isEmpty();
        if (dialect.equals("sqlserver")) {
            // MySQL and Oracle are counted so in ReportCorpusTest
            assertThat(listed(report, files.get(0).name())).as("statements listed, against a naive T-SQL count")
                    .isEqualTo(NaiveTsqlStatementCounter.count(files.get(0).content()));
        }
        String text = files.get(0).content();
        List<int[]> ranges = new ArrayList<>();
        for (SourceStatement statement : result.statements()) {
            if (!statement.span().file().equals(files.get(0).name())) continue;
            int start = CodeOutsideStatements.offset(text, statement.span().line(), statement.span().column());
            ranges.add(new int[] {start, start + statement.text().length()});
        }
        List<String> lost = CodeOutsideStatements.find(dialect, text, ranges);
        assertThat(lost).as("code of " + path + " in no statement").isEmpty();
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

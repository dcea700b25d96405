package org.schemashift.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.MariaDbScripts;
import org.schemashift.testing.SharedPostgres;

/**
 * Golden cases: {@code golden/<source>-to-<target>/<case>.sql} is converted and compared with
 * {@code <case>.expected.sql} (the schema.sql) and {@code <case>.expected-items.txt} (one action
 * item per line: line:column code severity message). A missing expected file fails the case.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files from the current output.
 * The output is also applied to a real server (PostgreSQL, or MariaDB for the MySQL target): the golden
 * file is for review, applying is the proof.
 */
class GoldenCasesTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> inputs;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            inputs = walk.filter(p -> p.toString().endsWith(".sql") && !p.toString().endsWith(".expected.sql")).sorted().toList();
        }
        assertThat(inputs).as("golden cases under " + ROOT).isNotEmpty();
        return inputs.stream().map(input -> DynamicTest.dynamicTest(ROOT.relativize(input).toString(), () -> check(input)));
    }

    private static void check(Path input) throws Exception {
        String[] pair = input.getParent().getFileName().toString().split("-to-");
        String caseName = input.getFileName().toString().replaceFirst("\\.sql$", "");
        ConversionResult result = new ConversionPipeline(pair[0], pair[1], null)
                .run(List.of(new SourceFile(input.getFileName().toString(), Files.readString(input))));
        String sql = SchemaScript.render(result);
        String items = renderItems(ReportBuilder.build(result));
        compare(input.resolveSibling(caseName + ".expected.sql"), sql);
        compare(input.resolveSibling(caseName + ".expected-items.txt"), items);
        if (pair[1].equals("postgresql")) {
            try (Connection db = SharedPostgres.freshDatabase("golden_" + caseName)) {
                SharedPostgres.runScript(db, sql);
            }
        } else if (pair[1].equals("mysql")) {
            MariaDbScripts.apply("golden_" + caseName, sql);
        }
    }

    static String renderItems(Report report) {
        return report.objects().stream().flatMap(o -> o.actionItems().stream())
                .map(i -> i.line() + ":" + i.column() + " " + i.code() + " " + i.severity() + " " + i.message())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static void compare(Path expectedFile, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("missing expected file " + expectedFile + " (run with -Dgolden.update=true to create it, then review it)");
        }
        String expected = Files.readString(expectedFile);
        if (!expected.equals(actual)) {
            fail("output differs from " + expectedFile + " (rerun with -Dgolden.update=true and review git diff)\n"
                    + firstDifference(expected, actual));
        }
    }

    /** The first differing line with two lines of context, as a small unified-style diff. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        StringBuilder out = new StringBuilder("@@ line " + (i + 1) + " @@\n");
        for (int k = Math.max(0, i - 2); k < i; k++) out.append("  ").append(e[k]).append('\n');
        for (int k = i; k < Math.min(e.length, i + 3); k++) out.append("- ").append(e[k]).append('\n');
        for (int k = i; k < Math.min(a.length, i + 3); k++) out.append("+ ").append(a[k]).append('\n');
        return out.toString();
    }
}

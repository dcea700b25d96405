package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.HeadlessChromium;

/**
 * The report of real schemas: every statement (counted independently of the converter) is in an
 * object or counted as ignored, and no session line is an object; the effort agrees across formats; every action item has a catalogued code, a line inside its file and a
 * recommendation; every format is byte-identical across runs; the CSV matches the JSON; and
 * the sakila (MySQL) and HR (Oracle) reports open in Chromium without console messages.
 */
class ReportCorpusTest {
    private static final Map<String, List<String>> MYSQL = new LinkedHashMap<>();

    static {
        MYSQL.put("sakila", List.of("mysql-sakila/sakila-mv-schema.sql"));
        MYSQL.put("employees", List.of("mysql-employees/employees.sql"));
        MYSQL.put("employees-objects", List.of("mysql-employees/objects.sql"));
        MYSQL.put("alfresco", List.of("alfresco/org.alfresco.repo.domain.dialect.MySQLInnoDBDialect"));
        MYSQL.put("guacamole", List.of("guacamole/guacamole-auth-jdbc-mysql/schema/001-create-schema.sql",
                "guacamole/guacamole-auth-jdbc-mysql/schema/002-create-admin-user.sql"));
        MYSQL.put("quartz", List.of("quartz/tables_mysql_innodb.sql"));
        MYSQL.put("spring-batch", List.of("spring-batch/schema-mysql.sql"));
        MYSQL.put("flowable", List.of("flowable/flowable.mysql.all.create.sql"));
        MYSQL.put("chinook", List.of("chinook/Chinook_MySql.sql"));
    }

    /** Oracle scripts, counted by the naive SQL*Plus counter. */
    private static final Map<String, List<String>> ORACLE = new LinkedHashMap<>();

    static {
        ORACLE.put("hr", List.of("oracle-sample-schemas/human_resources/hr_create.sql",
                "oracle-sample-schemas/human_resources/hr_code.sql"));
        ORACLE.put("chinook", List.of("chinook/Chinook_Oracle.sql"));
        ORACLE.put("quartz", List.of("quartz/tables_oracle.sql"));
        ORACLE.put("spring-batch", List.of("spring-batch/schema-oracle.sql"));
        ORACLE.put("flowable", List.of("flowable/flowable.oracle.all.create.sql"));
    }

    @TestFactory
    Stream<DynamicTest> mysqlReports() {
        Stream<DynamicTest> example = Stream.of(DynamicTest.dynamicTest("examples/shop-mysql.sql",
                () -> check("mysql", List.of(Path.of("examples/shop-mysql.sql")))));
        Stream<DynamicTest> corpora = MYSQL.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(),
                () -> check("mysql", c.getValue().stream().map(Corpora::path).toList())));
        return Stream.concat(example, corpora);
    }

    @TestFactory
    Stream<DynamicTest> oracleReports() {
        return ORACLE.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(),
                () -> check("oracle", c.getValue().stream().map(Corpora::path).toList())));
    }

    private static Report convert(String source, List<SourceFile> files) {
        return ReportBuilder.build(new ConversionPipeline(source, "postgresql", null).run(files));
    }

    private static void check(String source, List<Path> paths) throws Exception {
        List<SourceFile> files = InputFiles.read(paths);
        Report report = convert(source, files);
        java.util.function.ToIntFunction<String> counter = source.equals("mysql")
                ? NaiveStatementCounter::count : NaiveSqlPlusStatementCounter::count;
        for (SourceFile file : files) {
            assertThat(statementsOf(report, file.name())).as("statements of " + file.name() + " in objects or ignored")
                    .isEqualTo(counter.applyAsInt(file.content()));
            long lines = file.content().lines().count();
            for (Report.Entry entry : report.objects()) {
                for (Report.Item item : entry.actionItems()) {
                    if (!item.file().equals(file.name())) continue;
                    String where = file.name() + ":" + item.line() + " " + item.code();
                    assertThat(ActionCatalogue.byCode(item.code())).as("catalogued code " + where).isNotNull();
                    assertThat(item.line()).as("line of " + where).isBetween(1, (int) lines);
                    assertThat(item.recommendation()).as("recommendation of " + where).isNotBlank();
                }
            }
        }
        assertThat(report.summary().statements()).isEqualTo(files.stream().mapToInt(f -> counter.applyAsInt(f.content())).sum());
        assertNoSessionLineIsAnObject(report);
        EffortAgreement.assertAgree(report);
        Report again = convert(source, InputFiles.read(paths));
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(again)).as(format.id() + " of a second run").isEqualTo(format.render(report));
        }
        ReportCsvTest.assertMatchesJson(ReportCsv.render(report), report);
    }

    /** The statements of a file the report traces: those of its objects (once, though a block may make several) and the ignored ones. */
    private static int statementsOf(Report report, String file) {
        java.util.Set<String> inObjects = new java.util.HashSet<>();
        report.objects().forEach(e -> e.statements().stream().filter(s -> s.file().equals(file))
                .forEach(s -> inObjects.add(s.line() + "\n" + s.snippet())));
        int ignored = 0;
        for (Report.IgnoredKind kind : report.ignored()) {
            ignored += (int) kind.at().stream().filter(at -> at.substring(0, at.lastIndexOf(':')).equals(file)).count();
        }
        return inObjects.size() + ignored;
    }

    /** Session and client lines, DROP and USE are never objects: they are counted in report.ignored. */
    static void assertNoSessionLineIsAnObject(Report report) {
        java.util.Set<String> session = java.util.Set.of("REM", "REMARK", "PROMPT", "SET", "SPOOL", "GO", "USE", "DELIMITER",
                "WHENEVER", "EXIT", "DEFINE", "ACCEPT", "CONNECT");
        for (Report.Entry e : report.objects()) {
            assertThat(e.statements()).as(e.kind() + " " + e.name()).noneMatch(s -> session.contains(s.what()) || s.what().startsWith("DROP "));
        }
    }

    @Test
    void sakilaReportOpensInChromiumWithoutConsoleMessages() throws Exception {
        openInChromium("sakila", convert("mysql", InputFiles.read(List.of(Corpora.path("mysql-sakila/sakila-mv-schema.sql")))));
    }

    @Test
    void hrReportOpensInChromiumWithoutConsoleMessages() throws Exception {
        openInChromium("hr", convert("oracle", InputFiles.read(ORACLE.get("hr").stream().map(Corpora::path).toList())));
    }

    private static void openInChromium(String name, Report report) throws Exception {
        Path dir = Path.of("target", "report-browser");
        HeadlessChromium chromium = HeadlessChromium.find(dir);
        Path html = dir.resolve(name + ".html");
        Files.writeString(html, ReportHtml.render(report), StandardCharsets.UTF_8);
        String url = html.toAbsolutePath().toUri().toString();
        HeadlessChromium.Page page = chromium.load(url);
        assertThat(page.console()).as("console messages").isEmpty();
        Document dom = Jsoup.parse(page.dom());
        assertThat(dom.body().attr("data-ready")).isEqualTo("true");
        assertThat(dom.select("article.object")).hasSize(report.objects().size());
        assertThat(dom.getElementById("filter-count").text()).isEqualTo(report.objects().size() + " of " + report.objects().size()
                + " objects shown");
        assertThat(dom.select("svg#chart-kind-status rect")).isNotEmpty();
        chromium.screenshot(url, dir.resolve(name + ".png"), 1280, 2000);
    }
}

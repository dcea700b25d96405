package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.Corpora;

/**
 * The summary lists the built-ins and supplied packages code objects call, counted per name, with
 * what converted them or why not; a table's default is no code and is not listed. A package
 * breaks down into its subprograms, each an object depending on it.
 */
class BuiltinInventoryTest {
    private static final String ORACLE = """
            CREATE TABLE docs (
              id NUMBER PRIMARY KEY,
              body CLOB,
              created DATE DEFAULT SYSDATE
            );
            CREATE VIEW doc_heads AS
              SELECT id, DBMS_LOB.SUBSTR(body, 20, 1) AS head, DBMS_LOB.GETLENGTH(body) AS len,
                     NVL(DBMS_LOB.SUBSTR(body, 5), '-') AS tag
              FROM docs;
            CREATE VIEW doc_files AS
              SELECT id, UTL_FILE.FGETATTR('DIR', 'f.txt') AS attrs FROM docs;
            """;

    private final Report report = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null)
            .run(List.of(new SourceFile("docs.sql", ORACLE))));

    @Test
    void countsEachBuiltinPerNameWithItsRuleOrItem() {
        assertThat(report.summary().builtins()).containsExactly(
                java.util.Map.entry("DBMS_LOB.GETLENGTH", new Report.BuiltinUse(1, 1, List.of("ORA-F100"))),
                java.util.Map.entry("DBMS_LOB.SUBSTR", new Report.BuiltinUse(2, 2, List.of("ORA-F102", "ORA-F103"))),
                java.util.Map.entry("NVL", new Report.BuiltinUse(1, 1, List.of("ORA-J024"))),
                java.util.Map.entry("UTL_FILE.FGETATTR", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0352"))));
        assertThat(ReportJson.render(report)).contains("\"builtins\" : {", "\"DBMS_LOB.SUBSTR\" : {", "\"converted\" : 2");
    }

    @Test
    void sqlServerConstructsAreListedAsTheSourceWritesThemNotByInternalNames() {
        Report sqlServer = ReportBuilder.build(new ConversionPipeline("sqlserver", "postgresql", null).run(List.of(new SourceFile("v.sql", """
                CREATE TABLE sales (id int PRIMARY KEY, yr int, amount money)
                GO
                CREATE VIEW texts AS SELECT CONVERT(varchar(10), amount) AS a, TRY_CAST(yr AS varchar(4)) AS y FROM sales
                GO
                CREATE VIEW docs AS SELECT id FROM sales FOR JSON PATH
                GO
                """))));
        assertThat(sqlServer.summary().builtins().keySet()).containsExactly("CONVERT", "FOR JSON", "TRY_CAST");
        assertThat(sqlServer.objects().stream().flatMap(o -> o.actionItems().stream()).map(Report.Item::message))
                .noneMatch(message -> message.contains("MSS_"));
    }

    private static Map<String, Report.BuiltinUse> builtins(String source, String sql) {
        return ReportBuilder.build(new ConversionPipeline(source, "postgresql", null).run(List.of(new SourceFile("v.sql", sql))))
                .summary().builtins();
    }

    @Test
    void standardFunctionsAreBuiltinsTooCountedAndConvertedAsTheTargetsOwnInEveryDialect() {
        Report.BuiltinUse once = new Report.BuiltinUse(1, 1, List.of("standard"));
        assertThat(builtins("oracle", """
                CREATE TABLE emp (id NUMBER PRIMARY KEY, name VARCHAR2(20), sal NUMBER, dept NUMBER);
                CREATE VIEW v AS SELECT dept, UPPER(MAX(name)) AS top, LOWER(MIN(name)) AS bottom, COUNT(*) AS n, SUM(sal) AS total,
                  COALESCE(AVG(sal), 0) AS mean, NVL(ABS(SUM(sal)), 0) AS a FROM emp GROUP BY dept;
                """)).containsEntry("UPPER", once).containsEntry("LOWER", once).containsEntry("COUNT", once)
                .containsEntry("SUM", new Report.BuiltinUse(2, 2, List.of("standard"))).containsEntry("COALESCE", once)
                .containsEntry("ABS", once).containsEntry("MAX", once).containsEntry("MIN", once).containsEntry("AVG", once)
                .containsKey("NVL");
        assertThat(builtins("mysql", """
                CREATE TABLE emp (id INT PRIMARY KEY, name VARCHAR(20), sal INT);
                CREATE VIEW v AS SELECT UPPER(name) AS u, CHAR_LENGTH(name) AS l, FLOOR(sal) AS f, COUNT(*) AS n, IFNULL(name, '-') AS i
                  FROM emp GROUP BY id, name, sal;
                """)).containsEntry("UPPER", once).containsEntry("CHAR_LENGTH", once).containsEntry("FLOOR", once)
                .containsEntry("COUNT", once).containsKey("IFNULL");
        assertThat(builtins("sqlserver", """
                CREATE TABLE emp (id int PRIMARY KEY, name varchar(20), sal int)
                GO
                CREATE VIEW v AS SELECT LOWER(name) AS l, COALESCE(name, '-') AS c, ROW_NUMBER() OVER (ORDER BY id) AS r,
                  ISNULL(name, '') AS i FROM emp
                GO
                """)).containsEntry("LOWER", once).containsEntry("COALESCE", once).containsEntry("ROW_NUMBER", once)
                .containsKey("ISNULL");
    }

    @Test
    void raiseApplicationErrorIsABuiltinConvertedToRaise() {
        Report raising = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null).run(List.of(new SourceFile("p.sql", """
                CREATE OR REPLACE PROCEDURE check_amount(p NUMBER) IS
                BEGIN
                  IF p < 0 THEN RAISE_APPLICATION_ERROR(-20001, 'negative'); END IF;
                  IF p > 100 THEN RAISE_APPLICATION_ERROR(-20002, 'too large'); END IF;
                END;
                /
                """))));
        assertThat(raising.summary().builtins()).containsExactly(
                Map.entry("RAISE_APPLICATION_ERROR", new Report.BuiltinUse(2, 2, List.of("RAISE"))));
    }

    @Test
    void anAnonymousBlockIsReadForTheBuiltinsItCallsThoughNotConverted() {
        Report block = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null).run(List.of(new SourceFile("install.sql", """
                DECLARE
                  n PLS_INTEGER;
                BEGIN
                  SELECT COUNT(*) INTO n FROM user_tables WHERE table_name = 'DOCS';
                  IF n = 0 THEN
                    EXECUTE IMMEDIATE 'CREATE TABLE docs (id NUMBER PRIMARY KEY, created DATE DEFAULT SYSDATE)';
                    DBMS_OUTPUT.PUT_LINE('docs created');
                  END IF;
                END;
                /
                BEGIN
                  DBMS_SCHEDULER.CREATE_JOB(job_name => 'PURGE', job_type => 'PLSQL_BLOCK', job_action => 'BEGIN NULL; END;',
                                            start_date => SYSTIMESTAMP, enabled => TRUE);
                  IF NVL(USER, 'X') <> 'APP' THEN RAISE_APPLICATION_ERROR(-20000, 'run as APP'); END IF;
                END;
                /
                """))));
        assertThat(block.summary().builtins()).as("the block creating a table says only its DDL was read (SS-ORA-0217), "
                + "the other that it is not converted (SS-ORA-0216); the table's default is converted").containsExactly(
                Map.entry("COUNT", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0217"))),
                Map.entry("DBMS_OUTPUT.PUT_LINE", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0217"))),
                Map.entry("DBMS_SCHEDULER.CREATE_JOB", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0216"))),
                Map.entry("NVL", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0216"))),
                Map.entry("RAISE_APPLICATION_ERROR", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0216"))),
                Map.entry("SYSDATE", new Report.BuiltinUse(1, 1, List.of("ORA-F010"))),
                Map.entry("SYSTIMESTAMP", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0216"))),
                Map.entry("USER", new Report.BuiltinUse(1, 0, List.of("SS-ORA-0216"))));
    }

    @Test
    void oracleLoggersInstallBlocksListTheSuppliedPackagesTheyCall() throws Exception {
        List<SourceFile> files = InputFiles.read(List.of(Corpora.path("oracle-logger/source/jobs"),
                Corpora.path("oracle-logger/source/install/logger_install_prereqs.sql")));
        Map<String, Report.BuiltinUse> builtins = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null).run(files))
                .summary().builtins();
        assertThat(builtins.get("DBMS_SCHEDULER.CREATE_JOB")).isEqualTo(new Report.BuiltinUse(2, 0, List.of("SS-ORA-0216")));
        assertThat(builtins.get("RAISE_APPLICATION_ERROR")).isEqualTo(new Report.BuiltinUse(1, 0, List.of("SS-ORA-0216")));
    }

    @Test
    void theTextSummaryNamesThePackagesAndWhatWasNotConverted() {
        assertThat(TextSummary.render(report)).contains(
                "  built-ins called by the code: 5 calls of 4, 4 converted\n",
                "    packages: DBMS_LOB 3, UTL_FILE 1\n",
                "    not converted: UTL_FILE.FGETATTR x1 (SS-ORA-0352)\n");
    }

    @Test
    void oracleLoggerListsItsPackagesSubprogramsAndTheSuppliedPackagesTheyCall() throws Exception {
        List<SourceFile> files = InputFiles.read(List.of(Corpora.path("oracle-logger/source/packages/logger.pks"),
                Corpora.path("oracle-logger/source/packages/logger.pkb")));
        Report logger = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null).run(files));
        Report.Entry pkg = logger.objects().stream().filter(e -> e.kind().equals("package")).findFirst().orElseThrow();
        List<Report.Entry> subprograms = logger.objects().stream().filter(e -> e.name() != null && e.name().startsWith("LOGGER."))
                .toList();
        assertThat(subprograms).as("every subprogram of the body an object, each overload too").hasSizeGreaterThan(60)
                .allSatisfy(e -> assertThat(e.kind()).isIn("function", "procedure"))
                .allSatisfy(e -> assertThat(e.dependsOn()).as(e.name() + " on its package").contains(pkg.id()));
        assertThat(subprograms.stream().filter(e -> e.name().equals("LOGGER.TOCHAR"))).hasSize(6);
        assertThat(pkg.dependedOnBy()).containsAll(subprograms.stream().map(Report.Entry::id).toList());
        assertThat(Jsoup.parse(ReportHtml.render(logger)).getElementById("obj-" + pkg.id()).select("p.dependencies").first().text())
                .startsWith("Subprograms: #" + subprograms.get(0).id() + " " + subprograms.get(0).kind() + " LOGGER.");

        Map<String, Report.BuiltinUse> builtins = logger.summary().builtins();
        assertThat(builtins.get("DBMS_OUTPUT.PUT_LINE")).as("written as RAISE NOTICE by its call rule")
                .satisfies(b -> assertThat(b.converted()).isEqualTo(b.calls()).isPositive()).extracting(Report.BuiltinUse::by)
                .isEqualTo(List.of("ORA-C023"));
        assertThat(builtins.get("DBMS_UTILITY.FORMAT_CALL_STACK")).isEqualTo(new Report.BuiltinUse(5, 5, List.of("ORA-F112")));
        assertThat(builtins.get("DBMS_SESSION.SET_CONTEXT")).as("no target has it").isEqualTo(new Report.BuiltinUse(1, 0,
                List.of("SS-ORA-0350")));
        // DBMS_OUTPUT 10: one is in the literal block of EXECUTE IMMEDIATE 'begin dbms_output.enable(1000000); end;', read as code
        assertThat(TextSummary.render(logger)).contains("    packages: DBMS_OUTPUT 10, DBMS_SESSION 4, DBMS_UTILITY 8, HTP 1, OWA 3, OWA_UTIL 1\n");
    }

    @Test
    void theHtmlSummaryHasOneRowPerBuiltin() {
        String html = ReportHtml.render(report);
        assertThat(html).contains("<table id=\"builtins\" class=\"builtins\">",
                "<tr><td>DBMS_LOB.SUBSTR</td><td>2</td><td>2</td><td>ORA-F102, ORA-F103</td></tr>",
                "<tr class=\"not-converted\"><td>UTL_FILE.FGETATTR</td><td>1</td><td>0</td><td>SS-ORA-0352</td></tr>");
    }
}

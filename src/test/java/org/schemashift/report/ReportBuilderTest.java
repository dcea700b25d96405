package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What report.json says about each object of {@link SampleConversion}, and its summary. */
class ReportBuilderTest {
    private final Report report = SampleConversion.report();

    private Report.Entry entry(String name) {
        return report.objects().stream().filter(e -> name.equals(e.name())).findFirst().orElseThrow();
    }

    @Test
    void everyObjectIsOneEntryInInputOrderWithItsStatusAndTheSessionLineIsCountedApart() {
        assertThat(report.version()).isEqualTo(5);
        assertThat(report.versions()).as("what the dialects read and write").isEqualTo(new Report.Versions(
                "MySQL 5.7 and 8.x, MariaDB dumps (mysqldump, SHOW CREATE)", "PostgreSQL 15+"));
        assertThat(report.objects()).extracting(Report.Entry::id).containsExactly(1, 2, 3, 4, 5);
        assertThat(report.objects()).extracting(Report.Entry::status).containsExactly("converted",
                "converted_with_warnings", "manual", "unsupported", "manual");
        assertThat(report.ignored()).containsExactly(new Report.IgnoredKind("SET", 1, List.of("shop.sql:1"), List.of()));
        assertThat(report.summary().ignoredStatements()).isEqualTo(1);
        assertThat(report.summary().objectCount()).isEqualTo(5);
    }

    @Test
    void aTableWithItsAltersIsOneObjectAndAnIndexTheKeyAbsorbsIsANoteOnIt() {
        Report hr = ReportBuilder.build(new org.schemashift.pipeline.ConversionPipeline("oracle", "postgresql", null).run(List.of(
                new org.schemashift.source.SourceFile("hr.sql", """
                        CREATE TABLE regions (region_id NUMBER CONSTRAINT region_id_nn NOT NULL, region_name VARCHAR2(25));
                        CREATE UNIQUE INDEX reg_id_pk ON regions (region_id);
                        ALTER TABLE regions ADD (CONSTRAINT reg_id_pk PRIMARY KEY (region_id));
                        CREATE INDEX reg_name_ix ON regions (region_name);
                        """))));
        assertThat(hr.objects()).extracting(e -> e.kind() + " " + e.name()).containsExactly("table REGIONS", "index REGIONS.REG_NAME_IX");
        assertThat(hr.objects().get(0).statements()).as("the table's statements").hasSize(3);
        assertThat(hr.objects().get(0).notes()).as("the index the primary key serves").anyMatch(n -> n.contains("REG_ID_PK"));
        assertThat(hr.summary().kinds()).containsOnlyKeys("table", "index");
    }

    @Test
    void theSourceSnippetIsTheStatementAndTheConvertedSnippetIsTheSqlEmittedFromIt() {
        Report.Entry item = entry("item");
        int tableLines = (int) item.convertedSnippet().lines().takeWhile(l -> !l.isEmpty()).count();
        assertThat(item.statements()).as("its converted lines: the table, then the index after a blank line").containsExactly(
                new Report.Statement("shop.sql", 8, "CREATE TABLE", SampleConversion.ITEM,
                        List.of(new Report.LineRange(1, tableLines), new Report.LineRange(tableLines + 2, tableLines + 2))));
        assertThat(item.target()).containsExactly("item", "uk_code");
        assertThat(item.convertedSnippet()).startsWith("CREATE TABLE item (")
                .endsWith(");\n\nCREATE UNIQUE INDEX uk_code ON item (left(code, 10));");
        assertThat(entry("refresh_totals").convertedSnippet()).as("nothing emitted").isNull();
    }

    @Test
    void itemsRaisedByLaterStagesLandOnTheStatementContainingThem() {
        assertThat(entry("item").actionItems()).extracting(Report.Item::code, Report.Item::line, Report.Item::effortHours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SS-PG-0110", 9, 0.25),
                        org.assertj.core.groups.Tuple.tuple("SS-PG-0102", 12, 0.5));
        assertThat(entry("orders").actionItems()).extracting(Report.Item::code).containsExactly("SS-MY-0101");
    }

    @Test
    void onlyCodeObjectsCountLinesOfCodeAndCommentsAndBlankLinesDoNot() {
        assertThat(entry("refresh_totals").linesOfCode()).isEqualTo(5);
        assertThat(entry("customer").linesOfCode()).isNull();
    }

    @Test
    void effortIsTheSumOfTheItemsDefaultEffortPerObject() {
        assertThat(entry("customer").effort()).isEqualTo(new Report.Estimate(0, "automatic", 0));
        assertThat(entry("item").effort()).isEqualTo(new Report.Estimate(0.75, "simple", 0));
        assertThat(entry("refresh_totals").effort()).isEqualTo(new Report.Estimate(2, "medium", 0));
    }

    @Test
    void summaryGivesAutomationSharesItemsPerCodeAndTotalEffortWithItsMethod() {
        Report.Summary s = report.summary();
        assertThat(s.statements()).isEqualTo(6);
        assertThat(s.automatic().objects()).as("ignored statements are not objects").isEqualTo(new Report.Share(2, 5, 40.0));
        assertThat(TextSummary.statementsLine(s)).isEqualTo("6 statements read, 1 make no object (session lines, DROP, USE), 5 objects");
        assertThat(s.automatic().codeLines()).isEqualTo(new Report.Share(0, 5, 0.0));
        assertThat(s.codes().keySet()).containsExactly("SS-GEN-0001", "SS-GEN-0002", "SS-MY-0101", "SS-PG-0102", "SS-PG-0110");
        assertThat(s.codes().get("SS-PG-0102")).isEqualTo(
                new Report.CodeCount("low", "Prefix index converted to its closest equivalent", 1, 0.5));
        assertThat(s.severities()).containsEntry("low", 2).containsEntry("medium", 2).containsEntry("high", 1);
        assertThat(s.effort().totalHours()).isEqualTo(5.25);
        assertThat(s.effort().personDays()).isEqualTo(0.66);
        assertThat(s.effort().level()).as("manual work, under 5 person-days").isEqualTo("B");
        assertThat(s.effort().buckets()).containsExactly(java.util.Map.entry("automatic", 1), java.util.Map.entry("simple", 2),
                java.util.Map.entry("medium", 2), java.util.Map.entry("significant", 0));
        assertThat(s.effort().method()).contains("default effort", "lines of code");
        assertThat(s.kinds().get("table").statuses()).containsEntry("manual", 2).containsEntry("converted", 1);
        assertThat(s.kinds().get("table").complexity()).containsEntry("automatic", 1).containsEntry("simple", 2)
                .containsEntry("medium", 1);
        assertThat(s.kinds().get("table").hours()).isEqualTo(3.25);
    }

    @Test
    void anEmptyConversionHasNoPercentRatherThanAMadeUpOne() {
        Report empty = ReportBuilder.build(new org.schemashift.pipeline.ConversionResult("mysql", "postgresql",
                List.of(), List.of(), List.of()));
        assertThat(empty.summary().automatic().objects().percent()).isNull();
        assertThat(TextSummary.render(empty)).contains("0 statements read");
    }
    @Test
    void theTerminalListsTheTopItemsBySeverityThenCountAndSaysHowManyMore() throws Exception {
        Report sakila = ReportBuilder.build(new org.schemashift.pipeline.ConversionPipeline("mysql", "postgresql", null)
                .run(org.schemashift.pipeline.InputFiles.read(List.of(org.schemashift.testing.Corpora.path("mysql-sakila/sakila-mv-schema.sql")))));
        List<String> lines = TextSummary.render(sakila).lines().dropWhile(l -> !l.equals("  top action items:")).skip(1)
                .takeWhile(l -> l.startsWith("    ")).toList();
        int codes = sakila.summary().codes().size();
        assertThat(codes).as("more codes than the terminal lists").isGreaterThan(5);
        List<org.schemashift.model.Severity> severities = lines.stream().limit(5)
                .map(l -> org.schemashift.model.Severity.fromId(l.trim().split(" +")[1])).toList();
        assertThat(severities).as(String.join("\n", lines)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(severities.get(0)).isEqualTo(sakila.summary().codes().values().stream()
                .map(c -> org.schemashift.model.Severity.fromId(c.severity())).max(java.util.Comparator.naturalOrder()).orElseThrow());
        assertThat(lines).hasSize(6).last().isEqualTo("    +" + (codes - 5) + " more (report.html, report.csv)");
    }
}

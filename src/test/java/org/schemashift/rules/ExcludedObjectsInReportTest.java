package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.source.SourceFile;

/** An object an exclude rule leaves out is in the report as ignored, with the rule; what reads it gets an item. */
class ExcludedObjectsInReportTest {
    @TempDir
    Path dir;

    @Test
    void anExcludedTableIsIgnoredWithItsRuleAndAViewReadingItGetsAnItem() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "exclude:\n  - {id: NO-AUDIT, kind: table, glob: \"audit_*\"}\n");
        Report report = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", rules).run(List.of(new SourceFile("shop.sql", """
                CREATE TABLE ORDERS (ID NUMBER(9) PRIMARY KEY);
                CREATE TABLE AUDIT_LOG (ID NUMBER(9) PRIMARY KEY, ORDER_ID NUMBER(9) REFERENCES ORDERS (ID));
                CREATE VIEW RECENT_AUDIT AS SELECT ID FROM AUDIT_LOG;
                """))));

        Report.Entry audit = entry(report, "table", "AUDIT_LOG");
        assertThat(audit.status()).isEqualTo("ignored");
        assertThat(audit.decisions()).extracting(Report.Decision::rule).containsExactly("NO-AUDIT");
        assertThat(audit.actionItems()).extracting(Report.Item::code).containsExactly("SS-GEN-0070");
        assertThat(audit.convertedSnippet()).isNull();
        assertThat(entry(report, "table", "ORDERS").status()).isEqualTo("converted");
        assertThat(entry(report, "view", "RECENT_AUDIT").actionItems()).extracting(Report.Item::code).contains("SS-GEN-0102");
        assertThat(report.summary().statuses()).containsEntry("ignored", 1);
    }

    private static Report.Entry entry(Report report, String kind, String name) {
        return report.objects().stream().filter(e -> e.kind().equals(kind) && e.name().equals(name)).findFirst().orElseThrow();
    }
}

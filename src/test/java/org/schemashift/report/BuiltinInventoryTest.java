package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.source.SourceFile;

/**
 * The summary lists the built-ins and supplied packages code objects call, counted per name, with
 * what converted them or why not; a table's default is no code and is not listed.
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
    void theTextSummaryNamesThePackagesAndWhatWasNotConverted() {
        assertThat(TextSummary.render(report)).contains(
                "  built-ins called by the code: 5 calls of 4, 4 converted\n",
                "    packages: DBMS_LOB 3, UTL_FILE 1\n",
                "    not converted: UTL_FILE.FGETATTR x1 (SS-ORA-0352)\n");
    }

    @Test
    void theHtmlSummaryHasOneRowPerBuiltin() {
        String html = ReportHtml.render(report);
        assertThat(html).contains("<table id=\"builtins\" class=\"builtins\">",
                "<tr><td>DBMS_LOB.SUBSTR</td><td>2</td><td>2</td><td>ORA-F102, ORA-F103</td></tr>",
                "<tr class=\"not-converted\"><td>UTL_FILE.FGETATTR</td><td>1</td><td>0</td><td>SS-ORA-0352</td></tr>");
    }
}

package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.source.SourceFile;

/** report.json names, for each statement, the rules that converted something in it: id, what, line. */
class DecisionsInReportTest {

    @Test
    void eachStatementListsTheRulesThatConvertedItsExpressions() {
        String oracle = """
                CREATE TABLE emp (
                  id NUMBER PRIMARY KEY,
                  hired DATE DEFAULT SYSDATE,
                  bonus NUMBER
                );
                CREATE VIEW emp_v AS
                  SELECT id, NVL(bonus, 0) AS bonus, NVL(bonus, 1) AS other
                  FROM emp;
                """;
        Report report = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null)
                .run(List.of(new SourceFile("hr.sql", oracle))));

        assertThat(report.objects().get(0).decisions()).as("beside the type rules' decisions").contains(
                new Report.Decision("ORA-F010", "default of EMP.HIRED: SYSDATE", 3));
        assertThat(report.objects().get(1).decisions()).as("one decision per rule and construct in a clause")
                .containsExactly(new Report.Decision("ORA-J024", "view EMP_V: NVL", 7));
        assertThat(ReportJson.render(report)).contains("\"decisions\" : [", "\"rule\" : \"ORA-J024\"", "\"message\" : \"view EMP_V: NVL\"");
    }
}

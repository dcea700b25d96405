package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.source.SourceFile;

/**
 * Each object lists the objects of the input it depends on and those depending on it: foreign
 * keys, views on the relations and functions of their queries, routines and triggers on the tables
 * and routines their code uses. Names of built-ins, of WITH items and of missing objects add nothing.
 */
class DependenciesInReportTest {
    private static final String ORACLE = """
            CREATE TABLE dept (id NUMBER PRIMARY KEY, name VARCHAR2(30));
            CREATE TABLE emp (id NUMBER PRIMARY KEY, dept_id NUMBER REFERENCES dept (id), salary NUMBER);
            CREATE TABLE audit_log (what VARCHAR2(100));
            CREATE FUNCTION yearly(m NUMBER) RETURN NUMBER IS BEGIN RETURN m * 12; END;
            /
            CREATE VIEW emp_dept AS
              WITH rich AS (SELECT id FROM emp WHERE salary > 100)
              SELECT e.id, d.name, yearly(NVL(e.salary, 0)) AS y
              FROM emp e JOIN dept d ON d.id = e.dept_id WHERE e.id IN (SELECT id FROM rich);
            CREATE VIEW dept_sizes AS SELECT name, (SELECT COUNT(*) FROM emp_dept v WHERE v.name = d.name) AS n FROM dept d;
            CREATE PROCEDURE log_it(w VARCHAR2) IS BEGIN INSERT INTO audit_log (what) VALUES (w); END;
            /
            CREATE TRIGGER emp_audit AFTER UPDATE ON emp FOR EACH ROW
            BEGIN
              log_it('emp ' || :new.id);
            END;
            /
            """;

    private final Report report = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null)
            .run(List.of(new SourceFile("hr.sql", ORACLE))));
    private final Map<String, Report.Entry> byName = report.objects().stream()
            .collect(Collectors.toMap(e -> e.name().toLowerCase(java.util.Locale.ROOT), Function.identity()));

    private List<String> names(List<Integer> ids) {
        return ids.stream().map(id -> report.objects().get(id - 1).name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Test
    void aViewDependsOnTheRelationsAndFunctionsItsQueryReads() {
        assertThat(names(byName.get("emp_dept").dependsOn())).as("not the WITH item, not NVL").containsExactly("dept", "emp", "yearly");
        assertThat(names(byName.get("dept_sizes").dependsOn())).as("a view over a view, in a subquery")
                .containsExactly("dept", "emp_dept");
        assertThat(names(byName.get("yearly").dependedOnBy())).containsExactly("emp_dept");
    }

    @Test
    void routinesAndTriggersDependOnTheTablesAndRoutinesTheirCodeUses() {
        assertThat(names(byName.get("log_it").dependsOn())).containsExactly("audit_log");
        assertThat(names(byName.get("emp_audit").dependsOn())).as("its table and the procedure it calls")
                .containsExactly("emp", "log_it");
        assertThat(names(byName.get("emp").dependedOnBy())).containsExactly("emp_dept", "emp_audit");
        assertThat(names(byName.get("dept").dependedOnBy())).as("the foreign key too").containsExactly("emp", "emp_dept", "dept_sizes");
    }
}

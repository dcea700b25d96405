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
 * and routines their code uses, packages and their subprograms on what their code uses (a
 * subprogram on its package too), code on the sequences it reads. Names of built-ins, of WITH items and of missing objects add nothing.
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
            CREATE SEQUENCE emp_seq;
            CREATE PACKAGE pay AS
              PROCEDURE raise_all(pct NUMBER);
              FUNCTION total RETURN NUMBER;
              FUNCTION total(d NUMBER) RETURN NUMBER;
            END pay;
            /
            CREATE PACKAGE BODY pay AS
              PROCEDURE raise_all(pct NUMBER) IS
              BEGIN
                UPDATE emp SET salary = salary * (1 + pct / 100);
                log_it('raised, total ' || total());
              END;
              FUNCTION total RETURN NUMBER IS
                t NUMBER;
              BEGIN
                SELECT SUM(salary) INTO t FROM emp;
                RETURN t;
              END;
              FUNCTION total(d NUMBER) RETURN NUMBER IS
                t NUMBER;
              BEGIN
                SELECT SUM(salary) INTO t FROM emp_dept WHERE id = d;
                RETURN t;
              END;
            END pay;
            /
            CREATE PROCEDURE hire(d NUMBER) IS
            BEGIN
              INSERT INTO emp (id, dept_id, salary) VALUES (emp_seq.NEXTVAL, d, 0);
              pay.raise_all(0);
            END;
            /
            """;

    private final Report report = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null)
            .run(List.of(new SourceFile("hr.sql", ORACLE))));
    private final Map<String, Report.Entry> byName = report.objects().stream()
            .collect(Collectors.toMap(e -> e.name().toLowerCase(java.util.Locale.ROOT), Function.identity(), (first, overload) -> first));

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
    void aPackageAndEachOfItsSubprogramsDependOnWhatTheirCodeUses() {
        Report.Entry pay = byName.get("pay");
        assertThat(names(pay.dependsOn())).as("the package body: what its subprograms use, not its own subprograms")
                .containsExactly("emp", "emp_dept", "log_it");
        Report.Entry raiseAll = byName.get("pay.raise_all");
        assertThat(names(raiseAll.dependsOn())).as("its package, its table, a routine and a sibling called by its bare name")
                .containsExactly("emp", "log_it", "pay", "pay.total");
        List<Report.Entry> totals = report.objects().stream().filter(e -> e.name().equalsIgnoreCase("pay.total")).toList();
        assertThat(totals).as("each overload its own object").hasSize(2);
        assertThat(names(totals.get(1).dependsOn())).as("the second overload reads a view").containsExactly("emp_dept", "pay");
        assertThat(names(pay.dependedOnBy())).as("its subprograms (a routine calling one depends on that one)")
                .containsExactly("pay.raise_all", "pay.total", "pay.total");
    }

    @Test
    void aRoutineDependsOnTheSequencesItReads() {
        assertThat(names(byName.get("hire").dependsOn())).containsExactly("emp", "emp_seq", "pay.raise_all");
    }

    @Test
    void routinesAndTriggersDependOnTheTablesAndRoutinesTheirCodeUses() {
        assertThat(names(byName.get("log_it").dependsOn())).containsExactly("audit_log");
        assertThat(names(byName.get("emp_audit").dependsOn())).as("its table and the procedure it calls")
                .containsExactly("emp", "log_it");
        assertThat(names(byName.get("emp").dependedOnBy())).containsExactly("emp_dept", "emp_audit", "pay", "pay.raise_all",
                "pay.total", "hire");
        assertThat(names(byName.get("dept").dependedOnBy())).as("the foreign key too").containsExactly("emp", "emp_dept", "dept_sizes");
    }
}

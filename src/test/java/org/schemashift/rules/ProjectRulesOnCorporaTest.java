package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.model.ActionItem;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * A project's rules file on real schemas: HR (Oracle) and Northwind (SQL Server) renamed, prefixed,
 * retyped and partly excluded, applied to the target, and their views, procedures and triggers run
 * against the renamed objects.
 */
class ProjectRulesOnCorporaTest {
    private static final String HR_RULES = """
            rename:
              - {id: HR-PREFIX, kind: table, glob: "*", addPrefix: HR_}
              - {id: HR-PAY, kind: column, table: EMPLOYEES, name: SALARY, to: PAY}
              - {id: HR-VIEW, kind: view, regex: "EMP_(.*)_VIEW", to: "STAFF_$1"}
              - {id: HR-IX, kind: index, glob: "EMP_*_IX", removePrefix: EMP_, removeSuffix: _IX, addSuffix: _IDX}
            exclude:
              - {id: HR-NO-HOURS, kind: trigger, name: SECURE_EMPLOYEES}
              - {id: HR-NO-HOURS-PROC, kind: routine, name: SECURE_DML}
            types:
              - {id: HR-MONEY, match: {type: number, length: 8, scaleMin: 2, scaleMax: 2}, target: "numeric(12,2)"}
            """;

    @TempDir
    Path dir;

    private ConversionResult convert(String from, String to, String rules, String... corpus) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, rules);
        List<Path> paths = java.util.Arrays.stream(corpus).map(Corpora::path).toList();
        return new ConversionPipeline(from, to, file).run(InputFiles.read(paths));
    }

    @Test
    void hrRenamedRetypedAndPartlyExcludedRunsOnPostgresql() throws Exception {
        ConversionResult result = convert("oracle", "postgresql", HR_RULES,
                "oracle-sample-schemas/human_resources/hr_create.sql", "oracle-sample-schemas/human_resources/hr_code.sql");
        assertThat(result.conversionItems()).extracting(ActionItem::message)
                .anyMatch(m -> m.contains("trigger SECURE_EMPLOYEES is ignored: excluded by rule HR-NO-HOURS"))
                .anyMatch(m -> m.contains("SECURE_DML is ignored: excluded by rule HR-NO-HOURS-PROC"));
        assertThat(result.renamed()).anyMatch(r -> r.kind().equals("table") && r.name().equals("EMPLOYEES")
                && r.target().equals("hr_employees") && r.ruleId().equals("HR-PREFIX"));
        assertThat(result.decisions()).anyMatch(d -> d.ruleId().equals("HR-PAY"))
                .anyMatch(d -> d.ruleId().equals("HR-MONEY"));
        String script = SchemaScript.render(result);
        assertThat(script).contains("CREATE VIEW staff_details").contains("pay numeric(12,2)")
                .contains("CREATE INDEX department_idx ON hr_employees").doesNotContain("secure_dml");
        try (Connection db = SharedPostgres.freshDatabase("rules_hr")) {
            SharedPostgres.runScript(db, script);
            SharedPostgres.runScript(db, """
                    INSERT INTO hr_regions VALUES (1, 'Europe');
                    INSERT INTO hr_countries VALUES ('UK', 'United Kingdom', 1);
                    INSERT INTO hr_locations VALUES (2400, '8204 Arthur St', NULL, 'London', NULL, 'UK');
                    INSERT INTO hr_departments VALUES (40, 'Human Resources', NULL, 2400);
                    INSERT INTO hr_jobs VALUES ('HR_REP', 'Human Resources Representative', 4000, 9000),
                        ('HR_MAN', 'Human Resources Manager', 8000, 15000);
                    INSERT INTO hr_employees VALUES (203, 'Susan', 'Mavris', 'SMAVRIS', '515.123.7777',
                        DATE '2012-06-07', 'HR_REP', 6500, NULL, NULL, 40);
                    UPDATE hr_employees SET job_id = 'HR_MAN' WHERE employee_id = 203;
                    """);
            // a view keeps its columns' names: the renamed column is selected as pay AS salary
            assertThat(JdbcRows.query(db, "SELECT last_name, salary, city, region_name FROM staff_details"))
                    .containsExactly(List.of("Mavris", "6500.00", "London", "Europe"));
            assertThat(JdbcRows.query(db, "SELECT employee_id, job_id FROM hr_job_history"))
                    .as("the trigger's procedure inserted into the renamed table").containsExactly(List.of("203", "HR_REP"));
        }
    }

    @Test
    void hrRenamedRunsOnMariaDb() throws Exception {
        ConversionResult result = convert("oracle", "mysql", HR_RULES, "oracle-sample-schemas/human_resources/hr_create.sql");
        try (Connection db = SharedMariaDb.freshDatabase("rules_hr")) {
            SharedMariaDb.runScript(db, SchemaScript.render(result));
            assertThat(JdbcRows.column(db, "SELECT count(*) FROM staff_details")).containsExactly("0");
            assertThat(JdbcRows.column(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name = 'hr_employees' AND column_name = 'pay'")).hasSize(1);
        }
    }

    @Test
    void northwindRenamedAndPartlyExcludedRunsOnPostgresql() throws Exception {
        ConversionResult result = convert("sqlserver", "postgresql", """
                rename:
                  - {id: NW-PREFIX, kind: table, glob: "*", addPrefix: nw_, case: lower}
                  - {id: NW-VIEWS, kind: view, regex: "(.*) by (.*)", to: "$1_by_$2", case: lower}
                  - {id: NW-SPACES, kind: table, name: Order Details, to: nw_order_details}
                exclude:
                  - {id: NW-NO-DEMO, kind: table, name: CustomerDemographics}
                """, "mssql-northwind-pubs/instnwnd.sql");
        assertThat(result.conversionItems()).extracting(ActionItem::code).extracting(c -> c.code())
                .contains("SS-GEN-0070", "SS-GEN-0071");
        String script = SchemaScript.render(result);
        assertThat(script).contains("CREATE TABLE nw_orders").doesNotContain("CREATE TABLE nw_customerdemographics");
        try (Connection db = SharedPostgres.freshDatabase("rules_nw")) {
            SharedPostgres.runScript(db, script);
            SharedPostgres.runScript(db, """
                    INSERT INTO nw_categories (categoryname) VALUES ('Beverages');
                    INSERT INTO nw_products (productname, categoryid, discontinued) VALUES ('Chai', 1, false);
                    """);
            assertThat(JdbcRows.column(db, "SELECT productname FROM \"alphabetical list of products\""))
                    .containsExactly("Chai");
            assertThat(JdbcRows.column(db, "SELECT count(*) FROM \"customer and suppliers_by_city\"")).containsExactly("0");
        }
    }
}

package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.JdbcRows;

/**
 * mysql-employees' code (objects.sql: five functions, two procedures returning result sets, and the
 * views that call the functions) on MariaDB as written and on PostgreSQL as converted, over the
 * same generated rows ({@link MySqlCorpusOnBoth}): every view gives the same rows, every function
 * the same value for each key of the data and one that is not in it, every procedure the same result set.
 */
class EmployeesCodeOnBothTest {

    @Test
    void employeesViewsFunctionsAndProceduresGiveTheSameResultsOnBothServers() throws Exception {
        String tables = Files.readString(Corpora.path("mysql-employees/employees.sql"));
        String source = tables.substring(0, tables.indexOf("flush ")) + Files.readString(Corpora.path("mysql-employees/objects.sql"));
        try (MySqlCorpusOnBoth both = new MySqlCorpusOnBoth(source, "employees", "employees")) {
            for (String view : List.of("dept_emp_latest_date", "current_dept_emp", "v_full_employees", "v_full_departments")) {
                String query = "SELECT * FROM " + view;
                assertThat(MySqlCorpusOnBoth.rows(both.pg, query)).as(view).isEqualTo(MySqlCorpusOnBoth.rows(both.maria, query));
            }
            List<String> calls = new ArrayList<>();
            for (int employee = 1; employee <= MySqlCorpusOnBoth.ROWS + 1; employee++) {
                for (String function : List.of("emp_dept_id", "emp_dept_name", "emp_name")) calls.add(function + "(" + employee + ")");
            }
            List<String> departments = new ArrayList<>(JdbcRows.column(both.maria, "SELECT dept_no FROM departments"));
            departments.add("none");
            for (String department : departments) calls.add("current_manager('" + department + "')");
            calls.add("employees_usage()");
            for (String call : calls) {
                String query = "SELECT " + call;
                assertThat(MySqlCorpusOnBoth.rows(both.pg, query)).as(call).isEqualTo(MySqlCorpusOnBoth.rows(both.maria, query));
            }
            for (String procedure : List.of("show_departments", "employees_help")) {
                List<List<String>> results = both.procedureRows(procedure);
                assertThat(results.get(1)).as(procedure).isEqualTo(results.get(0)).isNotEmpty();
            }
        }
    }
}

package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MySQL sorts NULLs first ascending and last descending, PostgreSQL the other way round: converted code sorts as MySQL does. */
class MySqlNullOrderOnBothTest {

    @Test
    void viewsWindowsAndLimitedChangesSortNullsAsMariaDb() throws Exception {
        String mysql = """
                CREATE TABLE task (id INT PRIMARY KEY, due INT, done INT);
                CREATE VIEW by_due AS SELECT id, due FROM task ORDER BY due, id;
                CREATE VIEW by_due_desc AS SELECT id, due FROM task ORDER BY due DESC, id;
                CREATE VIEW ranked AS SELECT id, SUM(id) OVER (ORDER BY due, id) AS rn FROM task;
                CREATE VIEW kept AS SELECT id FROM task ORDER BY due IS NULL, due NULLS FIRST;
                DELIMITER //
                CREATE PROCEDURE finish_first()
                BEGIN
                  UPDATE task SET done = 1 ORDER BY due LIMIT 1;
                END //
                DELIMITER ;
                """;
        String data = "INSERT INTO task (id, due) VALUES (1, 5), (2, NULL), (3, 1), (4, NULL)";
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql.replace(", due NULLS FIRST", ", due"))) {
            both.runOnBoth(data + "; CALL finish_first()", data + "; CALL finish_first()");
            for (String query : new String[] {"SELECT id FROM by_due", "SELECT id FROM by_due_desc", "SELECT id, rn FROM ranked ORDER BY id",
                    "SELECT id FROM task WHERE done = 1"}) {
                assertThat(both.onPostgres(query)).as(query).isEqualTo(both.onMariaDb(query)).isNotEmpty();
            }
            assertThat(both.script).contains("ORDER BY due NULLS FIRST, id", "ORDER BY due DESC NULLS LAST, id");
        }
    }

    @Test
    void anExplicitNullOrderAndAConstantAreKept() {
        String script = MySqlCodeOnBoth.Conversion.of("""
                CREATE TABLE t (a INT, b INT);
                CREATE VIEW v AS SELECT a, b FROM t ORDER BY a NULLS LAST, 1;
                """).script();
        assertThat(script).contains("ORDER BY a NULLS LAST, 1");
    }
}

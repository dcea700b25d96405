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
    void keysThatAreNeverNullStayAsWrittenAndOuterJoinedOnesAreMarked() throws Exception {
        String mysql = """
                CREATE TABLE team (id INT PRIMARY KEY, name VARCHAR(10) NOT NULL, city VARCHAR(10));
                CREATE TABLE player (id INT PRIMARY KEY, team_id INT, score INT NOT NULL);
                CREATE VIEW by_name AS SELECT id, name FROM team ORDER BY name DESC, id;
                CREATE VIEW sizes AS SELECT t.id, COUNT(p.id) AS n, COALESCE(t.city, '?') AS place FROM team t
                  LEFT JOIN player p ON p.team_id = t.id GROUP BY t.id, t.city ORDER BY n DESC, place, t.id;
                CREATE VIEW best AS SELECT t.id, p.score FROM team t LEFT JOIN player p ON p.team_id = t.id ORDER BY p.score DESC, t.id;
                CREATE VIEW rosters AS SELECT t.id, GROUP_CONCAT(p.id ORDER BY p.score DESC, t.city SEPARATOR '/') AS ids
                  FROM player p JOIN team t ON t.id = p.team_id GROUP BY t.id;
                """;
        String data = "INSERT INTO team VALUES (1, 'a', NULL), (2, 'b', 'x'), (3, 'c', NULL); INSERT INTO player VALUES (10, 1, 5), (11, 1, 7), (12, 2, 1)";
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth(data, data);
            for (String query : new String[] {"SELECT id FROM by_name", "SELECT id, n, place FROM sizes", "SELECT id, score FROM best",
                    "SELECT id, ids FROM rosters ORDER BY id"}) {
                assertThat(both.onPostgres(query)).as(query).isEqualTo(both.onMariaDb(query)).isNotEmpty();
            }
            assertThat(both.script).contains("ORDER BY name DESC, id;", "ORDER BY n DESC, place, t.id;",
                    "ORDER BY p.score DESC NULLS LAST, t.id;", "ORDER BY p.score DESC, t.city NULLS FIRST)");
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

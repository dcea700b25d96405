package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stored program's CREATE / DROP TEMPORARY TABLE: a temporary table of the session on PostgreSQL
 * as on MySQL, which outlives the call, hides a permanent table of its name and, with IF NOT EXISTS,
 * keeps the rows of one that exists. TRUNCATE empties a table there too, in the caller's transaction.
 */
class MySqlTemporaryTablesOnBothTest {

    @Test
    void aProcedureFillsATemporaryTableTheSessionReadsAfterTheCall() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, qty INT);
                CREATE TABLE summary (total INT);
                DELIMITER //
                CREATE PROCEDURE collect(p_min INT)
                BEGIN
                  DROP TEMPORARY TABLE IF EXISTS picked;
                  CREATE TEMPORARY TABLE picked (id INT PRIMARY KEY, qty INT NOT NULL DEFAULT 0, seq INT AUTO_INCREMENT UNIQUE,
                    KEY (qty)) ENGINE = MEMORY;
                  INSERT INTO picked (id, qty) SELECT id, qty FROM item WHERE qty >= p_min ORDER BY id;
                  CREATE TEMPORARY TABLE IF NOT EXISTS seen (id INT);
                  INSERT INTO seen SELECT id FROM picked;
                  TRUNCATE TABLE summary;
                  INSERT INTO summary SELECT SUM(qty) FROM picked;
                END //
                DELIMITER ;
                """;
        String rows = "INSERT INTO item VALUES (1, 5), (2, 1), (3, 9)";
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth(rows + "; CALL collect(2); CALL collect(6)", rows + "; CALL collect(2); CALL collect(6)");
            for (String query : new String[] {"SELECT id, qty, seq FROM picked ORDER BY id", "SELECT id FROM seen ORDER BY id",
                    "SELECT total FROM summary"}) {
                assertThat(both.onPostgres(query)).as(query).isEqualTo(both.onMariaDb(query)).isNotEmpty();
            }
            assertThat(both.onPostgres("SELECT id FROM seen ORDER BY id")).containsExactly(List.of("1"), List.of("3"), List.of("3"));
            assertThat(both.script).contains("CREATE TEMPORARY TABLE IF NOT EXISTS seen (id integer);");
            assertThat(both.statements.stream().flatMap(s -> s.actionItems().stream()))
                    .extracting(i -> i.code().code() + " " + i.span().line()).containsExactly("SS-MY-0176 7", "SS-MY-0177 7", "SS-MY-0176 10", "SS-MY-0178 12");
        }
    }

    /**
     * DROP TABLE (without TEMPORARY) of a table the program creates as a temporary one drops that
     * temporary table, as in MySQL, also before the CREATE; a table the returned result set reads
     * is kept, as the caller fetches the converted result set (a cursor) after the call.
     */
    @Test
    void dropTableOfTheProgramsTemporaryTableDropsIt() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, qty INT);
                DELIMITER //
                CREATE PROCEDURE big_items()
                BEGIN
                  DROP TABLE IF EXISTS work, shown;
                  CREATE TEMPORARY TABLE work (id INT);
                  CREATE TEMPORARY TABLE shown (id INT);
                  INSERT INTO work SELECT id FROM item WHERE qty > 2;
                  INSERT INTO shown SELECT id FROM work;
                  SELECT id FROM shown ORDER BY id;
                  DROP TABLE work;
                  DROP TABLE shown;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("INSERT INTO item VALUES (1, 5), (2, 1), (3, 9)", "INSERT INTO item VALUES (1, 5), (2, 1), (3, 9)");
            assertThat(both.onMariaDb("CALL big_items()")).containsExactly(List.of("1"), List.of("3"));
            both.runOnBoth("DO 0", "CALL big_items(NULL)");
            assertThat(both.onPostgres("SELECT to_regclass('pg_temp.work') IS NULL, to_regclass('pg_temp.shown') IS NULL"))
                    .containsExactly(List.of("t", "f"));
            assertThat(both.script).contains("DROP TABLE IF EXISTS pg_temp.work;\n        DROP TABLE IF EXISTS pg_temp.shown;",
                    "-- DROP TABLE shown: kept for the result set that reads it");
            assertThat(both.readCodes()).doesNotContain("SS-GEN-0018");
        }
    }

    @Test
    void truncateIsStillAFunctionInExpressions() {
        MySqlCodeOnBoth.Conversion conversion = MySqlCodeOnBoth.Conversion.of("""
                CREATE TABLE item (id INT PRIMARY KEY, qty INT);
                CREATE VIEW tenths AS SELECT id, TRUNCATE(qty, 1) AS q FROM item;
                """);
        assertThat(conversion.statements()).allSatisfy(s -> assertThat(s.actionItems()).isEmpty());
    }
}

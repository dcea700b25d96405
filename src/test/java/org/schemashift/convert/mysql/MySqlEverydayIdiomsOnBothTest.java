package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Idioms found in almost every MySQL schema's stored programs, run on MariaDB and, converted, on
 * PostgreSQL with the same data: the manual's cursor loop ({@code DECLARE done INT DEFAULT FALSE}),
 * MySQL's TRUE and comparisons used as the numbers 1 and 0, FIND_IN_SET over SET columns,
 * mysqldump's {@code RETURNS ... CHARSET} and character sets on parameters and variables, and
 * locking reads (FOR UPDATE, FOR SHARE, LOCK IN SHARE MODE, INTO after them), which keep their lock.
 */
class MySqlEverydayIdiomsOnBothTest {

    @Test
    void theManualsCursorLoopWithADoneFlagOfTypeIntReadsEveryRow() throws Exception {
        String mysql = """
                CREATE TABLE stock (sku VARCHAR(10) PRIMARY KEY, qty INT NOT NULL);
                DELIMITER //
                CREATE PROCEDURE low_stock(IN p_min INT, OUT p_list VARCHAR(100), OUT p_done INT)
                BEGIN
                  DECLARE done INT DEFAULT FALSE;
                  DECLARE v_sku VARCHAR(10);
                  DECLARE cur CURSOR FOR SELECT sku FROM stock WHERE qty < p_min ORDER BY sku;
                  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
                  SET p_list = '';
                  OPEN cur;
                  read_loop: LOOP
                    FETCH cur INTO v_sku;
                    IF done THEN
                      LEAVE read_loop;
                    END IF;
                    SET p_list = CONCAT(p_list, v_sku, ';');
                  END LOOP;
                  CLOSE cur;
                  SET p_done = done;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO stock VALUES ('a', 1), ('b', 20), ('c', 3)";
            both.runOnBoth(rows, rows);
            both.runOnBoth("CALL low_stock(10, @l, @d); CREATE TABLE result AS SELECT @l AS l, @d AS d",
                    "CREATE TABLE result (l text, d int);"
                            + " DO $$ DECLARE l varchar(100); d int; BEGIN CALL low_stock(10, l, d); INSERT INTO result VALUES (l, d); END $$");
            assertThat(both.onPostgres("SELECT l, d FROM result")).isEqualTo(both.onMariaDb("SELECT l, d FROM result"))
                    .containsExactly(java.util.List.of("a;c;", "1"));
        }
    }

    @Test
    void trueAndComparisonsWrittenIntoNumbersAreOneAndZero() throws Exception {
        String mysql = """
                CREATE TABLE flags (id INT PRIMARY KEY, active TINYINT(1) NOT NULL, n INT);
                CREATE FUNCTION positive(x INT) RETURNS INT DETERMINISTIC RETURN x > 0;
                DELIMITER //
                CREATE PROCEDURE fill()
                BEGIN
                  DECLARE k INT DEFAULT TRUE;
                  INSERT INTO flags (id, active, n) VALUES (1, TRUE, TRUE), (2, FALSE, k > 1), (3, 1, k);
                  UPDATE flags SET n = active WHERE id = 3;
                  SET k = (SELECT COUNT(*) FROM flags WHERE n = TRUE);
                  INSERT INTO flags VALUES (4, 0, k);
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("CALL fill()", "CALL fill()");
            String flags = "SELECT id, CASE WHEN active THEN 1 ELSE 0 END, n FROM flags ORDER BY id";
            assertThat(both.onPostgres(flags)).isEqualTo(both.onMariaDb(flags));
            String calls = "SELECT positive(3), positive(-1), positive(NULL)";
            assertThat(both.onPostgres(calls)).isEqualTo(both.onMariaDb(calls)).containsExactly(java.util.Arrays.asList("1", "0", null));
        }
    }

    @Test
    void findInSetGivesTheSamePlaceOnBothServers() throws Exception {
        String mysql = """
                CREATE FUNCTION place(p_item VARCHAR(10), p_list VARCHAR(40)) RETURNS INT DETERMINISTIC
                  RETURN FIND_IN_SET(p_item, p_list);
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String[] calls = {"'b', 'a,b,c'", "'a', 'a,b,c'", "'c', 'a,b,c'", "'d', 'a,b,c'", "'', 'a,b,c'", "'', 'a,,c'",
                    "'', ''", "'a', ''", "'a,b', 'a,b,c'", "'ab', 'a,b,ab'", "'b', 'ab,b'", "NULL, 'a'", "'a', NULL"};
            for (String args : calls) {
                assertThat(both.onPostgres("SELECT place(" + args + ")")).as(args).isEqualTo(both.onMariaDb("SELECT place(" + args + ")"));
            }
        }
    }

    @Test
    void mysqldumpCharsetsOnResultsParametersAndVariablesAreRead() throws Exception {
        String mysql = """
                CREATE TABLE product (sku VARCHAR(10) PRIMARY KEY, title VARCHAR(40));
                DELIMITER //
                CREATE FUNCTION label(p_sku VARCHAR(10) CHARSET utf8mb4) RETURNS varchar(60) CHARSET utf8mb4 COLLATE utf8mb4_general_ci
                    READS SQL DATA
                BEGIN
                  DECLARE t VARCHAR(40) CHARACTER SET utf8mb4 DEFAULT '?';
                  SELECT title INTO t FROM product WHERE sku = p_sku;
                  RETURN CONCAT(p_sku, ': ', t);
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO product VALUES ('A1', 'widget')";
            both.runOnBoth(rows, rows);
            String calls = "SELECT label('A1'), label('zz')";
            assertThat(both.onPostgres(calls)).isEqualTo(both.onMariaDb(calls)).containsExactly(java.util.List.of("A1: widget", "zz: ?"));
            assertThat(both.codes()).doesNotContain("SS-GEN-0001");
        }
    }

    @Test
    void lockingReadsKeepTheirLockAndInto() throws Exception {
        String mysql = """
                CREATE TABLE acct (id INT PRIMARY KEY, bal INT NOT NULL);
                DELIMITER //
                CREATE PROCEDURE debit(IN p_id INT, IN p_amt INT, OUT p_locked INT, OUT p_first INT)
                BEGIN
                  DECLARE have INT;
                  SELECT bal INTO have FROM acct WHERE id = p_id FOR UPDATE;
                  UPDATE acct SET bal = have - p_amt WHERE id = p_id;
                  SELECT COUNT(*) INTO p_locked FROM (SELECT id FROM acct WHERE id <> p_id LOCK IN SHARE MODE) s;
                  SELECT id FROM acct ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED INTO p_first;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO acct VALUES (1, 100), (2, 50)";
            both.runOnBoth(rows, rows);
            both.runOnBoth("CALL debit(1, 30, @l, @f); CREATE TABLE result AS SELECT @l AS l, @f AS f",
                    "CREATE TABLE result (l int, f int);"
                            + " DO $$ DECLARE l int; f int; BEGIN CALL debit(1, 30, l, f); INSERT INTO result VALUES (l, f); END $$");
            assertThat(both.onPostgres("SELECT l, f FROM result")).isEqualTo(both.onMariaDb("SELECT l, f FROM result"));
            assertThat(both.onPostgres("SELECT bal FROM acct ORDER BY id")).isEqualTo(both.onMariaDb("SELECT bal FROM acct ORDER BY id"));
            assertThat(both.script).contains("WHERE id = p_id FOR UPDATE INTO").contains("FOR SHARE)").contains("LIMIT 1 FOR UPDATE SKIP LOCKED");
        }
    }

    /** MySQL 8's FOR SHARE, OF and NOWAIT (MariaDB has LOCK IN SHARE MODE only): written as PostgreSQL has them. */
    @Test
    void mysql8LockingClausesAreWrittenTheSameWay() {
        MySqlCodeOnBoth.Conversion conversion = MySqlCodeOnBoth.Conversion.of("""
                CREATE TABLE a (id INT PRIMARY KEY, v INT);
                CREATE TABLE b (id INT PRIMARY KEY);
                DELIMITER //
                CREATE PROCEDURE p(OUT x INT)
                BEGIN
                  SELECT a.v INTO x FROM a JOIN b ON b.id = a.id WHERE a.id = 1 FOR SHARE OF a NOWAIT;
                END //
                DELIMITER ;
                """);
        assertThat(conversion.script()).contains("FOR SHARE OF a NOWAIT INTO");
        assertThat(conversion.codes()).doesNotContain("SS-GEN-0001");
    }
}

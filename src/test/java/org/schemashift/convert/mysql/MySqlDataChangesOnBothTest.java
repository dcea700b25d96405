package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MySQL's own data changes in stored programs (INSERT IGNORE, REPLACE, ON DUPLICATE KEY UPDATE,
 * multi-table UPDATE and DELETE) converted to PostgreSQL change the same rows as on MariaDB.
 */
class MySqlDataChangesOnBothTest {

    @Test
    void onDuplicateKeyUpdateInsertIgnoreAndReplaceChangeTheSameRows() throws Exception {
        String mysql = """
                CREATE TABLE stock (id INT AUTO_INCREMENT PRIMARY KEY, sku VARCHAR(10) NOT NULL UNIQUE, qty INT NOT NULL, note VARCHAR(20));
                CREATE TABLE tag (name VARCHAR(10) PRIMARY KEY);
                DELIMITER //
                CREATE PROCEDURE receive(p_sku VARCHAR(10), p_qty INT)
                BEGIN
                  INSERT INTO stock (sku, qty) VALUES (p_sku, p_qty)
                    ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty), note = CONCAT('now ', qty);
                  INSERT IGNORE INTO tag (name) VALUES (p_sku);
                END //
                CREATE PROCEDURE reset_stock(p_id INT, p_sku VARCHAR(10))
                BEGIN
                  REPLACE INTO stock (id, sku, qty, note) VALUES (p_id, p_sku, 0, 'reset');
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String calls = "CALL receive('a', 1); CALL receive('b', 2); CALL receive('a', 5); CALL reset_stock(2, 'b'); CALL reset_stock(7, 'c');";
            both.runOnBoth(calls, calls);
            String stock = "SELECT id, sku, qty, note FROM stock ORDER BY id";
            assertThat(both.onPostgres(stock)).as("a later assignment reads the new qty, as in MySQL")
                    .isEqualTo(both.onMariaDb(stock)).hasSize(3);
            assertThat(both.onPostgres("SELECT name FROM tag ORDER BY name")).isEqualTo(both.onMariaDb("SELECT name FROM tag ORDER BY name"));
            assertThat(both.script).contains("ON CONFLICT (sku) DO UPDATE SET qty = stock.qty + excluded.qty", "ON CONFLICT DO NOTHING",
                    "ON CONFLICT (id) DO UPDATE SET id = excluded.id, sku = excluded.sku");
            assertThat(both.readCodes()).contains("SS-MY-0160", "SS-MY-0161");
            assertThat(both.codes()).contains("SS-PG-0770");
        }
    }

    /**
     * LAST_INSERT_ID() right after a one-row INSERT is that INSERT's RETURNING; elsewhere the session's last
     * generated value (lastval()), reported for the cases where it differs (a trigger's inserts, several rows).
     */
    @Test
    void lastInsertIdGivesTheKeyTheInsertGenerated() throws Exception {
        String mysql = """
                CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer INT);
                CREATE TABLE order_lines (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT, n INT);
                DELIMITER //
                CREATE PROCEDURE new_order(p_customer INT, OUT p_id INT, OUT p_line INT)
                BEGIN
                  INSERT INTO orders (customer) VALUES (p_customer);
                  SET p_id = LAST_INSERT_ID();
                  INSERT INTO order_lines (order_id, n) VALUES (LAST_INSERT_ID(), 1);
                  INSERT INTO order_lines (order_id, n) SELECT id, 2 FROM orders WHERE id < 3;
                  SELECT MAX(id) INTO p_line FROM order_lines WHERE id <= LAST_INSERT_ID() + 1;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO orders (customer) VALUES (1), (2)";
            both.runOnBoth(rows, rows);
            both.runOnBoth("CALL new_order(7, @id, @line); CREATE TABLE result AS SELECT @id AS id, @line AS line",
                    "CREATE TABLE result (id int, line int);"
                            + " DO $$ DECLARE i int; l int; BEGIN CALL new_order(7, i, l); INSERT INTO result VALUES (i, l); END $$");
            assertThat(both.onPostgres("SELECT id, line FROM result")).isEqualTo(both.onMariaDb("SELECT id, line FROM result"))
                    .containsExactly(List.of("3", "3"));
            String lines = "SELECT id, order_id, n FROM order_lines ORDER BY id";
            assertThat(both.onPostgres(lines)).isEqualTo(both.onMariaDb(lines));
            assertThat(both.script).contains("VALUES (p_customer) RETURNING id INTO p_id");
            assertThat(both.readCodes()).contains("SS-MY-0185").doesNotContain("SS-MY-0162");
        }
    }

    @Test
    void multipleTableUpdateAndDeleteChangeTheSameRowsAsUpdateFromAndDeleteUsing() throws Exception {
        String mysql = """
                CREATE TABLE region (id INT PRIMARY KEY, active TINYINT NOT NULL);
                CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(20), total DECIMAL(10,2) NOT NULL DEFAULT 0, region_id INT);
                CREATE TABLE payment (id INT PRIMARY KEY, customer_id INT, amount DECIMAL(10,2));
                DELIMITER //
                CREATE PROCEDURE settle()
                BEGIN
                  UPDATE customer c JOIN payment p ON p.customer_id = c.id JOIN region r ON r.id = c.region_id
                    SET c.total = c.total + p.amount, c.name = CONCAT(c.name, '*') WHERE r.active = 1;
                  DELETE p FROM payment p JOIN customer c ON c.id = p.customer_id JOIN region r ON r.id = c.region_id WHERE r.active = 1;
                  DELETE FROM payment USING payment, customer WHERE payment.customer_id = customer.id AND customer.name = 'gone';
                  UPDATE region, customer SET customer.name = UPPER(customer.name) WHERE region.id = customer.region_id AND region.active = 0;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO region VALUES (1, 1), (2, 0);"
                    + "INSERT INTO customer (id, name, region_id) VALUES (1, 'ann', 1), (2, 'bob', 2), (3, 'gone', 2), (4, 'cy', 1);"
                    + "INSERT INTO payment VALUES (10, 1, 5.50), (11, 2, 7.00), (12, 3, 1.00), (13, 9, 2.00);";
            both.runOnBoth(rows + "CALL settle()", rows + "CALL settle()");
            String customers = "SELECT id, name, total FROM customer ORDER BY id";
            assertThat(both.onPostgres(customers)).isEqualTo(both.onMariaDb(customers))
                    .contains(List.of("1", "ann*", "5.50"), List.of("2", "BOB", "0.00"));
            String payments = "SELECT id FROM payment ORDER BY id";
            assertThat(both.onPostgres(payments)).isEqualTo(both.onMariaDb(payments)).containsExactly(List.of("11"), List.of("13"));
            assertThat(both.script).contains("UPDATE customer AS c SET ", "FROM payment AS p", "DELETE FROM payment AS p USING ",
                    "DELETE FROM payment USING customer WHERE");
        }
    }

    @Test
    void deleteOfTheKeptSideOfALeftJoinDeletesTheSameRowsAsACorrelatedExists() throws Exception {
        String mysql = """
                CREATE TABLE parent (id INT PRIMARY KEY, y INT);
                CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, x INT);
                CREATE TABLE other (id INT PRIMARY KEY, parent_id INT, x INT);
                DELIMITER //
                CREATE PROCEDURE prune()
                BEGIN
                  DELETE c FROM child c LEFT JOIN parent p ON p.id = c.parent_id WHERE p.id IS NULL AND c.x > 0;
                  DELETE other FROM other LEFT JOIN parent ON parent.id = other.parent_id AND parent.y > 5
                    WHERE parent.y IS NULL OR other.x = 2;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO parent VALUES (1, 10), (2, 1), (3, NULL);"
                    + "INSERT INTO child VALUES (1, 1, 1), (2, 2, 1), (3, 9, 1), (4, NULL, 1), (5, 9, 0), (6, 3, 1);"
                    + "INSERT INTO other VALUES (1, 1, 1), (2, 1, 2), (3, 2, 1), (4, 9, 1), (5, NULL, 3);";
            both.runOnBoth(rows + "CALL prune()", rows + "CALL prune()");
            String children = "SELECT id FROM child ORDER BY id";
            assertThat(both.onPostgres(children)).isEqualTo(both.onMariaDb(children))
                    .containsExactly(List.of("1"), List.of("2"), List.of("5"), List.of("6"));
            String others = "SELECT id FROM other ORDER BY id";
            assertThat(both.onPostgres(others)).isEqualTo(both.onMariaDb(others)).containsExactly(List.of("1"));
            assertThat(both.script).contains("DELETE FROM child AS c WHERE EXISTS (SELECT 1 FROM (SELECT 1) AS ss_target LEFT JOIN parent AS p");
        }
    }

    @Test
    void orderByAndLimitOnASingleTableUpdateOrDeleteChangeTheFirstRowsInThatOrder() throws Exception {
        String mysql = """
                CREATE TABLE queue (id INT PRIMARY KEY, prio INT, done INT NOT NULL DEFAULT 0);
                DELIMITER //
                CREATE PROCEDURE take(p_n INT)
                BEGIN
                  UPDATE queue SET done = 1 WHERE done = 0 ORDER BY prio DESC, id LIMIT 2;
                  DELETE FROM queue WHERE done = 0 ORDER BY id DESC LIMIT p_n;
                  UPDATE queue q SET q.prio = q.prio + 1 ORDER BY q.id;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO queue (id, prio) VALUES (1, 5), (2, 9), (3, 5), (4, 1), (5, 7), (6, 9);";
            both.runOnBoth(rows + "CALL take(1)", rows + "CALL take(1)");
            String queue = "SELECT id, prio, done FROM queue ORDER BY id";
            assertThat(both.onPostgres(queue)).isEqualTo(both.onMariaDb(queue)).containsExactly(
                    List.of("1", "6", "0"), List.of("2", "10", "1"), List.of("3", "6", "0"), List.of("4", "2", "0"), List.of("6", "10", "1"));
            assertThat(both.script).contains("UPDATE queue SET done = 1 WHERE ctid IN (SELECT ctid FROM queue WHERE done = 0 "
                    + "ORDER BY prio DESC NULLS LAST, id LIMIT 2)");
            assertThat(both.readCodes()).containsExactly("SS-MY-0175");
        }
    }

    @Test
    void multipleTableChangesWithoutOneTargetAreReportedAtTheirLinesAndIgnoreIsNoted() throws Exception {
        String mysql = """
                CREATE TABLE a (id INT PRIMARY KEY, x INT);
                CREATE TABLE b (id INT PRIMARY KEY, y INT);
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  UPDATE a JOIN b ON a.id = b.id SET a.x = b.y, b.y = 0;
                  UPDATE a JOIN b ON a.id = b.id SET x = y;
                  DELETE a, b FROM a JOIN b ON a.id = b.id;
                  UPDATE IGNORE a SET id = id + 1;
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            assertThat(both.items.all()).filteredOn(i -> i.code().code().equals("SS-GEN-0018"))
                    .extracting(i -> i.span().line() + ": " + i.message())
                    .containsExactly("6: UPDATE changes both a and b: write one UPDATE per table",
                            "7: multiple-table UPDATE: SET x does not name its table; qualify it (table.column) so the changed table is known",
                            "8: DELETE from 2 tables at once: write one DELETE per table, the child tables first (each later DELETE no "
                                    + "longer sees the rows deleted before it)");
            assertThat(both.readCodes()).containsExactly("SS-MY-0170");
        }
    }

    @Test
    void anUpdateWhoseTargetIsKeptByAnOuterJoinReadsTheJoinedRowOrNulls() throws Exception {
        String mysql = """
                CREATE TABLE account (id INT PRIMARY KEY, bonus INT, note VARCHAR(10));
                CREATE TABLE grant_row (account_id INT PRIMARY KEY, amount INT);
                CREATE TABLE log_row (id INT PRIMARY KEY);
                DELIMITER //
                CREATE PROCEDURE settle()
                BEGIN
                  UPDATE account a LEFT JOIN grant_row g ON g.account_id = a.id SET a.bonus = COALESCE(g.amount, 0), a.note = 'set'
                    WHERE a.id < 4;
                  UPDATE account LEFT JOIN grant_row ON grant_row.account_id = account.id SET account.note = 'none'
                    WHERE grant_row.account_id IS NULL;
                END //
                CREATE TRIGGER log_ai AFTER INSERT ON log_row FOR EACH ROW
                  UPDATE account a LEFT JOIN grant_row g ON g.account_id = a.id SET a.bonus = a.bonus + COALESCE(g.amount, 1)
                  WHERE a.id = NEW.id //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO account VALUES (1, 5, NULL), (2, 6, NULL), (3, NULL, NULL), (4, 7, NULL);"
                    + "INSERT INTO grant_row VALUES (1, 100), (3, 300), (9, 900);";
            both.runOnBoth(rows + "CALL settle(); INSERT INTO log_row VALUES (2), (3)", rows + "CALL settle(); INSERT INTO log_row VALUES (2), (3)");
            String accounts = "SELECT id, bonus, note FROM account ORDER BY id";
            assertThat(both.onPostgres(accounts)).isEqualTo(both.onMariaDb(accounts)).containsExactly(
                    List.of("1", "100", "set"), List.of("2", "1", "none"), List.of("3", "600", "set"), List.of("4", "7", "none"));
            assertThat(both.script).contains("UPDATE account AS a SET bonus = (SELECT COALESCE(g.amount, 0) FROM (SELECT 1) AS ss_target "
                    + "LEFT JOIN grant_row AS g ON g.account_id = a.id WHERE a.id < 4 LIMIT 1)");
        }
    }
}

package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void lastInsertIdAndFoundRowsAreReportedAndTheRestOfTheRoutineRuns() throws Exception {
        String mysql = """
                CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer INT);
                DELIMITER //
                CREATE PROCEDURE new_order(p_customer INT, OUT p_id INT)
                BEGIN
                  INSERT INTO orders (customer) VALUES (p_customer);
                  SET p_id = LAST_INSERT_ID();
                END //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("CALL new_order(7, @id)", "CALL new_order(7, NULL)");
            assertThat(both.onPostgres("SELECT id, customer FROM orders")).isEqualTo(both.onMariaDb("SELECT id, customer FROM orders"));
            assertThat(both.codes()).contains("SS-MY-0162");
        }
    }
}

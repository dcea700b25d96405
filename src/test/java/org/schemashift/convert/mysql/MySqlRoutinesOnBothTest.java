package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MySQL functions converted to PL/pgSQL return what they return on MariaDB, for a table of inputs. */
class MySqlRoutinesOnBothTest {

    @Test
    void functionWithDeclareSetIfAndSelectIntoReturnsTheSameOnBothServers() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, price DECIMAL(8,2), qty INT);
                DELIMITER $$
                CREATE DEFINER=`root`@`localhost` FUNCTION item_total(p_id INT) RETURNS DECIMAL(12,2)
                    READS SQL DATA
                BEGIN
                  DECLARE v_price DECIMAL(8,2) DEFAULT 0;
                  DECLARE v_qty, v_bonus INT;
                  DECLARE EXIT HANDLER FOR NOT FOUND RETURN -1;
                  SELECT price, qty INTO v_price, v_qty FROM item WHERE id = p_id;
                  SET v_bonus = 0;
                  IF v_qty > 10 THEN
                    SET v_bonus = 5;
                  ELSEIF v_qty > 5 THEN
                    SET v_bonus = 2;
                  ELSE
                    SET v_bonus = 0;
                  END IF;
                  RETURN v_price * v_qty - v_bonus;
                END $$
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            System.out.println(both.script);
            both.runOnBoth("INSERT INTO item VALUES (1, 2.50, 3), (2, 1.25, 7), (3, 10, 11)",
                    "INSERT INTO item VALUES (1, 2.50, 3), (2, 1.25, 7), (3, 10, 11)");
            for (int id = 0; id <= 3; id++) {
                assertThat(both.onPostgres("SELECT item_total(" + id + ")"))
                        .as("item_total(%d)", id).isEqualTo(both.onMariaDb("SELECT item_total(" + id + ")"));
            }
        }
    }
}

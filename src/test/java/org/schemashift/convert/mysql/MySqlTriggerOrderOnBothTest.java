package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MySQL fires the triggers of one table, timing and event in creation order (FOLLOWS puts one right
 * after another), PostgreSQL in the order of their names: the converted triggers are named so that
 * both fire them in the same order.
 */
class MySqlTriggerOrderOnBothTest {

    @Test
    void triggersOfOneEventFireInCreationAndFollowsOrderOnBothServers() throws Exception {
        String mysql = """
                CREATE TABLE orders (id INT PRIMARY KEY);
                CREATE TABLE fired (n INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(20));
                CREATE TRIGGER z_first BEFORE INSERT ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('z_first');
                CREATE TRIGGER a_last BEFORE INSERT ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('a_last');
                CREATE TRIGGER m_second BEFORE INSERT ON orders FOR EACH ROW FOLLOWS z_first
                  INSERT INTO fired (what) VALUES ('m_second');
                CREATE TRIGGER b_alone AFTER INSERT ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('b_alone');
                CREATE TRIGGER c_sorted AFTER DELETE ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('c_sorted');
                CREATE TRIGGER d_sorted AFTER DELETE ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('d_sorted');
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("INSERT INTO orders VALUES (1); DELETE FROM orders", "INSERT INTO orders VALUES (1); DELETE FROM orders");
            String fired = "SELECT what FROM fired ORDER BY n";
            assertThat(both.onPostgres(fired)).isEqualTo(both.onMariaDb(fired)).isEqualTo(
                    List.of(List.of("z_first"), List.of("m_second"), List.of("a_last"), List.of("b_alone"),
                            List.of("c_sorted"), List.of("d_sorted")));
            assertThat(both.script).contains("CREATE TRIGGER t1_z_first", "CREATE TRIGGER t2_m_second", "CREATE TRIGGER t3_a_last",
                    "CREATE TRIGGER b_alone", "CREATE TRIGGER c_sorted", "CREATE TRIGGER d_sorted");
            assertThat(both.codes()).filteredOn("SS-MY-0173"::equals).hasSize(3);
        }
    }
}

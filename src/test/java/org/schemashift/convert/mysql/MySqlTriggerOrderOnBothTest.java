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

    @Test
    void precedesPutsATriggerRightBeforeTheOtherAndMixesWithFollows() throws Exception {
        String mysql = """
                CREATE TABLE orders (id INT PRIMARY KEY);
                CREATE TABLE fired (n INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(20));
                CREATE TRIGGER z_one BEFORE INSERT ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('z_one');
                CREATE TRIGGER y_two BEFORE INSERT ON orders FOR EACH ROW PRECEDES z_one INSERT INTO fired (what) VALUES ('y_two');
                CREATE TRIGGER x_three BEFORE INSERT ON orders FOR EACH ROW FOLLOWS y_two INSERT INTO fired (what) VALUES ('x_three');
                CREATE TRIGGER w_four BEFORE INSERT ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('w_four');
                CREATE TRIGGER v_five BEFORE INSERT ON orders FOR EACH ROW PRECEDES w_four INSERT INTO fired (what) VALUES ('v_five');
                CREATE TRIGGER b_second AFTER INSERT ON orders FOR EACH ROW INSERT INTO fired (what) VALUES ('b_second');
                CREATE TRIGGER a_first AFTER INSERT ON orders FOR EACH ROW PRECEDES b_second INSERT INTO fired (what) VALUES ('a_first');
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth("INSERT INTO orders VALUES (1)", "INSERT INTO orders VALUES (1)");
            String fired = "SELECT what FROM fired ORDER BY n";
            assertThat(both.onPostgres(fired)).isEqualTo(both.onMariaDb(fired)).isEqualTo(
                    List.of(List.of("y_two"), List.of("x_three"), List.of("z_one"), List.of("v_five"), List.of("w_four"),
                            List.of("a_first"), List.of("b_second")));
            assertThat(both.script).contains("CREATE TRIGGER t1_y_two", "CREATE TRIGGER t2_x_three", "CREATE TRIGGER t3_z_one",
                    "CREATE TRIGGER t4_v_five", "CREATE TRIGGER t5_w_four", "CREATE TRIGGER a_first", "CREATE TRIGGER b_second");
            assertThat(both.codes()).filteredOn("SS-MY-0173"::equals).hasSize(5);
            assertThat(both.codes()).doesNotContain("SS-MY-0151", "SS-PG-0643");
        }
    }

    @Test
    void anOrderRelativeToATriggerNotInTheInputIsReported() throws Exception {
        String mysql = """
                CREATE TABLE orders (id INT PRIMARY KEY);
                CREATE TRIGGER b_check BEFORE INSERT ON orders FOR EACH ROW PRECEDES elsewhere SET NEW.id = NEW.id;
                """;
        assertThat(MySqlCodeOnBoth.Conversion.of(mysql).codes()).as("MariaDB rejects it: converted only").contains("SS-MY-0151");
    }
}

package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schemashift.testing.Corpora;

/**
 * mysql-sakila created as it is on MariaDB and converted on PostgreSQL, with the same small rows in
 * both: the film triggers keep film_text the same, and the functions return the same for every
 * inventory item and customer.
 */
class SakilaCodeOnBothTest {

    @Test
    void sakilaTriggersAndFunctionsGiveTheSameResultsOnBothServers() throws Exception {
        Path file = Corpora.path("mysql-sakila/sakila-mv-schema.sql");
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(Files.readString(file).replace("CREATE SCHEMA sakila;", "")
                .replace("USE sakila;", "").replace("sakila.", ""))) {
            String films = "INSERT INTO language (language_id, name) VALUES (1, 'English');"
                    + "INSERT INTO film (film_id, title, description, language_id, rental_duration, rental_rate, replacement_cost)"
                    + " VALUES (1, 'A', 'first', 1, 3, 0.99, 9.99), (2, 'B', 'second', 1, 5, 2.99, 19.99), (3, 'C', NULL, 1, 4, 4.99, 5);"
                    + "UPDATE film SET title = 'B2' WHERE film_id = 2; DELETE FROM film WHERE film_id = 3;";
            both.runOnBoth(films, films);
            String filmText = "SELECT film_id, title, description FROM film_text ORDER BY film_id";
            assertThat(both.onPostgres(filmText)).isEqualTo(both.onMariaDb(filmText)).hasSize(2);

            String rentals = "INSERT INTO inventory (inventory_id, film_id, store_id) VALUES (1, 1, 1), (2, 2, 1), (3, 2, 2);"
                    + "INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id) VALUES"
                    + " (1, '2005-05-01 10:00:00', 1, 1, '2005-05-09 10:00:00', 1),"
                    + " (2, '2005-06-01 10:00:00', 2, 1, NULL, 1), (3, '2005-06-02 10:00:00', 3, 2, '2005-06-03 09:00:00', 1);"
                    + "INSERT INTO payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date) VALUES"
                    + " (1, 1, 1, 1, 0.99, '2005-05-01 10:00:00'), (2, 2, 1, 3, 2.99, '2005-06-02 10:00:00');";
            both.runOnBoth("SET FOREIGN_KEY_CHECKS = 0;" + rentals + "SET FOREIGN_KEY_CHECKS = 1;",
                    "SET session_replication_role = replica;" + rentals + "SET session_replication_role = origin;");
            for (int inventory = 1; inventory <= 4; inventory++) {
                assertThat(both.onPostgres("SELECT CASE WHEN inventory_in_stock(" + inventory + ") THEN 1 ELSE 0 END"))
                        .as("inventory_in_stock(%d)", inventory)
                        .isEqualTo(both.onMariaDb("SELECT inventory_in_stock(" + inventory + ")"));
                assertThat(both.onPostgres("SELECT inventory_held_by_customer(" + inventory + ")"))
                        .as("inventory_held_by_customer(%d)", inventory)
                        .isEqualTo(both.onMariaDb("SELECT inventory_held_by_customer(" + inventory + ")"));
            }
        }
    }
}

package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MySQL 8.0's window functions (MariaDB 10.2's too) are the standard ones: a view using them converts and returns the same rows. */
class MySqlWindowFunctionsOnBothTest {

    @Test
    void rankingAndOffsetWindowFunctionsGiveTheSameRows() throws Exception {
        String mysql = """
                CREATE TABLE sale (id INT PRIMARY KEY, region VARCHAR(10) NOT NULL, amount INT);
                CREATE VIEW ranked AS SELECT id, region,
                  ROW_NUMBER() OVER (PARTITION BY region ORDER BY amount DESC, id) AS rn,
                  RANK() OVER (ORDER BY amount) AS rk, DENSE_RANK() OVER (ORDER BY region) AS dr,
                  NTILE(2) OVER (ORDER BY id) AS half, LAG(amount, 1) OVER (PARTITION BY region ORDER BY id) AS prev,
                  LEAD(amount) OVER (ORDER BY id) AS next_amount, FIRST_VALUE(id) OVER (PARTITION BY region ORDER BY id) AS first_id
                FROM sale;
                CREATE VIEW top_per_region AS SELECT id, region FROM (
                  SELECT id, region, ROW_NUMBER() OVER (PARTITION BY region ORDER BY amount DESC, id) AS rn FROM sale) AS r
                WHERE rn = 1;
                """;
        String data = "INSERT INTO sale VALUES (1, 'n', 10), (2, 'n', NULL), (3, 's', 5), (4, 's', 5), (5, 'n', 30)";
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            both.runOnBoth(data, data);
            for (String query : new String[] {"SELECT id, region, rn, rk, dr, half, prev, next_amount, first_id FROM ranked ORDER BY id",
                    "SELECT id, region FROM top_per_region ORDER BY id"}) {
                assertThat(both.onPostgres(query)).as(query).isEqualTo(both.onMariaDb(query)).isNotEmpty();
            }
            assertThat(both.script).contains("ROW_NUMBER() OVER (PARTITION BY region ORDER BY amount DESC NULLS LAST, id) AS rn");
            assertThat(both.items.all()).noneMatch(i -> i.code().code().equals("SS-GEN-0008"));
        }
    }
}

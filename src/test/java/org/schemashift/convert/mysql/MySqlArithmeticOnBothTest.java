package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MySQL's numeric functions and operators give on PostgreSQL, as converted, what they give on
 * MariaDB: TRUNCATE(x, d) and ROUND(x, d) of exact and double values, MOD and %, exact division, LOG(x) as the natural logarithm, LOG(b, x), LOG2, LOG10 and LN
 * (NULL where undefined), POW. Numbers are compared to 12 significant digits: PostgreSQL's
 * numeric quotients and logarithms carry more digits than MySQL's.
 */
class MySqlArithmeticOnBothTest {

    @Test
    void numericFunctionsGiveTheSameValuesOnBothServers() throws Exception {
        String mysql = """
                CREATE TABLE n (id INT PRIMARY KEY, i INT, d DECIMAL(8,3), f DOUBLE, z INT);
                CREATE VIEW v_trunc AS SELECT id, TRUNCATE(d, 2) AS td, TRUNCATE(f, 2) AS tf, TRUNCATE(i, -1) AS ti,
                  ROUND(d, 1) AS rd, ROUND(f, 1) AS rf, ROUND(d) AS r0, ROUND(i, -1) AS ri FROM n;
                CREATE VIEW v_mod AS SELECT id, MOD(i, 3) AS m3, i % z AS mz, MOD(f, 2) AS mf, i / 2 AS half, i / z AS q,
                  7 / 2 AS lit, POW(i, 2) AS p FROM n;
                CREATE VIEW v_log AS SELECT id, LOG(f) AS lf, LOG(2, i) AS l2, LOG(1, i) AS l1, LOG2(i) AS lg2,
                  LOG10(i) AS l10, LN(i) AS ln FROM n;
                DELIMITER //
                CREATE FUNCTION ratio(a INT, b INT) RETURNS DECIMAL(10,4) DETERMINISTIC RETURN a / b //
                CREATE FUNCTION cut(x DOUBLE, places INT) RETURNS DOUBLE DETERMINISTIC RETURN TRUNCATE(x, places) //
                DELIMITER ;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO n VALUES (1, 7, 1.999, 1.999, 4), (2, -7, -2.554, -2.554, 2), (3, 122, 0.5, 8.26, 5),"
                    + " (4, NULL, NULL, NULL, NULL), (5, 0, 0.1, 0, -3);";
            both.runOnBoth(rows, rows);
            for (String view : List.of("v_trunc", "v_mod", "v_log")) {
                String query = "SELECT * FROM " + view + " ORDER BY id";
                assertThat(numbers(both.onPostgres(query))).as(view).isEqualTo(numbers(both.onMariaDb(query)));
            }
            for (String call : List.of("ratio(7, 2)", "ratio(1, 3)", "cut(-1.999, 2)", "cut(1234.5, -2)")) {
                assertThat(numbers(both.onPostgres("SELECT " + call))).as(call).isEqualTo(numbers(both.onMariaDb("SELECT " + call)));
            }
            assertThat(both.script).contains("trunc(CAST(f AS DECIMAL), 2)", "log(CAST(2 AS DECIMAL), CAST(i AS DECIMAL))");
            // A zero divisor raises in a stored program on both (MySQL's default strict sql_mode).
            assertThatThrownBy(() -> both.onMariaDb("SELECT ratio(1, 0)")).hasMessageContaining("Division by 0");
            assertThatThrownBy(() -> both.onPostgres("SELECT ratio(1, 0)")).hasMessageContaining("division by zero");
            // The documented difference: MySQL rounds a tie of a DOUBLE to even (the C library's rule), the converted
            // ROUND rounds the value as numeric, away from zero, as MySQL rounds DECIMAL values.
            both.runOnBoth("UPDATE n SET f = 8.25 WHERE id = 3", "UPDATE n SET f = 8.25 WHERE id = 3");
            String tie = "SELECT rf FROM v_trunc WHERE id = 3";
            assertThat(both.onMariaDb(tie)).containsExactly(List.of("8.2"));
            assertThat(both.onPostgres(tie)).containsExactly(List.of("8.3"));
        }
    }

    /**
     * A view divides by zero to NULL on MariaDB, as MySQL does in a query under any sql_mode: /, DIV, MOD and % by a
     * zero column, expression or literal give NULL on PostgreSQL too (NULLIF(divisor, 0), SS-MY-0188); a literal
     * divisor other than 0 is left alone. A stored program still raises on both (see above).
     */
    @Test
    void aViewDividesByZeroToNullAsOnMariaDb() throws Exception {
        String mysql = """
                CREATE TABLE n (id INT PRIMARY KEY, i INT, d DECIMAL(8,3), f DOUBLE, z INT);
                CREATE VIEW v_zero AS SELECT id, i / z AS q, i DIV z AS iq, MOD(i, z) AS m, i % z AS p, d / (z - z) AS e,
                  f / z AS fq, MOD(f, z) AS fm, i / 0 AS lit, i / 4 AS four, i DIV 0 AS dz FROM n;
                """;
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO n VALUES (1, 7, 1.5, 2.5, 0), (2, -7, 2.25, 3.5, 2), (3, NULL, NULL, NULL, NULL), (4, 9, 1, 1, 0);";
            both.runOnBoth(rows, rows);
            String query = "SELECT * FROM v_zero ORDER BY id";
            assertThat(numbers(both.onPostgres(query))).isEqualTo(numbers(both.onMariaDb(query)));
            assertThat(both.script).contains("/ 4 AS four").doesNotContain("NULLIF(4");
            assertThat(both.codes()).contains("SS-MY-0188");
        }
    }

    /** The rows with each number to 12 significant digits, without trailing zeros. */
    private static List<List<String>> numbers(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(MySqlArithmeticOnBothTest::number).toList()).toList();
    }

    private static String number(String value) {
        if (value == null) return null;
        try {
            return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}

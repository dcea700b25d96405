package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.testing.SharedPostgres;

/**
 * Each source function is read once into a canonical tree and spelled by each target: the
 * expected PostgreSQL and MySQL text side by side, "unsupported: why" where MySQL cannot express
 * it (the clause is then commented out with an action item naming the reason). The PostgreSQL text
 * runs on embedded PostgreSQL and gives the value the source documents; MySQL's runs on MariaDB
 * once the shared MariaDB server lands.
 */
class FunctionsOnBothTargetsTest {
    private static Connection db;

    @BeforeAll
    static void database() throws SQLException {
        db = SharedPostgres.freshDatabase("both_targets");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // source, expression, PostgreSQL, value on PostgreSQL, MySQL
                Arguments.of("oracle", "NVL(NULL, 'none')", "COALESCE(NULL, 'none')", "none", "COALESCE(NULL, 'none')"),
                Arguments.of("oracle", "ADD_MONTHS(DATE '2024-01-31', 1)",
                        "oracle_compat.add_months(TIMESTAMP '2024-01-31 00:00:00', 1)", "2024-02-29 00:00:00",
                        "DATE_ADD(TIMESTAMP '2024-01-31 00:00:00', INTERVAL 1 MONTH)"),
                Arguments.of("oracle", "'a' || 'b'", "'a' || 'b'", "ab", "CONCAT('a', 'b')"),
                // NULL counts as '' and an empty result is NULL: one NULLIF around the whole chain
                Arguments.of("oracle", "UPPER('a') || UPPER(NULL) || UPPER('c')",
                        "NULLIF(COALESCE(UPPER('a'), '') || COALESCE(UPPER(NULL), '') || COALESCE(UPPER('c'), ''), '')", "AC",
                        "NULLIF(CONCAT(CONCAT(COALESCE(UPPER('a'), ''), COALESCE(UPPER(NULL), '')), COALESCE(UPPER('c'), '')), '')"),
                Arguments.of("oracle", "LAST_DAY(DATE '2024-02-10')", "oracle_compat.last_day(TIMESTAMP '2024-02-10 00:00:00')",
                        "2024-02-29 00:00:00", "TIMESTAMP(LAST_DAY(TIMESTAMP '2024-02-10 00:00:00'), TIME(TIMESTAMP '2024-02-10 00:00:00'))"),
                Arguments.of("oracle", "TRUNC(DATE '2024-08-17', 'MM')", "DATE_TRUNC('month', TIMESTAMP '2024-08-17 00:00:00')",
                        "2024-08-01 00:00:00", "CAST(DATE_FORMAT(TIMESTAMP '2024-08-17 00:00:00', '%Y-%m-01 00:00:00') AS DATETIME)"),
                Arguments.of("oracle", "TRUNC(DATE '2024-08-17', 'WW')", "oracle_compat.trunc(TIMESTAMP '2024-08-17 00:00:00', 'WW')",
                        "2024-08-12 00:00:00", "unsupported: MySQL has no TRUNC/ROUND of a date by an Oracle format model"),
                Arguments.of("oracle", "TO_CHAR(DATE '2024-03-05', 'YYYY-MM-DD HH24:MI:SS')",
                        "to_char(TIMESTAMP '2024-03-05 00:00:00', 'YYYY-MM-DD HH24:MI:SS')", "2024-03-05 00:00:00",
                        "DATE_FORMAT(TIMESTAMP '2024-03-05 00:00:00', '%Y-%m-%d %H:%i:%s')"),
                Arguments.of("oracle", "TO_CHAR(DATE '2024-03-05', 'FMMonth')", "to_char(TIMESTAMP '2024-03-05 00:00:00', 'FMMonth')",
                        "March", "unsupported: the format model 'FMMonth' has an element DATE_FORMAT cannot write"),
                Arguments.of("oracle", "DECODE(2, 1, 'one', 2, 'two', 'other')",
                        "CASE WHEN 2 = 1 THEN 'one' WHEN 2 = 2 THEN 'two' ELSE 'other' END", "two",
                        "CASE WHEN 2 = 1 THEN 'one' WHEN 2 = 2 THEN 'two' ELSE 'other' END"),
                Arguments.of("oracle", "GREATEST(1, NULL, 3)", "CASE WHEN NULL IS NULL THEN NULL ELSE greatest(1, NULL, 3) END", null,
                        "GREATEST(1, NULL, 3)"),
                Arguments.of("oracle", "CASE WHEN REGEXP_LIKE('Smith', '^smith$', 'i') THEN 'match' END",
                        "CASE WHEN regexp_like('Smith', '^smith$', 'ip') THEN 'match' END", "match",
                        "CASE WHEN 'Smith' REGEXP '(?i)^smith$' THEN 'match' END"),
                Arguments.of("oracle", "SUBSTR('ABCDEFG', -5, 4)", "oracle_compat.substr('ABCDEFG', -5, 4)", "CDEF",
                        "NULLIF(SUBSTRING('ABCDEFG', CASE WHEN -5 = 0 THEN 1 ELSE -5 END, 4), '')"),
                Arguments.of("oracle", "INSTR('CORPORATE FLOOR', 'OR', 3, 2)", "oracle_compat.instr('CORPORATE FLOOR', 'OR', 3, 2)", "14",
                        "unsupported: MySQL's INSTR and LOCATE take no occurrence and cannot search backwards"),
                Arguments.of("oracle", "DATE '2024-02-28' + 1", "CAST(TIMESTAMP '2024-02-28 00:00:00' + 1 * INTERVAL '1' DAY AS TIMESTAMP(0))",
                        "2024-02-29 00:00:00", "CAST(DATE_ADD(TIMESTAMP '2024-02-28 00:00:00', INTERVAL 1 * 86400 SECOND) AS DATETIME(0))"),
                Arguments.of("oracle", "7 / 2", "CAST(7 AS DECIMAL) / 2", "3.5000000000000000", "CAST(7 AS DECIMAL(65, 30)) / 2"),
                Arguments.of("oracle", "LENGTH('CANDIDE')", "CHAR_LENGTH('CANDIDE')", "7", "CHAR_LENGTH('CANDIDE')"),
                Arguments.of("mysql", "IFNULL(NULL, 'x')", "COALESCE(NULL, 'x')", "x", "COALESCE(NULL, 'x')"),
                Arguments.of("mysql", "CONCAT('a', 'b', 'c')", "'a' || 'b' || 'c'", "abc", "CONCAT(CONCAT('a', 'b'), 'c')"),
                Arguments.of("mysql", "7 DIV 2", "div(7, 2)", "3", "7 DIV 2"),
                Arguments.of("mysql", "7 / 2", "CAST(7 AS DECIMAL) / 2", "3.5000000000000000", "CAST(7 AS DECIMAL(65, 30)) / 2"),
                Arguments.of("mysql", "MOD(7.5e0, 2)", "MOD(7.5E0, 2)", "1.5", "MOD(7.5E0, 2)"),
                Arguments.of("mysql", "TRUNCATE(1.999e0, 2)", "trunc(1.999E0, 2)", "1.99", "TRUNCATE(1.999E0, 2)"),
                Arguments.of("mysql", "LOG(EXP(2))", "CASE WHEN EXP(2) > 0 THEN LN(EXP(2)) ELSE NULL END", "2",
                        "CASE WHEN EXP(2) > 0 THEN LN(EXP(2)) ELSE NULL END"),
                Arguments.of("mysql", "LOG(2, 8)", "CASE WHEN 2 > 1 AND 8 > 0 THEN log(CAST(2 AS DECIMAL), CAST(8 AS DECIMAL)) ELSE NULL END",
                        "3.0000000000000000", "CASE WHEN 2 > 1 AND 8 > 0 THEN LOG(2, 8) ELSE NULL END"),
                Arguments.of("mysql", "DATEDIFF('2024-03-01', '2024-02-28')", "CAST('2024-03-01' AS DATE) - CAST('2024-02-28' AS DATE)", "2",
                        "DATEDIFF('2024-03-01', '2024-02-28')"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} / {4}")
    @MethodSource("cases")
    void oneSourceFunctionIsSpelledByEachTarget(String source, String expression, String postgresql, String value, String mysql)
            throws SQLException {
        TwoTargets.Converted converted = TwoTargets.convert(source, expression);
        assertThat(converted.canonical()).as("canonical tree (items: %s)", converted.items()).isNotNull();

        TwoTargets.Written pg = converted.postgresql();
        assertThat(pg.sql()).as("PostgreSQL").isEqualTo(postgresql);
        assertThat(TwoTargets.valueOnPostgresql(db, pg)).as("value of %s on PostgreSQL", pg.sql()).isEqualTo(value);

        TwoTargets.Written my = converted.mysql();
        if (mysql.startsWith("unsupported: ")) {
            assertThat(my.sql()).as("MySQL").isNull();
            assertThat(my.items()).singleElement().satisfies(item -> {
                assertThat(item.code()).isEqualTo(GeneralCode.UNMAPPED_FUNCTION);
                assertThat(item.message()).contains(mysql.substring("unsupported: ".length()));
            });
        } else {
            assertThat(my.sql()).as("MySQL").isEqualTo(mysql);
        }
    }
}

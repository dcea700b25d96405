package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.emit.SourceStorageBehaviourTest.convert;
import static org.schemashift.emit.SourceStorageBehaviourTest.on;
import static org.schemashift.emit.SourceStorageBehaviourTest.run;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemashift.model.ActionItem;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;

/**
 * Partitioned tables on the MySQL target (issue 13): what MySQL 8.0 and MariaDB 10.11 both take is
 * written as PARTITION BY RANGE COLUMNS, LIST COLUMNS, HASH or KEY, applied on MariaDB, and rows go
 * to the partition the source puts them in; a row no partition takes is refused, as Oracle refuses
 * it (ORA-14400). What MySQL refuses leaves the table whole with an item saying why.
 */
class PartitionedTablesOnMySqlTest {
    /** As DBMS_METADATA.GET_DDL writes a range-partitioned table: bounds are TO_DATE calls with an NLS parameter. */
    static final String ORACLE_RANGE = """
            CREATE TABLE sales (id NUMBER(9), sold DATE NOT NULL)
            PARTITION BY RANGE (sold) (
              PARTITION p2019h1 VALUES LESS THAN (TO_DATE(' 2019-07-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')),
              PARTITION p2019h2 VALUES LESS THAN (TO_DATE(' 2020-01-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')));
            """;

    private static List<String> partition(Connection db, String table, String partition) throws Exception {
        return JdbcRows.column(db, "SELECT id FROM " + table + " PARTITION (" + partition + ") ORDER BY id");
    }

    @Test
    void anOracleRangeOnDatesRoutesRowsAndRefusesARowBeyondTheLastBound() throws Exception {
        assertThat(SchemaScript.render(convert("oracle", "mysql", "range", ORACLE_RANGE)))
                .contains("PARTITION BY RANGE COLUMNS (sold)", "VALUES LESS THAN ('2019-07-01 00:00:00')");
        try (Connection db = on("mysql", "oracle", "range_dates", ORACLE_RANGE)) {
            run("mysql", db, "INSERT INTO sales VALUES (1, '2019-03-01'), (2, '2019-07-01'), (3, '2019-12-31 23:59:59')");
            assertThat(partition(db, "sales", "p2019h1")).containsExactly("1");
            assertThat(partition(db, "sales", "p2019h2")).containsExactly("2", "3");
            assertThatThrownBy(() -> run("mysql", db, "INSERT INTO sales VALUES (4, '2020-01-01')"))
                    .hasMessageContaining("no partition");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "mysql"})
    void anOracleRangeWithMaxvalueAndAListAndAHashTakeEveryRow(String target) throws Exception {
        String oracle = """
                CREATE TABLE orders (id NUMBER(9) PRIMARY KEY) PARTITION BY RANGE (id)
                  (PARTITION small VALUES LESS THAN (100), PARTITION large VALUES LESS THAN (MAXVALUE));
                CREATE TABLE offices (id NUMBER(9), region VARCHAR2(10), PRIMARY KEY (id, region)) PARTITION BY LIST (region)
                  (PARTITION europe VALUES ('EU', 'UK'), PARTITION america VALUES ('US'));
                CREATE TABLE events (id NUMBER(9) PRIMARY KEY, code VARCHAR2(10)) PARTITION BY HASH (id) PARTITIONS 4;
                CREATE TABLE tags (code VARCHAR2(10) PRIMARY KEY) PARTITION BY HASH (code) PARTITIONS 2;
                """;
        try (Connection db = on(target, "oracle", "range_list_hash", oracle)) {
            run(target, db, "INSERT INTO orders VALUES (5); INSERT INTO orders VALUES (100); INSERT INTO orders VALUES (99999);"
                    + "INSERT INTO offices VALUES (1, 'UK'); INSERT INTO offices VALUES (2, 'US');"
                    + "INSERT INTO events VALUES (1, 'a'); INSERT INTO events VALUES (2, 'b'); INSERT INTO tags VALUES ('x')");
            if (target.equals("mysql")) {
                assertThat(partition(db, "orders", "small")).containsExactly("5");
                assertThat(partition(db, "orders", "large")).containsExactly("100", "99999");
                assertThat(partition(db, "offices", "europe")).containsExactly("1");
                assertThat(JdbcRows.column(db, "SELECT CONCAT(TABLE_NAME, ' ', PARTITION_METHOD, ' ', COUNT(*))"
                        + " FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('events', 'tags')"
                        + " GROUP BY TABLE_NAME, PARTITION_METHOD ORDER BY TABLE_NAME")).containsExactly("events HASH 4", "tags KEY 2");
            } else {
                assertThat(JdbcRows.column(db, "SELECT id || ':' || tableoid::regclass FROM orders ORDER BY id"))
                        .containsExactly("5:small", "100:large", "99999:large");
            }
            assertThatThrownBy(() -> run(target, db, "INSERT INTO offices VALUES (3, 'FR')")).hasMessageContaining("partition");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "mysql"})
    void aMySqlTablePartitionedOnColumnsKeepsItsPartitions(String target) throws Exception {
        String mysql = """
                CREATE TABLE visits (id INT NOT NULL, seen DATE NOT NULL, PRIMARY KEY (id, seen))
                  PARTITION BY RANGE COLUMNS (seen) (PARTITION y2019 VALUES LESS THAN ('2020-01-01'), PARTITION later VALUES LESS THAN (MAXVALUE));
                CREATE TABLE shops (id INT NOT NULL, zone INT) PARTITION BY LIST (zone) (PARTITION north VALUES IN (1, 2), PARTITION south VALUES IN (3, NULL));
                CREATE TABLE codes (code VARCHAR(10) NOT NULL PRIMARY KEY) PARTITION BY KEY (code) PARTITIONS 3;
                """;
        try (Connection db = on(target, "mysql", "mysql_partitions", mysql)) {
            run(target, db, "INSERT INTO visits VALUES (1, '2019-05-01'); INSERT INTO visits VALUES (2, '2021-01-01');"
                    + "INSERT INTO shops VALUES (1, 3); INSERT INTO shops VALUES (2, NULL); INSERT INTO codes VALUES ('a')");
            assertThat(JdbcRows.column(db, target.equals("mysql") ? "SELECT id FROM visits PARTITION (later)" : "SELECT id FROM later"))
                    .containsExactly("2");
            assertThatThrownBy(() -> run(target, db, "INSERT INTO shops VALUES (3, 9)")).hasMessageContaining("partition");
        }
    }

    @Test
    void anOracleRangeSubpartitionedByHashKeepsItsSubpartitionsOnMySqlAndIsReportedOnPostgresql() throws Exception {
        String oracle = """
                CREATE TABLE readings (id NUMBER(9), taken DATE, PRIMARY KEY (id, taken))
                  PARTITION BY RANGE (taken) SUBPARTITION BY HASH (id) SUBPARTITIONS 4
                  (PARTITION y2019 VALUES LESS THAN (DATE '2020-01-01'), PARTITION later VALUES LESS THAN (MAXVALUE));
                """;
        try (Connection db = on("mysql", "oracle", "subpartitions", oracle)) {
            run("mysql", db, "INSERT INTO readings VALUES (1, '2019-05-01'), (2, '2019-06-01'), (3, '2021-01-01')");
            assertThat(partition(db, "readings", "y2019")).containsExactly("1", "2");
            assertThat(JdbcRows.column(db, "SELECT CONCAT(PARTITION_NAME, ' ', SUBPARTITION_METHOD, ' ', COUNT(*))"
                    + " FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'readings'"
                    + " GROUP BY PARTITION_NAME, SUBPARTITION_METHOD ORDER BY PARTITION_NAME")).containsExactly("later HASH 4", "y2019 HASH 4");
        }
        assertThat(convert("oracle", "postgresql", "subpartitions", oracle).conversionItems())
                .anyMatch(item -> item.code().code().equals("SS-GEN-0015") && item.message().contains("subpartitions"));
    }

    @Test
    void whatMySqlRefusesLeavesTheTableWholeWithTheReason() throws Exception {
        String oracle = """
                CREATE TABLE parent (id NUMBER(9) PRIMARY KEY, born DATE, region VARCHAR2(2), amount NUMBER(10, 2))
                  PARTITION BY RANGE (born) (PARTITION old VALUES LESS THAN (DATE '2000-01-01'));
                CREATE TABLE child (id NUMBER(9) PRIMARY KEY, parent_id NUMBER(9) REFERENCES parent)
                  PARTITION BY HASH (id) PARTITIONS 2;
                CREATE TABLE regions (region VARCHAR2(2) PRIMARY KEY) PARTITION BY LIST (region)
                  (PARTITION eu VALUES ('EU'), PARTITION other VALUES (DEFAULT));
                CREATE TABLE amounts (amount NUMBER(10, 2)) PARTITION BY RANGE (amount) (PARTITION low VALUES LESS THAN (10.5));
                """;
        ConversionResult result = convert("oracle", "mysql", "refused", oracle);
        assertThat(result.conversionItems()).extracting(ActionItem::code).extracting(c -> c.code())
                .contains("SS-MYSQL-0703", "SS-MYSQL-0704", "SS-MYSQL-0705", "SS-MYSQL-0706");
        assertThat(SchemaScript.render(result)).doesNotContain("\nPARTITION BY");
        try (Connection db = on("mysql", "oracle", "refused", oracle)) {
            run("mysql", db, "INSERT INTO parent (id) VALUES (1); INSERT INTO child VALUES (1, 1); INSERT INTO regions VALUES ('XX')");
            assertThatThrownBy(() -> run("mysql", db, "INSERT INTO child VALUES (2, 7)")).hasMessageContaining("foreign key");
        }
    }
}

package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * Storage objects behave on the target as they did on the source (issue 13): each test converts
 * a small source script, applies it to a real server and checks what rows do.
 */
class SourceStorageBehaviourTest {

    static ConversionResult convert(String from, String to, String name, String sql) {
        return new ConversionPipeline(from, to, null).run(List.of(new SourceFile(name + ".sql", sql)));
    }

    static Connection onPostgres(String from, String name, String sql) throws SQLException {
        Connection db = SharedPostgres.freshDatabase(name);
        SharedPostgres.runScript(db, SchemaScript.render(convert(from, "postgresql", name, sql)));
        return db;
    }

    static Connection onMariaDb(String from, String name, String sql) throws SQLException {
        Connection db = SharedMariaDb.freshDatabase(name);
        SharedMariaDb.runScript(db, SchemaScript.render(convert(from, "mysql", name, sql)));
        return db;
    }

    /** The converted {@code sql} applied on a fresh database of {@code target}'s test server. */
    static Connection on(String target, String from, String name, String sql) throws SQLException {
        return target.equals("mysql") ? onMariaDb(from, name, sql) : onPostgres(from, name, sql);
    }

    static void run(String target, Connection db, String script) throws SQLException {
        if (target.equals("mysql")) SharedMariaDb.runScript(db, script);
        else SharedPostgres.runScript(db, script);
    }

    @Nested
    class OracleDefaultOnNull {
        static final String ORACLE = """
                CREATE TABLE orders (
                  id NUMBER(9) PRIMARY KEY,
                  status VARCHAR2(10) DEFAULT ON NULL 'new' NOT NULL,
                  note VARCHAR2(10) DEFAULT 'x'
                );
                """;

        @ParameterizedTest(name = "on {0}")
        @ValueSource(strings = {"postgresql", "mysql"})
        void anExplicitNullTakesTheDefault(String target) throws Exception {
            try (Connection db = on(target, "oracle", "default_on_null", ORACLE)) {
                run(target, db, "INSERT INTO orders (id, status, note) VALUES (1, NULL, NULL); INSERT INTO orders (id) VALUES (2);"
                        + "INSERT INTO orders (id, status) VALUES (3, 'paid')");
                assertThat(JdbcRows.column(db, "SELECT CONCAT(status, '/', COALESCE(note, '-')) FROM orders ORDER BY id"))
                        .containsExactly("new/-", "new/x", "paid/x");
            }
        }

        @Test
        void theItemIsInformational() {
            var result = convert("oracle", "postgresql", "default_on_null", ORACLE);
            assertThat(result.statements().stream().flatMap(s -> s.actionItems().stream()))
                    .filteredOn(item -> item.code().code().equals("SS-ORA-0208"))
                    .singleElement().satisfies(item -> assertThat(item.severity().name()).isEqualTo("INFO"));
        }
    }

    @Nested
    class OracleImplicitConversions {
        /** Oracle converts the character side to a number (ORA-01722 if it is not one), so '001' = 1 and '1.50' * 2 = 3. */
        static final String ORACLE = """
                CREATE TABLE item (id NUMBER(9) PRIMARY KEY, code CHAR(4), qty VARCHAR2(10), hired DATE,
                  CONSTRAINT qty_positive CHECK (qty > 0));
                CREATE VIEW matching AS SELECT id FROM item WHERE code = 1 OR code * 2 = 3 OR id = qty;
                """;
        static final String ROWS = "INSERT INTO item VALUES (1, '001', '5', NULL); INSERT INTO item VALUES (2, '1.50', '7', NULL);"
                + " INSERT INTO item VALUES (3, '2', '8', NULL); INSERT INTO item VALUES (4, '9', '4', NULL)";

        @ParameterizedTest(name = "on {0}")
        @ValueSource(strings = {"postgresql", "mysql"})
        void theViewReturnsOraclesRowsAndTheCheckHolds(String target) throws Exception {
            try (Connection db = on(target, "oracle", "implicit_conversions", ORACLE)) {
                run(target, db, ROWS);
                assertThat(JdbcRows.column(db, "SELECT id FROM matching ORDER BY id")).containsExactly("1", "2", "4");
                assertThatThrownBy(() -> run(target, db, "INSERT INTO item (id, qty) VALUES (5, '-1')"))
                        .hasMessageContaining("qty_positive");
            }
        }

        @Test
        void textComparedWithADateIsReadByTheDefaultFormatAndReported() throws Exception {
            var result = convert("oracle", "postgresql", "nls_date", """
                    CREATE TABLE ev (id NUMBER(9), at DATE, note VARCHAR2(20));
                    CREATE VIEW recent AS SELECT id FROM ev WHERE at > '01-JAN-2020' OR at = note;
                    """);
            assertThat(result.conversionItems()).anyMatch(item -> item.code().code().equals("SS-ORA-0303"));
            try (Connection db = SharedPostgres.freshDatabase("nls_date")) {
                SharedPostgres.runScript(db, SchemaScript.render(result));
                SharedPostgres.runScript(db, "INSERT INTO ev VALUES (1, '2021-05-01', NULL), (2, '2019-05-01', '2019-05-01')");
                assertThat(JdbcRows.column(db, "SELECT id FROM recent ORDER BY id")).containsExactly("1", "2");
            }
        }
    }

    @Nested
    class OraclePartitionBounds {
        /** As DBMS_METADATA.GET_DDL writes a range-partitioned table. */
        static final String ORACLE = """
                CREATE TABLE sales (id NUMBER(9), sold DATE NOT NULL)
                PARTITION BY RANGE (sold) (
                  PARTITION p2019h1 VALUES LESS THAN (TO_DATE(' 2019-07-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')),
                  PARTITION p2019h2 VALUES LESS THAN (TO_DATE(' 2020-01-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')),
                  PARTITION pmax VALUES LESS THAN (MAXVALUE));
                """;

        @Test
        void thePartitionedTableAcceptsAndRoutesRowsOnPostgresql() throws Exception {
            try (Connection db = onPostgres("oracle", "partition_bounds", ORACLE)) {
                SharedPostgres.runScript(db, "INSERT INTO sales VALUES (1, '2019-03-01'), (2, '2019-07-01'), (3, '2019-12-31 23:59:59'),"
                        + " (4, '2024-01-01')");
                assertThat(JdbcRows.column(db, "SELECT id || ':' || tableoid::regclass FROM sales ORDER BY id"))
                        .containsExactly("1:p2019h1", "2:p2019h2", "3:p2019h2", "4:pmax");
            }
        }

        @Test
        void otherNlsParametersAreReported() {
            var result = convert("oracle", "postgresql", "nls", """
                    CREATE TABLE t (d DATE DEFAULT TO_DATE('01-JANV-2020', 'DD-MON-YYYY', 'NLS_DATE_LANGUAGE=FRENCH'));
                    """);
            assertThat(SchemaScript.render(result)).doesNotContain("DEFAULT to_timestamp");
            assertThat(result.conversionItems()).anyMatch(item -> item.message().contains("NLS parameters"));
        }
    }

    @Nested
    class MySqlForeignKeyIndexes {
        static final String MYSQL = """
                CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(40));
                CREATE TABLE orders (
                  id INT PRIMARY KEY,
                  customer_id INT NOT NULL,
                  seller_id INT,
                  buyer_id INT,
                  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
                  FOREIGN KEY (seller_id) REFERENCES customer (id),
                  KEY buyer (buyer_id, seller_id),
                  FOREIGN KEY (buyer_id) REFERENCES customer (id)
                );
                """;

        @Test
        void eachForeignKeyWithoutAnIndexGetsTheIndexInnoDbWouldCreateAndQueriesUseIt() throws Exception {
            try (Connection db = onPostgres("mysql", "fk_indexes", MYSQL)) {
                assertThat(JdbcRows.column(db, "SELECT indexname || ' ' || regexp_replace(indexdef, '.*USING btree ', '') FROM pg_indexes"
                        + " WHERE tablename = 'orders' ORDER BY indexname"))
                        .containsExactly("buyer (buyer_id, seller_id)", "fk_orders_customer (customer_id)", "orders_pkey (id)",
                                "seller_id (seller_id)");
                SharedPostgres.runScript(db, "INSERT INTO customer SELECT g, 'c' || g FROM generate_series(1, 2000) g;"
                        + "INSERT INTO orders SELECT g, 1 + g % 2000, 1 + g % 1999, NULL FROM generate_series(1, 20000) g; ANALYZE");
                String plan = String.join("\n", JdbcRows.column(db, "EXPLAIN SELECT * FROM orders WHERE customer_id = 7"));
                assertThat(plan).contains("fk_orders_customer");
            }
        }

        @Test
        void theIndexesAreCountedInTheReport() {
            var result = convert("mysql", "postgresql", "fk_indexes", MYSQL);
            assertThat(result.conversionItems()).filteredOn(item -> item.code().code().equals("SS-MY-0200")).hasSize(2);
        }
    }

    @Nested
    class MySqlWholeColumnPrefixKeys {
        static final String MYSQL = """
                CREATE TABLE tag (id INT PRIMARY KEY, name VARCHAR(191) NOT NULL, code VARCHAR(20),
                  UNIQUE KEY uk_tag_name (name(191)), UNIQUE KEY uk_code_start (code(3)));
                CREATE TABLE tagging (id INT PRIMARY KEY, tag_name VARCHAR(191),
                  CONSTRAINT fk_tagging_tag FOREIGN KEY (tag_name) REFERENCES tag (name));
                """;

        @ParameterizedTest(name = "on {0}")
        @ValueSource(strings = {"postgresql", "mysql"})
        void theUniqueKeyRejectsADuplicateAndTheForeignKeyReferencingItApplies(String target) throws Exception {
            try (Connection db = on(target, "mysql", "prefix_keys", MYSQL)) {
                run(target, db, "INSERT INTO tag VALUES (1, 'java', 'abc1'); INSERT INTO tagging VALUES (1, 'java')");
                assertThatThrownBy(() -> run(target, db, "INSERT INTO tag VALUES (2, 'java', 'y')"))
                        .hasMessageContaining("uk_tag_name");
                assertThatThrownBy(() -> run(target, db, "INSERT INTO tagging VALUES (2, 'sql')"))
                        .hasMessageContaining("fk_tagging_tag");
                // a shorter prefix keeps MySQL's meaning: unique on the first three characters
                assertThatThrownBy(() -> run(target, db, "INSERT INTO tag VALUES (3, 'sql', 'abc2')"))
                        .hasMessageContaining("uk_code_start");
            }
        }
    }

    @Nested
    class MySqlTinyintOneAsBoolean {
        static final String MYSQL = """
                CREATE TABLE account (
                  id INT PRIMARY KEY,
                  active TINYINT(1) NOT NULL DEFAULT 1,
                  verified BOOL DEFAULT 0,
                  level TINYINT NOT NULL DEFAULT 3,
                  CONSTRAINT ck_flags CHECK (active IN (0, 1) AND (verified = 1 OR active = 0))
                );
                """;

        @Test
        void isABooleanOnPostgresqlAndItsDefaultsAndChecksStillWork() throws Exception {
            try (Connection db = onPostgres("mysql", "tinyint_one", MYSQL)) {
                assertThat(JdbcRows.column(db, "SELECT column_name || ' ' || data_type FROM information_schema.columns"
                        + " WHERE table_name = 'account' ORDER BY ordinal_position"))
                        .containsExactly("id integer", "active boolean", "verified boolean", "level smallint");
                SharedPostgres.runScript(db, "INSERT INTO account (id, verified) VALUES (1, true); INSERT INTO account (id, active) VALUES (2, false)");
                assertThat(JdbcRows.column(db, "SELECT active || '/' || verified || '/' || level FROM account ORDER BY id"))
                        .containsExactly("true/true/3", "false/false/3");
                assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO account (id, verified) VALUES (3, false)"))
                        .hasMessageContaining("ck_flags");
            }
        }

        @Test
        void aUserRuleKeepsTheNumberAndTheComparisonsStayNumeric(@TempDir Path dir) throws Exception {
            Path rules = Files.writeString(dir.resolve("rules.yaml"), """
                    types:
                      - {id: KEEP-TINYINT, match: {type: tinyint, length: 1}, target: smallint}
                    """);
            var result = new ConversionPipeline("mysql", "postgresql", rules).run(List.of(new SourceFile("keep.sql", MYSQL)));
            try (Connection db = SharedPostgres.freshDatabase("tinyint_kept")) {
                SharedPostgres.runScript(db, SchemaScript.render(result));
                SharedPostgres.runScript(db, "INSERT INTO account (id, active, verified) VALUES (1, 1, true)");
                assertThat(JdbcRows.column(db, "SELECT pg_typeof(active) || '/' || active FROM account")).containsExactly("smallint/1");
                assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO account (id, active) VALUES (2, 2)"))
                        .hasMessageContaining("ck_flags");
            }
        }
    }

    /**
     * A foreign-key column is typed like the column it references on the target (an identity
     * NUMBER is bigint, a plain NUMBER numeric; MySQL's BIGINT UNSIGNED AUTO_INCREMENT is bigint,
     * a plain one numeric(20)), found by the source's name rules: a quoted or case-differing
     * reference finds its own table, not one that folds alike, and renames do not matter.
     */
    @Nested
    class ForeignKeyTypesAcrossNames {
        static final String ORACLE = """
                CREATE TABLE "orders" (id NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
                CREATE TABLE ORDERS (id NUMBER PRIMARY KEY);
                CREATE TABLE "Parent" ("Key" NUMBER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);
                CREATE TABLE line (id NUMBER(5) PRIMARY KEY, quoted_order NUMBER REFERENCES "orders",
                  plain_order NUMBER REFERENCES Orders (ID), parent NUMBER);
                ALTER TABLE line ADD CONSTRAINT line_parent_fk FOREIGN KEY (parent) REFERENCES "Parent" ("Key");
                """;

        @Test
        void eachKeyAppliesOnPostgresqlWithItsOwnParentsType(@TempDir Path dir) throws Exception {
            Path rules = Files.writeString(dir.resolve("rules.yaml"), """
                    rename:
                      - {id: P, kind: table, name: Parent, to: owner}
                      - {id: K, kind: column, table: Parent, name: Key, to: owner_id}
                    """);
            var result = new ConversionPipeline("oracle", "postgresql", rules).run(List.of(new SourceFile("fk_names.sql", ORACLE)));
            try (Connection db = SharedPostgres.freshDatabase("fk_names")) {
                SharedPostgres.runScript(db, SchemaScript.render(result));
                assertThat(JdbcRows.column(db, "SELECT column_name || ' ' || data_type FROM information_schema.columns"
                        + " WHERE table_name = 'line' ORDER BY ordinal_position"))
                        .containsExactly("id integer", "quoted_order bigint", "plain_order numeric", "parent bigint");
                assertThat(JdbcRows.column(db, "SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY conname"))
                        .containsExactly("line_parent_fk", "line_plain_order_fkey", "line_quoted_order_fkey");
                SharedPostgres.runScript(db, "INSERT INTO orders DEFAULT VALUES; INSERT INTO orders_2 VALUES (7);"
                        + " INSERT INTO owner DEFAULT VALUES; INSERT INTO line VALUES (1, 1, 7, 1)");
                assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO line VALUES (2, 7, 1, 1)"))
                        .hasMessageContaining("line_quoted_order_fkey");
            }
        }

        @ParameterizedTest(name = "on {0}")
        @ValueSource(strings = {"postgresql", "mysql"})
        void aMySqlTableDifferingOnlyInCaseKeepsItsOwnKeyType(String target) throws Exception {
            String mysql = """
                    CREATE TABLE `Users` (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY);
                    CREATE TABLE users (id BIGINT UNSIGNED PRIMARY KEY);
                    CREATE TABLE post (author BIGINT UNSIGNED, reader BIGINT UNSIGNED,
                      CONSTRAINT post_author FOREIGN KEY (author) REFERENCES `Users` (`ID`),
                      CONSTRAINT post_reader FOREIGN KEY (reader) REFERENCES users (id));
                    """;
            // the second name is made unique on both targets (MySQL's tables may be case-insensitive on the target server)
            String[] parents = target.equals("mysql") ? new String[] {"Users", "users_2"} : new String[] {"users", "users_2"};
            try (Connection db = on(target, "mysql", "fk_case", mysql)) {
                run(target, db, "INSERT INTO " + parents[0] + " VALUES (5); INSERT INTO " + parents[1] + " VALUES (9);"
                        + " INSERT INTO post VALUES (5, 9)");
                assertThatThrownBy(() -> run(target, db, "INSERT INTO post VALUES (9, 9)")).hasMessageContaining("post_author");
            }
        }
    }
}

package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.MariaDbCatalog;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * Which source names are one object follows the source's own rules (issue 13, item 6): Oracle's
 * quoted names are exact and unquoted ones upper case; MySQL's table names by
 * lower_case_table_names; SQL Server's by its collation. Two objects the target would spell alike
 * both exist there, the second renamed with an item (SS-GEN-0004).
 */
class SourceNameCaseTest {

    static ConversionResult convert(String from, String sql, SourceOptions options) {
        return new ConversionPipeline(from, "postgresql", null).run(List.of(new SourceFile("names.sql", sql)), options);
    }

    static ConversionResult convertToMySql(String sql) {
        return new ConversionPipeline("oracle", "mysql", null).run(List.of(new SourceFile("names.sql", sql)), SourceOptions.NONE);
    }

    static Connection appliedToMariaDb(String name, ConversionResult result) throws Exception {
        Connection db = SharedMariaDb.freshDatabase(name);
        SharedMariaDb.runScript(db, SchemaScript.render(result));
        return db;
    }

    static Connection applied(String name, ConversionResult result) throws Exception {
        Connection db = SharedPostgres.freshDatabase(name);
        SharedPostgres.runScript(db, SchemaScript.render(result));
        return db;
    }

    static List<String> items(ConversionResult result, String code) {
        return java.util.stream.Stream.concat(result.statements().stream().flatMap(s -> s.actionItems().stream()),
                        result.conversionItems().stream())
                .filter(item -> item.code().code().equals(code)).map(ActionItem::message).toList();
    }

    /** Oracle: {@code "orders"} was created quoted, ORDERS (and Orders) unquoted, so they are two tables. */
    static final String ORACLE = """
            CREATE TABLE "orders" (id NUMBER(9) PRIMARY KEY, note VARCHAR2(10));
            CREATE TABLE ORDERS (id NUMBER(9) PRIMARY KEY, total NUMBER(9));
            CREATE TABLE lines (id NUMBER(9) PRIMARY KEY,
              quoted_order NUMBER(9) REFERENCES "orders" (id),
              plain_order NUMBER(9) REFERENCES Orders (id));
            CREATE VIEW quoted_notes AS SELECT id, note FROM "orders";
            CREATE VIEW plain_totals AS SELECT orders.id, orders.total FROM orders;
            CREATE VIEW line_totals AS SELECT l.id, o.total FROM lines l JOIN Orders o ON o.id = l.plain_order;
            """;

    @Test
    void oracleQuotedAndUnquotedNamesAreTwoTablesOnPostgresql() throws Exception {
        ConversionResult result = convert("oracle", ORACLE, SourceOptions.NONE);
        assertThat(items(result, "SS-GEN-0004")).singleElement().asString().isEqualTo("table orders is already used in the schema; named orders_2");
        try (Connection db = applied("oracle_name_case", result)) {
            SharedPostgres.runScript(db, "INSERT INTO orders VALUES (1, 'quoted'); INSERT INTO orders_2 VALUES (2, 20);"
                    + "INSERT INTO lines VALUES (10, 1, 2)");
            assertThat(JdbcRows.column(db, "SELECT note FROM quoted_notes")).containsExactly("quoted");
            assertThat(JdbcRows.column(db, "SELECT total FROM plain_totals")).containsExactly("20");
            assertThat(JdbcRows.column(db, "SELECT total FROM line_totals")).containsExactly("20");
            // each foreign key checks its own parent: 2 is only in ORDERS, 1 only in "orders"
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO lines VALUES (11, 2, NULL)"))
                    .hasMessageContaining("foreign key");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO lines VALUES (12, NULL, 1)"))
                    .hasMessageContaining("foreign key");
        }
    }

    @Test
    void oracleQuotedAndUnquotedNamesAreTwoTablesOnMariaDb() throws Exception {
        ConversionResult result = convertToMySql(ORACLE);
        try (Connection db = appliedToMariaDb("oracle_name_case", result)) {
            SharedMariaDb.runScript(db, "INSERT INTO orders VALUES (1, 'quoted'); INSERT INTO orders_2 VALUES (2, 20);"
                    + "INSERT INTO `lines` VALUES (10, 1, 2)");
            assertThat(JdbcRows.column(db, "SELECT note FROM quoted_notes")).containsExactly("quoted");
            assertThat(JdbcRows.column(db, "SELECT total FROM plain_totals")).containsExactly("20");
            assertThat(JdbcRows.column(db, "SELECT total FROM line_totals")).containsExactly("20");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO orders VALUES (1, 'again')")).hasMessageContaining("Duplicate");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO orders_2 VALUES (2, 0)")).hasMessageContaining("Duplicate");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO `lines` VALUES (11, 2, NULL)"))
                    .hasMessageContaining("foreign key");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO `lines` VALUES (12, NULL, 1)"))
                    .hasMessageContaining("foreign key");
        }
    }

    /**
     * Oracle columns {@code "id"} and {@code ID} are two columns: the second is renamed by the naming
     * policy (id_2) with an item, and every key, index, check, comment, reference and view follows it.
     */
    static final String ORACLE_COLUMNS = """
            CREATE TABLE t ("id" NUMBER(9), ID NUMBER(9) PRIMARY KEY, note VARCHAR2(10), CONSTRAINT uq_t UNIQUE ("id"),
              CONSTRAINT ck_t CHECK (ID > 0 AND "id" < 100));
            CREATE INDEX t_both ON t ("id", ID);
            COMMENT ON COLUMN t."id" IS 'quoted';
            COMMENT ON COLUMN t.ID IS 'plain';
            CREATE TABLE c (x NUMBER(9) REFERENCES t (ID), y NUMBER(9) REFERENCES t ("id"));
            CREATE VIEW both_ids AS SELECT "id", ID FROM t;
            CREATE VIEW plain_ids AS SELECT t.ID, note FROM t WHERE ID > 1;
            """;

    @Test
    void oracleColumnsDifferingInQuotedCaseAreTwoColumnsOnPostgresql() throws Exception {
        ConversionResult result = convert("oracle", ORACLE_COLUMNS, SourceOptions.NONE);
        assertThat(items(result, "SS-GEN-0004")).singleElement().asString()
                .isEqualTo("columns id and ID of T would both be named id in PostgreSQL; ID is named id_2");
        try (Connection db = applied("oracle_column_case", result)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES (7, 1, 'a'), (8, 2, 'b'); INSERT INTO c VALUES (2, 7)");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', id, id_2) FROM both_ids ORDER BY id")).containsExactly("7|1", "8|2");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', id, note) FROM plain_ids")).containsExactly("2|b");
            assertThat(JdbcRows.column(db, "SELECT col_description('t'::regclass, ordinal_position::int) FROM information_schema.columns"
                    + " WHERE table_name = 't' AND column_name LIKE 'id%' ORDER BY column_name")).containsExactly("quoted", "plain");
            assertThat(JdbcRows.column(db, "SELECT indexdef FROM pg_indexes WHERE indexname = 't_both'")).singleElement().asString()
                    .endsWith("(id, id_2)");
            // the primary key is ID's, the unique key "id"'s; the check and each foreign key test their own column
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO t VALUES (9, 1, 'c')")).hasMessageContaining("t_pkey");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO t VALUES (7, 3, 'c')")).hasMessageContaining("uq_t");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO t VALUES (9, 0, 'c')")).hasMessageContaining("ck_t");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO c VALUES (7, NULL)")).hasMessageContaining("foreign key");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO c VALUES (NULL, 1)")).hasMessageContaining("foreign key");
        }
    }

    /** MySQL column names ignore case, so on MariaDB too ID becomes id_2, and every key follows it. */
    @Test
    void oracleColumnsDifferingInQuotedCaseAreTwoColumnsOnMariaDb() throws Exception {
        ConversionResult result = convertToMySql(ORACLE_COLUMNS);
        try (Connection db = appliedToMariaDb("oracle_column_case", result)) {
            SharedMariaDb.runScript(db, "INSERT INTO t VALUES (7, 1, 'a'), (8, 2, 'b'); INSERT INTO c VALUES (2, 7)");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', id, id_2) FROM both_ids ORDER BY id")).containsExactly("7|1", "8|2");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', id, note) FROM plain_ids")).containsExactly("2|b");
            assertThat(new MariaDbCatalog(db).indexes(JdbcRows.column(db, "SELECT DATABASE()").get(0), "t"))
                    .containsEntry("PRIMARY", List.of("id_2")).containsEntry("uq_t", List.of("id")).containsEntry("t_both", List.of("id", "id_2"));
            // the primary key is ID's, the unique key "id"'s; the check and each foreign key test their own column
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO t VALUES (9, 1, 'c')")).hasMessageContaining("PRIMARY");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO t VALUES (7, 3, 'c')")).hasMessageContaining("uq_t");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO t VALUES (9, 0, 'c')")).hasMessageContaining("ck_t");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO c VALUES (7, NULL)")).hasMessageContaining("foreign key");
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "INSERT INTO c VALUES (NULL, 1)")).hasMessageContaining("foreign key");
        }
    }

    /**
     * A reference to a table the input does not create is commented out, and its item says so;
     * when the name as written on the target is that of a table the input creates (Oracle
     * {@code "dept"}, written dept, which is DEPT's name there), the item says that too.
     */
    @Test
    void aDanglingReferenceSaysWhichCreatedTableItsWrittenNameNames() {
        ConversionResult result = convert("oracle", """
                CREATE TABLE DEPT (id NUMBER(9) PRIMARY KEY);
                CREATE TABLE emp (id NUMBER(9) PRIMARY KEY, dept_id NUMBER(9) REFERENCES "dept", boss NUMBER(9) REFERENCES boss);
                """, SourceOptions.NONE);
        assertThat(SchemaScript.render(result))
                .contains("-- ALTER TABLE emp ADD CONSTRAINT emp_dept_id_fkey FOREIGN KEY (dept_id) REFERENCES dept;")
                .contains("-- ALTER TABLE emp ADD CONSTRAINT emp_boss_fkey FOREIGN KEY (boss) REFERENCES boss;");
        assertThat(items(result, "SS-GEN-0003")).containsExactly(
                "foreign key emp_dept_id_fkey on EMP references dept, which is not created in the input (on PostgreSQL, dept as"
                        + " written below names DEPT, a different table of the source); the constraint is commented out",
                "foreign key emp_boss_fkey on EMP references BOSS, which is not created in the input; the constraint is commented out");
    }

    /** MySQL: {@code User} and {@code user} are two tables on a Linux server (lower_case_table_names=0, the default). */
    static final String MYSQL = """
            CREATE TABLE `User` (id INT PRIMARY KEY, login VARCHAR(20));
            CREATE TABLE `user` (id INT PRIMARY KEY, email VARCHAR(40));
            CREATE TABLE session (id INT PRIMARY KEY, user_id INT, FOREIGN KEY (user_id) REFERENCES `User` (id));
            """;

    @Test
    void mysqlTablesDifferingInCaseAreTwoTablesWhenTheServerComparesThemExactly() throws Exception {
        ConversionResult result = convert("mysql", MYSQL, SourceOptions.NONE);
        assertThat(items(result, "SS-GEN-0004")).singleElement().asString().contains("user_2");
        assertThat(items(result, "SS-GEN-0010")).isEmpty();
        try (Connection db = applied("mysql_name_case", result)) {
            SharedPostgres.runScript(db, "INSERT INTO \"user\" VALUES (1, 'ann'); INSERT INTO user_2 VALUES (2, 'bob@example.com');"
                    + "INSERT INTO session VALUES (1, 1)");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO session VALUES (2, 2)"))
                    .hasMessageContaining("foreign key");
        }
    }

    @Test
    void mysqlTablesDifferingInCaseAreOneTableWhenTheServerFoldsNames() throws Exception {
        ConversionResult result = convert("mysql", MYSQL, new SourceOptions(Map.of(), 1, false));
        assertThat(items(result, "SS-GEN-0010")).singleElement().asString().contains("user");
        assertThat(items(result, "SS-GEN-0004")).isEmpty();
        try (Connection db = applied("mysql_name_fold", result)) {
            SharedPostgres.runScript(db, "INSERT INTO \"user\" (id, email) VALUES (1, 'ann@example.com'); INSERT INTO session VALUES (1, 1)");
            assertThat(JdbcRows.column(db, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('user', 'user_2')"))
                    .containsExactly("1");
        }
    }

    /** SQL Server: the default collation ignores case, so ORDERS is the table Orders; a case-sensitive one keeps two. */
    static final String SQLSERVER = """
            CREATE TABLE Orders (id INT PRIMARY KEY, total INT);
            GO
            ALTER TABLE ORDERS ADD note NVARCHAR(10);
            GO
            CREATE TABLE lines (id INT PRIMARY KEY, order_id INT REFERENCES orders (id));
            GO
            """;

    @Test
    void sqlServerNamesDifferingInCaseAreOneObjectByDefault() throws Exception {
        ConversionResult result = convert("sqlserver", SQLSERVER, SourceOptions.NONE);
        assertThat(items(result, "SS-GEN-0004")).isEmpty();
        assertThat(items(result, "SS-GEN-0003")).isEmpty();
        try (Connection db = applied("sqlserver_name_case", result)) {
            SharedPostgres.runScript(db, "INSERT INTO orders VALUES (1, 10, 'n'); INSERT INTO lines VALUES (1, 1)");
            assertThat(JdbcRows.column(db, "SELECT note FROM orders")).containsExactly("n");
        }
    }

    @Test
    void sqlServerNamesDifferingInCaseAreTwoObjectsUnderACaseSensitiveCollation() {
        ConversionResult result = convert("sqlserver", """
                CREATE TABLE Orders (id INT PRIMARY KEY);
                GO
                CREATE TABLE ORDERS (id INT PRIMARY KEY);
                GO
                """, new SourceOptions(Map.of(), 0, true));
        assertThat(items(result, "SS-GEN-0004")).singleElement().asString().contains("orders_2");
    }
}

package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.calcite.sql.SqlNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.ExpressionConverter;
import org.schemashift.convert.MappingRules;
import org.schemashift.convert.SourceRelations;
import org.schemashift.convert.TypeFamily;
import org.schemashift.emit.mysql.MySqlExpressions;
import org.schemashift.emit.postgresql.PostgresqlExpressions;
import org.schemashift.emit.postgresql.PostgresqlIdentifiers;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Expr;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.pipeline.Dialects;
import org.schemashift.source.SourceFile;
import org.schemashift.source.mysql.MySqlDmlText;
import org.schemashift.source.oracle.OracleDmlText;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * INSERT, UPDATE, DELETE and MERGE read from Oracle and MySQL by the shared core grammar,
 * converted, written for PostgreSQL and MySQL, and run on embedded PostgreSQL and MariaDB against
 * the same two small tables: each case gives the text each target gets ("not written: CODE" where
 * the target cannot say it, with that action item) and the rows of EMP afterwards, which both
 * targets must produce.
 *
 * <p>EMP(ID primary key, NAME, SAL, BONUS, GRADE, HIRED) starts as (1, ann, 100, -, A), (2, bob, 200, 10, B),
 * (3, cy, 300, -, C); RAISES(ID primary key, SAL) holds (2, 250), (3, 350), (4, 400).
 */
class DataChangesOnBothTargetsTest {
    private static final SourceSpan WHERE = new SourceSpan("test.sql", 1, 1);
    private static final String EMP = "CREATE TABLE EMP (ID NUMBER(9) PRIMARY KEY, NAME VARCHAR2(20), SAL NUMBER(10, 2),"
            + " BONUS NUMBER(10, 2), GRADE VARCHAR2(5) DEFAULT 'N', HIRED DATE)";
    private static final String RAISES = "CREATE TABLE RAISES (ID NUMBER(9) PRIMARY KEY, SAL NUMBER(10, 2))";
    private static final List<String> SETUP = List.of(
            "DROP TABLE IF EXISTS emp", "DROP TABLE IF EXISTS raises",
            "CREATE TABLE emp (id int PRIMARY KEY, name varchar(20), sal decimal(10, 2), bonus decimal(10, 2),"
                    + " grade varchar(5) DEFAULT 'N', hired timestamp NULL)",
            "CREATE TABLE raises (id int PRIMARY KEY, sal decimal(10, 2))",
            "INSERT INTO emp (id, name, sal, bonus, grade) VALUES (1, 'ann', 100, NULL, 'A'), (2, 'bob', 200, 10, 'B'),"
                    + " (3, 'cy', 300, NULL, 'C')",
            "INSERT INTO raises VALUES (2, 250), (3, 350), (4, 400)");
    private static final String ROWS = "SELECT id, name, sal, bonus, grade, CASE WHEN hired IS NULL THEN '-' ELSE 'hired' END"
            + " FROM emp ORDER BY id";
    private static final String UNCHANGED = "1 ann 100.00 - A - | 2 bob 200.00 10.00 B - | 3 cy 300.00 - C -";

    private static Connection postgres;
    private static Connection mariadb;

    @BeforeAll
    static void databases() throws SQLException {
        postgres = SharedPostgres.freshDatabase("dml");
        mariadb = SharedMariaDb.freshDatabase("dml");
    }

    @AfterAll
    static void close() throws SQLException {
        postgres.close();
        mariadb.close();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // source, statement, PostgreSQL, MySQL, EMP afterwards
                Arguments.of("oracle", "INSERT INTO emp (id, name, sal, grade) VALUES (4, 'dee', NVL(NULL, 50), DEFAULT), (5, '', 1, 'X')",
                        "INSERT INTO emp (id, name, sal, grade) VALUES (4, 'dee', COALESCE(NULL, 50), DEFAULT), (5, NULL, 1, 'X')",
                        "INSERT INTO emp (id, name, sal, grade) VALUES (4, 'dee', COALESCE(NULL, 50), DEFAULT), (5, NULL, 1, 'X')",
                        UNCHANGED + " | 4 dee 50.00 - N - | 5 - 1.00 - X -"),
                // an INSERT's alias names nothing the statement reads: MySQL does not take one
                Arguments.of("oracle", "INSERT INTO emp (id, sal) VALUES (9, (SELECT MAX(sal) FROM raises))",
                        "INSERT INTO emp (id, sal) VALUES (9, (SELECT MAX(sal) FROM raises))",
                        "INSERT INTO emp (id, sal) VALUES (9, (SELECT MAX(sal) FROM raises))",
                        UNCHANGED + " | 9 - 400.00 - N -"),
                Arguments.of("oracle", "INSERT INTO emp e (id, name, sal) SELECT r.id, 'new', r.sal FROM raises r WHERE r.id > 3",
                        "INSERT INTO emp AS e (id, name, sal) SELECT r.id, 'new', r.sal FROM raises AS r WHERE r.id > 3",
                        "INSERT INTO emp (id, name, sal) SELECT r.id, 'new', r.sal FROM raises AS r WHERE r.id > 3",
                        UNCHANGED + " | 4 new 400.00 - N -"),
                // Oracle functions inside SET are converted; SET targets are not expressions
                Arguments.of("oracle", "UPDATE emp SET bonus = NVL(bonus, 0) + 5, hired = SYSDATE WHERE grade IN ('A', 'B')",
                        "UPDATE emp SET bonus = COALESCE(bonus, 0) + 5, hired = LOCALTIMESTAMP(0) WHERE grade IN ('A', 'B')",
                        "UPDATE emp SET bonus = COALESCE(bonus, 0) + 5, hired = LOCALTIMESTAMP(0) WHERE grade IN ('A', 'B')",
                        "1 ann 100.00 5.00 A hired | 2 bob 200.00 15.00 B hired | 3 cy 300.00 - C -"),
                // MySQL has no row assignment: one scalar subquery per column
                Arguments.of("oracle", "UPDATE emp e SET (sal, grade) = (SELECT r.sal, 'R' FROM raises r WHERE r.id = e.id)"
                                + " WHERE e.id IN (SELECT id FROM raises)",
                        "UPDATE emp AS e SET (sal, grade) = (SELECT r.sal, 'R' FROM raises AS r WHERE r.id = e.id)"
                                + " WHERE e.id IN (SELECT id FROM raises)",
                        "UPDATE emp AS e SET sal = (SELECT r.sal FROM raises AS r WHERE r.id = e.id),"
                                + " grade = (SELECT 'R' FROM raises AS r WHERE r.id = e.id) WHERE e.id IN (SELECT id FROM raises)",
                        "1 ann 100.00 - A - | 2 bob 250.00 10.00 R - | 3 cy 350.00 - R -"),
                // every value reads the old row; MySQL's SET runs left to right, so BONUS is set first
                Arguments.of("oracle", "UPDATE emp SET sal = sal * 2, bonus = sal WHERE id = 1",
                        "UPDATE emp SET sal = sal * 2, bonus = sal WHERE id = 1",
                        "UPDATE emp SET bonus = sal, sal = sal * 2 WHERE id = 1",
                        "1 ann 200.00 100.00 A - | 2 bob 200.00 10.00 B - | 3 cy 300.00 - C -"),
                Arguments.of("oracle", "UPDATE emp SET sal = bonus, bonus = sal WHERE id = 2",
                        "UPDATE emp SET sal = bonus, bonus = sal WHERE id = 2",
                        "not written: SS-MYSQL-0791",
                        "1 ann 100.00 - A - | 2 bob 10.00 200.00 B - | 3 cy 300.00 - C -"),
                // MariaDB takes no alias in a single-table DELETE: the multi-table form
                Arguments.of("oracle", "DELETE FROM emp e WHERE EXISTS (SELECT 1 FROM raises r WHERE r.id = e.id AND r.sal > 300)",
                        "DELETE FROM emp AS e WHERE EXISTS (SELECT 1 FROM raises AS r WHERE r.id = e.id AND r.sal > 300)",
                        "DELETE e FROM emp AS e WHERE EXISTS (SELECT 1 FROM raises AS r WHERE r.id = e.id AND r.sal > 300)",
                        "1 ann 100.00 - A - | 2 bob 200.00 10.00 B -"),
                Arguments.of("oracle", "DELETE emp WHERE grade = 'A'", "DELETE FROM emp WHERE grade = 'A'",
                        "DELETE FROM emp WHERE grade = 'A'", "2 bob 200.00 10.00 B - | 3 cy 300.00 - C -"),
                // Oracle: 2 updated to 250; 3 updated to 350, then deleted by DELETE WHERE on the new value; 4 inserted
                Arguments.of("oracle", "MERGE INTO emp e USING raises r ON (e.id = r.id)"
                                + " WHEN MATCHED THEN UPDATE SET e.sal = r.sal, e.grade = 'M' WHERE r.sal > 0 DELETE WHERE e.sal > 300"
                                + " WHEN NOT MATCHED THEN INSERT (id, name, sal) VALUES (r.id, 'new', r.sal) WHERE r.sal < 1000",
                        "MERGE INTO emp AS e USING raises AS r ON e.id = r.id"
                                + " WHEN MATCHED AND r.sal > 0 AND r.sal > 300 THEN DELETE"
                                + " WHEN MATCHED AND r.sal > 0 THEN UPDATE SET sal = r.sal, grade = 'M'"
                                + " WHEN NOT MATCHED AND r.sal < 1000 THEN INSERT (id, name, sal) VALUES (r.id, 'new', r.sal)",
                        "not written: SS-MYSQL-0792",
                        "1 ann 100.00 - A - | 2 bob 250.00 10.00 M - | 4 new 400.00 - N -"),
                // one source row, the ON column the table's only key: an upsert in MySQL (here the update path) ...
                Arguments.of("oracle", "MERGE INTO emp e USING (SELECT 2 id, 'bobby' name FROM dual) s ON (e.id = s.id)"
                                + " WHEN MATCHED THEN UPDATE SET e.name = s.name, e.sal = e.sal + 1"
                                + " WHEN NOT MATCHED THEN INSERT (id, name, sal) VALUES (s.id, s.name, 0)",
                        "MERGE INTO emp AS e USING (SELECT 2 AS id, 'bobby' AS name) AS s ON e.id = s.id"
                                + " WHEN MATCHED THEN UPDATE SET name = s.name, sal = e.sal + 1"
                                + " WHEN NOT MATCHED THEN INSERT (id, name, sal) VALUES (s.id, s.name, 0)",
                        "INSERT INTO emp (id, name, sal) VALUES (2, 'bobby', 0) ON DUPLICATE KEY UPDATE name = 'bobby', sal = sal + 1",
                        "1 ann 100.00 - A - | 2 bobby 201.00 10.00 B - | 3 cy 300.00 - C -"),
                // ... and the insert path
                Arguments.of("oracle", "MERGE INTO emp e USING (SELECT 7 id FROM dual) s ON (e.id = s.id)"
                                + " WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, 'gus')"
                                + " WHEN MATCHED THEN UPDATE SET e.sal = 0",
                        "MERGE INTO emp AS e USING (SELECT 7 AS id) AS s ON e.id = s.id"
                                + " WHEN MATCHED THEN UPDATE SET sal = 0 WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, 'gus')",
                        "INSERT INTO emp (id, name) VALUES (7, 'gus') ON DUPLICATE KEY UPDATE sal = 0",
                        UNCHANGED + " | 7 gus - - N -"),
                // Oracle's upsert idiom: MERGE from DUAL, its one-row table
                Arguments.of("oracle", "MERGE INTO emp e USING dual ON (e.id = 2) WHEN MATCHED THEN UPDATE SET e.sal = e.sal * 2"
                                + " WHEN NOT MATCHED THEN INSERT (id, name) VALUES (2, 'bo')",
                        "MERGE INTO emp AS e USING (SELECT 'X' AS dummy) AS dual ON e.id = 2"
                                + " WHEN MATCHED THEN UPDATE SET sal = e.sal * 2 WHEN NOT MATCHED THEN INSERT (id, name) VALUES (2, 'bo')",
                        "INSERT INTO emp (id, name) VALUES (2, 'bo') ON DUPLICATE KEY UPDATE sal = sal * 2",
                        "1 ann 100.00 - A - | 2 bob 400.00 10.00 B - | 3 cy 300.00 - C -"),
                // PostgreSQL 15's MERGE takes a row assignment from a subquery too
                Arguments.of("oracle", "MERGE INTO emp e USING raises r ON (e.id = r.id) WHEN MATCHED THEN UPDATE"
                                + " SET (sal, grade) = (SELECT MAX(x.sal), 'Z' FROM raises x WHERE x.id <= r.id)",
                        "MERGE INTO emp AS e USING raises AS r ON e.id = r.id WHEN MATCHED THEN UPDATE"
                                + " SET (sal, grade) = (SELECT MAX(x.sal), 'Z' FROM raises AS x WHERE x.id <= r.id)",
                        "not written: SS-MYSQL-0792",
                        "1 ann 100.00 - A - | 2 bob 250.00 10.00 Z - | 3 cy 350.00 - Z -"),
                // a source query without an alias (Oracle allows it, PostgreSQL 15 does not)
                Arguments.of("oracle", "MERGE INTO emp USING (SELECT id, sal FROM raises WHERE id = 3) ON (emp.id = 3)"
                                + " WHEN MATCHED THEN UPDATE SET grade = 'Q'",
                        "MERGE INTO emp USING (SELECT id, sal FROM raises WHERE id = 3) AS merge_source ON emp.id = 3"
                                + " WHEN MATCHED THEN UPDATE SET grade = 'Q'",
                        "not written: SS-MYSQL-0792",
                        "1 ann 100.00 - A - | 2 bob 200.00 10.00 B - | 3 cy 300.00 - Q -"),
                Arguments.of("mysql", "UPDATE emp SET bonus = IFNULL(bonus, 0) + 1 WHERE id <= 2",
                        "UPDATE emp SET bonus = COALESCE(bonus, 0) + 1 WHERE id <= 2",
                        "UPDATE emp SET bonus = COALESCE(bonus, 0) + 1 WHERE id <= 2",
                        "1 ann 100.00 1.00 A - | 2 bob 200.00 11.00 B - | 3 cy 300.00 - C -"),
                // MySQL's SET runs left to right: BONUS gets the new SAL, on both targets
                Arguments.of("mysql", "UPDATE emp SET sal = sal + 1, bonus = sal WHERE id = 1",
                        "UPDATE emp SET sal = sal + 1, bonus = sal + 1 WHERE id = 1",
                        "UPDATE emp SET bonus = sal + 1, sal = sal + 1 WHERE id = 1",
                        "1 ann 101.00 101.00 A - | 2 bob 200.00 10.00 B - | 3 cy 300.00 - C -"),
                Arguments.of("mysql", "DELETE FROM emp WHERE name LIKE 'b%' OR sal > 250",
                        "DELETE FROM emp WHERE name LIKE 'b%' OR sal > 250",
                        "DELETE FROM emp WHERE name LIKE 'b%' OR sal > 250",
                        "1 ann 100.00 - A -"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void theStatementIsWrittenForEachTargetAndChangesTheSameRows(String source, String statement, String postgresqlText,
                                                                  String mysqlText, String rowsAfter) throws SQLException {
        Written postgresql = writePostgresql(source, statement);
        assertThat(postgresql.text()).isEqualTo(postgresqlText);
        assertThat(rowsAfter(postgres, postgresql.text())).isEqualTo(rowsAfter);

        Written mysql = writeMySql(source, statement);
        if (mysqlText.startsWith("not written: ")) {
            assertThat(mysql.text()).isNull();
            assertThat(mysql.items()).extracting(i -> i.code().code()).containsExactly(mysqlText.substring("not written: ".length()));
            return;
        }
        assertThat(mysql.text()).isEqualTo(mysqlText);
        assertThat(rowsAfter(mariadb, mysql.text())).isEqualTo(rowsAfter);
    }

    @Test
    void oraclesDeleteWhereIsReportedForItsTriggersAndTheUpsertIsADecision() {
        String merge = "MERGE INTO emp e USING raises r ON (e.id = r.id) WHEN MATCHED THEN UPDATE SET e.sal = r.sal DELETE WHERE e.sal > 300";
        assertThat(writePostgresql("oracle", merge).items()).extracting(i -> i.code().code()).containsExactly("SS-PG-0690");
        ActionItems items = new ActionItems();
        new MySqlExpressions(NameCase.UPPER_CANONICAL, keys()).writeIfSpellable(converted("oracle", "mysql",
                "MERGE INTO emp e USING (SELECT 2 id FROM dual) s ON (e.id = s.id) WHEN MATCHED THEN UPDATE SET e.sal = 1"
                        + " WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)"), WHERE, items);
        assertThat(items.decisions()).extracting(d -> d.ruleId()).containsExactly("mysql.merge-as-upsert");
    }

    @Test
    void aDeleteWhereOnAColumnSetToDefaultCannotBeWrittenForPostgresql() {
        Written written = writePostgresql("oracle", "MERGE INTO emp e USING raises r ON (e.id = r.id)"
                + " WHEN MATCHED THEN UPDATE SET e.grade = DEFAULT DELETE WHERE e.grade = 'N'");
        assertThat(written.text()).isNull();
        assertThat(written.items()).extracting(i -> i.code().code()).containsExactly("SS-PG-0691");
    }

    @Test
    void aMergeOnAColumnThatIsNotTheOnlyKeyIsNoUpsert() {
        Written written = writeMySql("oracle", "MERGE INTO emp e USING (SELECT 'x' name FROM dual) s ON (e.name = s.name)"
                + " WHEN MATCHED THEN UPDATE SET e.sal = 1 WHEN NOT MATCHED THEN INSERT (id, name) VALUES (9, s.name)");
        assertThat(written.text()).isNull();
        assertThat(written.items()).singleElement().satisfies(item -> {
            assertThat(item.code().code()).isEqualTo("SS-MYSQL-0792");
            assertThat(item.message()).contains("the ON columns [NAME] are not the target's only unique key");
        });
    }

    /** MariaDB runs it (the case below), MySQL does not: an item says so. */
    @Test
    void aSubqueryOnTheChangedTableIsReportedForMySql() throws SQLException {
        Written mysql = writeMySql("oracle", "DELETE FROM emp WHERE sal > (SELECT AVG(e.sal) FROM emp e)");
        assertThat(mysql.text()).isEqualTo("DELETE FROM emp WHERE sal > (SELECT AVG(e.sal) FROM emp AS e)");
        assertThat(mysql.items()).extracting(i -> i.code().code()).containsExactly("SS-MYSQL-0794");
        assertThat(rowsAfter(mariadb, mysql.text())).isEqualTo("1 ann 100.00 - A - | 2 bob 200.00 10.00 B -");
    }

    /** PostgreSQL changes the row a cursor has fetched; MySQL cursors cannot. */
    @Test
    void whereCurrentOfChangesTheFetchedRowOnPostgresqlAndIsReportedForMySql() throws SQLException {
        String update = writePostgresql("oracle", "UPDATE emp SET sal = 0 WHERE CURRENT OF emp_cur").text();
        assertThat(update).isEqualTo("UPDATE emp SET sal = 0 WHERE CURRENT OF emp_cur");
        setUp(postgres);
        postgres.setAutoCommit(false);
        try (Statement s = postgres.createStatement()) {
            s.execute("DECLARE emp_cur CURSOR FOR SELECT * FROM emp WHERE id >= 2 ORDER BY id FOR UPDATE");
            s.execute("FETCH NEXT FROM emp_cur");
            s.execute(update);
            postgres.commit();
        } finally {
            postgres.setAutoCommit(true);
        }
        assertThat(rows(postgres)).isEqualTo("1 ann 100.00 - A - | 2 bob 0.00 10.00 B - | 3 cy 300.00 - C -");

        Written mysql = writeMySql("oracle", "DELETE FROM emp WHERE CURRENT OF emp_cur");
        assertThat(mysql.text()).isNull();
        assertThat(mysql.items()).extracting(i -> i.code().code()).containsExactly("SS-MYSQL-0790");
    }

    // ------------------------------------------------------------------ reading, converting, writing, running

    private record Written(String text, List<ActionItem> items) {}

    private static Written writePostgresql(String source, String statement) {
        ActionItems items = new ActionItems();
        NameCase names = source.equals("oracle") ? NameCase.UPPER_CANONICAL : NameCase.INSENSITIVE;
        String text = new PostgresqlExpressions(new PostgresqlIdentifiers(names))
                .writeIfSpellable(converted(source, "postgresql", statement), WHERE, items);
        return new Written(text, items.all());
    }

    private static Written writeMySql(String source, String statement) {
        ActionItems items = new ActionItems();
        NameCase names = source.equals("oracle") ? NameCase.UPPER_CANONICAL : NameCase.INSENSITIVE;
        String text = new MySqlExpressions(names, keys()).writeIfSpellable(converted(source, "mysql", statement), WHERE, items);
        return new Written(text, items.all());
    }

    /** The statement read by the source's grammar and converted for {@code target} with EMP and RAISES known. */
    private static SqlNode converted(String source, String target, String statement) {
        SqlNode read = source.equals("oracle") ? OracleDmlText.read(statement) : MySqlDmlText.read(statement);
        SourceRelations relations = SourceRelations.empty();
        relations.add(ObjectName.of("EMP"), Map.of("ID", TypeFamily.NUMBER, "NAME", TypeFamily.STRING, "SAL", TypeFamily.NUMBER,
                "BONUS", TypeFamily.NUMBER, "GRADE", TypeFamily.STRING, "HIRED", TypeFamily.DATETIME));
        relations.add(ObjectName.of("RAISES"), Map.of("ID", TypeFamily.NUMBER, "SAL", TypeFamily.NUMBER));
        ActionItems items = new ActionItems();
        ExpressionConverter converter = new ExpressionConverter(MappingRules.load(source, target, null).functions(),
                Dialects.expressionRules(source, target), items, relations);
        Expr converted = converter.convert(new Expr(read, statement), WHERE, "test");
        assertThat(converted.node()).as("converted, items %s", items.all()).isNotNull();
        return converted.node();
    }

    /** EMP's and RAISES's keys as the Oracle source declares them. */
    private static UniqueKeys keys() {
        List<Table> tables = Stream.of(EMP, RAISES).map(ddl -> ((SchemaChange.CreateTable) Dialects.source("oracle")
                .read(new SourceFile("keys.sql", ddl + ";\n")).get(0).changes().get(0)).table()).toList();
        return UniqueKeys.of(tables);
    }

    private static String rowsAfter(Connection db, String statement) throws SQLException {
        setUp(db);
        try (Statement s = db.createStatement()) {
            s.execute(statement);
        }
        return rows(db);
    }

    private static void setUp(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String sql : SETUP) s.execute(sql);
        }
    }

    private static String rows(Connection db) throws SQLException {
        return JdbcRows.query(db, ROWS).stream()
                .map(row -> row.stream().map(v -> v == null ? "-" : v).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" | "));
    }
}

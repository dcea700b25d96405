package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * Converted MySQL DDL must behave on PostgreSQL as it did on MySQL: each test converts a
 * MySQL table, applies it to a real server, and checks what rows do.
 */
class MySqlToPostgresqlBehaviourTest {

    private static Connection convertAndApply(String testName, String mysql) throws SQLException {
        var result = new ConversionPipeline("mysql", "postgresql", null).run(List.of(new SourceFile(testName + ".sql", mysql)));
        Connection db = SharedPostgres.freshDatabase(testName);
        SharedPostgres.runScript(db, SchemaScript.render(result));
        return db;
    }

    private static String one(Connection db, String sql) throws SQLException {
        return new PostgresCatalog(db).query(sql).get(0).get(0);
    }

    @Test
    void autoIncrementContinuesFromTheTablesAutoIncrementValue() throws Exception {
        try (Connection db = convertAndApply("identity", """
                CREATE TABLE t (id INT UNSIGNED NOT NULL AUTO_INCREMENT, v INT, PRIMARY KEY (id)) AUTO_INCREMENT=501;
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t (v) VALUES (1); INSERT INTO t (id, v) VALUES (7, 2);");
            assertThat(one(db, "SELECT string_agg(id::text, ',' ORDER BY v) FROM t")).isEqualTo("501,7");
        }
    }

    @Test
    void onUpdateCurrentTimestampSetsTheColumnOnlyWhenTheRowChangesAndTheColumnIsNotAssigned() throws Exception {
        try (Connection db = convertAndApply("on_update", """
                CREATE TABLE t (
                  id INT PRIMARY KEY,
                  v INT,
                  changed TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)
                );
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES (1, 1, '2000-01-01'), (2, 1, '2000-01-01'), (3, 1, '2000-01-01');"
                    + "UPDATE t SET v = 2 WHERE id = 1;"
                    + "UPDATE t SET v = 1 WHERE id = 2;"
                    + "UPDATE t SET v = 2, changed = '2010-10-10' WHERE id = 3;");
            assertThat(one(db, "SELECT changed > now() - interval '1 minute' FROM t WHERE id = 1")).isEqualTo("t");
            assertThat(one(db, "SELECT changed::date::text FROM t WHERE id = 2")).isEqualTo("2000-01-01");
            assertThat(one(db, "SELECT changed::date::text FROM t WHERE id = 3")).isEqualTo("2010-10-10");
        }
    }

    @Test
    void enumAndSetColumnsAcceptOnlyTheirMembers() throws Exception {
        try (Connection db = convertAndApply("members", """
                CREATE TABLE t (id INT, size ENUM('s','m','l') DEFAULT 'm', tags SET('a','b','c'));
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t (id, tags) VALUES (1, 'a,c'), (2, ''), (3, NULL);");
            assertThat(one(db, "SELECT string_agg(size, ',' ORDER BY id) FROM t")).isEqualTo("m,m,m");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO t (id, size) VALUES (4, 'x')"))
                    .hasMessageContaining("check constraint");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO t (id, tags) VALUES (5, 'a,z')"))
                    .hasMessageContaining("check constraint");
        }
    }

    @Test
    void literalDefaultsGiveMySqlsValuesInTheTargetTypes() throws Exception {
        try (Connection db = convertAndApply("defaults", """
                CREATE TABLE t (
                  id INT,
                  flag TINYINT(1) NOT NULL DEFAULT '1',
                  yes BOOLEAN DEFAULT 1,
                  bits BIT(8) DEFAULT b'101',
                  num_bits BIT(4) DEFAULT 3,
                  raw VARBINARY(4) DEFAULT x'CAFE',
                  price DECIMAL(6,2) DEFAULT '9.99',
                  born DATE DEFAULT '1999-12-31'
                );
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t (id) VALUES (1)");
            assertThat(one(db, "SELECT concat_ws('|', flag, yes, bits, num_bits, encode(raw, 'hex'), price, born) FROM t"))
                    .isEqualTo("t|t|00000101|0011|cafe|9.99|1999-12-31");
        }
    }

    @Test
    void concatInAGeneratedColumnIsNullWhenAnyPartIsNullAsInMySql() throws Exception {
        try (Connection db = convertAndApply("generated", """
                CREATE TABLE t (a VARCHAR(5), b VARCHAR(5), ab VARCHAR(11) AS (CONCAT(a, '-', b)) VIRTUAL,
                                n INT, twice INT AS (n * 2) STORED);
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t (a, b, n) VALUES ('x', 'y', 2), ('x', NULL, NULL);");
            assertThat(one(db, "SELECT string_agg(coalesce(ab, 'NULL') || ':' || coalesce(twice::text, 'NULL'), ',' ORDER BY a, b) FROM t"))
                    .isEqualTo("x-y:4,NULL:NULL");
        }
    }

    @Test
    void foreignKeyActionsCascadeAndSetNull() throws Exception {
        try (Connection db = convertAndApply("fk_actions", """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE c (id INT PRIMARY KEY, p_cascade INT, p_null INT,
                  CONSTRAINT fk1 FOREIGN KEY (p_cascade) REFERENCES p (id) ON DELETE CASCADE,
                  CONSTRAINT fk2 FOREIGN KEY (p_null) REFERENCES p (id) ON DELETE SET NULL);
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (10, 1, 2), (11, 2, 1);"
                    + "DELETE FROM p WHERE id = 1;");
            assertThat(one(db, "SELECT string_agg(id || ':' || coalesce(p_null::text, 'NULL'), ',') FROM c")).isEqualTo("11:NULL");
        }
    }

    @Test
    void uniquePrefixIndexRejectsValuesEqualInTheirPrefix() throws Exception {
        try (Connection db = convertAndApply("prefix", """
                CREATE TABLE t (name VARCHAR(100), UNIQUE KEY uq_name (name(3)));
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO t VALUES ('abcdef'), ('abd')");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO t VALUES ('abcxyz')"))
                    .hasMessageContaining("uq_name");
        }
    }

    @Test
    void fullTextIndexServesTextSearchQueries() throws Exception {
        try (Connection db = convertAndApply("fulltext", """
                CREATE TABLE doc (id INT PRIMARY KEY, title VARCHAR(100), body TEXT, FULLTEXT KEY ft (title, body));
                """)) {
            SharedPostgres.runScript(db, "INSERT INTO doc VALUES (1, 'Shifting schemas', 'from MySQL'), (2, 'Other', NULL)");
            assertThat(one(db, "SELECT string_agg(id::text, ',') FROM doc WHERE to_tsvector('simple', coalesce(title, '') "
                    + "|| ' ' || coalesce(body, '')) @@ to_tsquery('simple', 'mysql')")).isEqualTo("1");
        }
    }
}

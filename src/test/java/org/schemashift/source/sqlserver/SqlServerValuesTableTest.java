package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * A table value constructor, {@code (VALUES (...), ...) AS t (c, ...)}, is the derived table
 * {@code (SELECT ... AS c UNION ALL SELECT ...) AS t}: PostgreSQL and MariaDB both run it (MySQL 8's
 * {@code VALUES ROW(...)} is MariaDB's syntax error), with the same rows.
 */
class SqlServerValuesTableTest {
    private static final String SCRIPT = """
            CREATE VIEW dbo.sizes AS
            SELECT s.code, s.rank FROM (VALUES ('S', 1), ('M', 2), ('L', 3)) AS s (code, rank) WHERE s.rank > 1
            GO
            """;

    @Test
    void runsOnPostgresql() throws Exception {
        try (Connection db = SharedPostgres.freshDatabase("mss_values")) {
            SharedPostgres.runScript(db, SqlServerConversions.schema(SCRIPT, "postgresql"));
            assertThat(JdbcRows.column(db, "SELECT code || rank FROM sizes ORDER BY rank")).containsExactly("M2", "L3");
        }
    }

    @Test
    void runsOnMariaDb() throws Exception {
        try (Connection db = SharedMariaDb.freshDatabase("mss_values")) {
            SharedMariaDb.runScript(db, SqlServerConversions.schema(SCRIPT, "mysql"));
            assertThat(JdbcRows.column(db, "SELECT CONCAT(code, `rank`) FROM sizes ORDER BY `rank`")).containsExactly("M2", "L3");
        }
    }
}

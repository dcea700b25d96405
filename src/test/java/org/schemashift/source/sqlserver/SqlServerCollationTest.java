package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * Case-sensitive and binary collations of SQL Server: a column's (kept on MySQL as utf8mb4_bin,
 * followed through a table alias by the case-insensitive search rules) and an expression's
 * {@code COLLATE} (the targets' binary collation, or reported when case-insensitive).
 */
class SqlServerCollationTest {

    private static final String SCRIPT = """
            CREATE TABLE dbo.Stock (
                Id int PRIMARY KEY,
                Code varchar(10) COLLATE Latin1_General_CS_AS NOT NULL UNIQUE,
                Tag varchar(10) COLLATE Latin1_General_BIN2 NULL,
                Name varchar(10) NOT NULL)
            GO
            CREATE VIEW dbo.CodeHits AS SELECT s.Id, CHARINDEX('B', s.Code) AS At, REPLACE(s.Code, 'b', '-') AS Dashed
                FROM dbo.Stock AS s
            GO
            CREATE VIEW dbo.NameHits AS SELECT s.Id, CHARINDEX('B', s.Name) AS At FROM dbo.Stock s
            GO
            CREATE VIEW dbo.ExactNames AS SELECT Id FROM dbo.Stock WHERE Name COLLATE Latin1_General_CS_AS = 'abc'
            GO
            CREATE VIEW dbo.ByteOrder AS SELECT TOP 10 Name FROM dbo.Stock ORDER BY Name COLLATE Latin1_General_BIN2
            GO
            CREATE VIEW dbo.Folded AS SELECT Id FROM dbo.Stock WHERE Code COLLATE SQL_Latin1_General_CP1_CI_AS = 'x'
            GO
            """;

    private static final String ROWS = "INSERT INTO %s VALUES (1, 'abB', 'a', 'abc'), (2, 'ABB', 'A', 'ABC'), (3, 'c', 'c', 'b')";

    private static List<String> items(ConversionResult result) {
        return result.conversionItems().stream().map(i -> i.code().code() + " " + i.message()).toList();
    }

    @Test
    void caseSensitiveCollationsRunOnPostgresql() throws Exception {
        String schema = SqlServerConversions.schema(SCRIPT, "postgresql");
        assertThat(schema).contains("COLLATE \"C\"");
        try (Connection db = SharedPostgres.freshDatabase("mss_collations")) {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, ROWS.formatted("stock"));
            // the _CS_ column read through alias s: CHARINDEX and REPLACE match case
            assertThat(JdbcRows.column(db, "SELECT at || ' ' || dashed FROM codehits ORDER BY id")).containsExactly("3 a-B", "2 ABB", "0 c");
            // the default (_CI_) column: CHARINDEX ignores case
            assertThat(JdbcRows.column(db, "SELECT at FROM namehits ORDER BY id")).containsExactly("2", "2", "1");
            assertThat(JdbcRows.column(db, "SELECT id FROM exactnames")).containsExactly("1");
            assertThat(JdbcRows.column(db, "SELECT name FROM byteorder")).containsExactly("ABC", "abc", "b");
        }
    }

    @Test
    void caseSensitiveCollationsRunOnMariaDb() throws Exception {
        String schema = SqlServerConversions.schema(SCRIPT, "mysql");
        try (Connection db = SharedMariaDb.freshDatabase("mss_collations")) {
            SharedMariaDb.runScript(db, schema);
            // Code is unique under a case-sensitive collation: 'abB' and 'ABB' are two values
            SharedMariaDb.runScript(db, ROWS.formatted("Stock"));
            assertThat(JdbcRows.column(db, "SELECT collation_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name = 'Stock' AND column_name IN ('Code', 'Tag') ORDER BY column_name"))
                    .containsExactly("utf8mb4_bin", "utf8mb4_bin");
            assertThat(JdbcRows.column(db, "SELECT CONCAT(At, ' ', Dashed) FROM CodeHits ORDER BY Id")).containsExactly("3 a-B", "2 ABB", "0 c");
            assertThat(JdbcRows.column(db, "SELECT At FROM NameHits ORDER BY Id")).containsExactly("2", "2", "1");
            assertThat(JdbcRows.column(db, "SELECT Id FROM ExactNames")).containsExactly("1");
            assertThat(JdbcRows.column(db, "SELECT Name FROM ByteOrder")).containsExactly("ABC", "abc", "b");
        }
    }

    @Test
    void anExpressionsCollateIsCarriedOrReported() {
        List<String> items = items(SqlServerConversions.convert(SCRIPT, "postgresql"));
        assertThat(items).filteredOn(i -> i.startsWith("SS-MSS-0206")).containsExactly(
                "SS-MSS-0206 view ExactNames: COLLATE Latin1_General_CS_AS is the binary collation: same equality, ordered by "
                        + "character codes");
        assertThat(items).contains("SS-MSS-0104 view Folded: COLLATE SQL_Latin1_General_CP1_CI_AS dropped: the value compares by its column's "
                + "or the database's collation");
    }
}

package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.model.ActionItem;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * T-SQL code that reads SQL Server's catalog (sys.columns, sys.types, sys.indexes, sys.index_columns, sys.foreign_keys,
 * INFORMATION_SCHEMA, COL_LENGTH, OBJECT_ID) converted and run on PostgreSQL: the existence idioms of install and
 * upgrade code find the converted objects by the names the source writes, whatever case and renames the conversion
 * gave them.
 */
class TsqlCatalogOnPostgresqlTest {
    private static final String TABLES = """
            CREATE TABLE dbo.Customer (CustomerID int IDENTITY PRIMARY KEY, Name nvarchar(40) NOT NULL,
              Balance decimal(12,2) NULL, Code char(3) NULL)
            CREATE INDEX IX_Customer_Name ON dbo.Customer (Name DESC)
            CREATE TABLE dbo.Orders (OrderID int PRIMARY KEY, CustomerID int NOT NULL
              CONSTRAINT FK_Orders_Customer REFERENCES dbo.Customer (CustomerID) ON DELETE CASCADE)
            GO
            """;
    private ConversionResult result;

    private Connection convertAndApply(String name, String tsql, Path rules) throws SQLException {
        result = TsqlScripts.convert(name, tsql, rules);
        return TsqlScripts.created(name, result);
    }

    private List<ActionItem> items() {
        return TsqlScripts.items(result);
    }

    private static List<List<String>> rows(Connection db, String sql) throws SQLException {
        return new PostgresCatalog(db).query(sql);
    }

    @Test
    void existenceIdiomsFindTheConvertedTableAndColumnsByTheirSourceNames(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "rename:\n  - {id: CLIENTS, kind: table, name: Customer, to: client}\n");
        try (Connection db = convertAndApply("catalog_exists", TABLES + """
                CREATE PROCEDURE dbo.Probe @hasColumn int OUTPUT, @colLen int OUTPUT, @noColumn int OUTPUT,
                  @isTable int OUTPUT, @columns int OUTPUT, @tables int OUTPUT, @routines int OUTPUT
                AS
                BEGIN
                  SET @hasColumn = 0
                  IF EXISTS (SELECT 1 FROM sys.columns WHERE object_id = OBJECT_ID('dbo.Customer') AND name = 'Name')
                    SET @hasColumn = 1
                  SET @colLen = COL_LENGTH('dbo.Customer', 'Balance')
                  SET @noColumn = CASE WHEN COL_LENGTH('Customer', 'Missing') IS NULL THEN 1 ELSE 0 END
                  SET @isTable = CASE WHEN OBJECT_ID('dbo.Customer', 'U') IS NOT NULL THEN 1 ELSE 0 END
                  SELECT @columns = COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS
                    WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = 'Customer' AND COLUMN_NAME IN ('CustomerID', 'Balance')
                  SELECT @tables = COUNT(*) FROM INFORMATION_SCHEMA.TABLES t
                    WHERE 'CUSTOMER' = t.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
                  SELECT @routines = COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'Probe'
                END
                GO
                """, rules)) {
            assertThat(rows(db, "SELECT count(*) FROM pg_class WHERE relname = 'client'")).containsExactly(List.of("1"));
            assertThat(rows(db, "CALL probe(NULL, NULL, NULL, NULL, NULL, NULL, NULL)"))
                    .containsExactly(List.of("1", "9", "1", "1", "2", "1", "1"));
        }
        assertThat(items()).filteredOn(i -> i.code().code().equals("SS-MSS-0210")).map(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("Customer", "CustomerID", "dbo"));
        assertThat(items()).map(i -> i.code().code()).contains("SS-MSS-0211").doesNotContain("SS-MSS-0155");
    }

    /** The columns, types, indexes and foreign keys of a table as sys.columns and its siblings list them. */
    @Test
    void sysColumnsTypesIndexesAndForeignKeysDescribeTheConvertedTables() throws Exception {
        try (Connection db = convertAndApply("catalog_describe", TABLES + """
                CREATE TABLE dbo.Described (what varchar(20), name varchar(40), detail varchar(60))
                GO
                CREATE PROCEDURE dbo.Describe
                AS
                INSERT INTO dbo.Described (what, name, detail)
                SELECT 'column', c.name, t.name + ' ' + CAST(c.max_length AS varchar(5)) + ' ' + CAST(c.precision AS varchar(5))
                       + ',' + CAST(c.scale AS varchar(5)) + CASE WHEN c.is_nullable = 1 THEN ' null' ELSE '' END
                       + CASE WHEN c.is_identity = 1 THEN ' identity' ELSE '' END
                FROM sys.columns c JOIN sys.types t ON t.user_type_id = c.user_type_id
                WHERE c.object_id = OBJECT_ID('dbo.Customer')
                INSERT INTO dbo.Described (what, name, detail)
                SELECT 'index', i.name, c.name + CASE WHEN ic.is_descending_key = 1 THEN ' desc' ELSE '' END
                       + CASE WHEN ic.is_included_column = 1 THEN ' included' ELSE '' END
                       + CASE WHEN i.is_primary_key = 1 THEN ' pk' ELSE '' END
                FROM sys.indexes i
                JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
                JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
                WHERE i.object_id = OBJECT_ID('Customer') AND i.type = 2
                INSERT INTO dbo.Described (what, name, detail)
                SELECT 'fk', fk.name, OBJECT_NAME(fk.parent_object_id) + ' -> ' + OBJECT_NAME(fk.referenced_object_id) + ' '
                       + fk.delete_referential_action_desc
                FROM sys.foreign_keys fk WHERE fk.is_disabled = 0
                INSERT INTO dbo.Described (what, name, detail)
                SELECT 'object', o.name, o.type FROM sys.objects o WHERE o.is_ms_shipped = 0 AND o.name = 'Orders'
                GO
                """, null)) {
            SharedPostgres.runScript(db, "CREATE INDEX ix_balance ON customer (balance) INCLUDE (code)");
            SharedPostgres.runScript(db, "CALL describe()");
            assertThat(rows(db, "SELECT what, name, detail FROM described ORDER BY what, name, detail")).containsExactly(
                    List.of("column", "balance", "decimal 9 12,2 null"), List.of("column", "code", "char 3 0,0 null"),
                    List.of("column", "customerid", "int 4 10,0 identity"), List.of("column", "name", "varchar 40 0,0"),
                    List.of("fk", "fk_orders_customer", "orders -> customer CASCADE"),
                    List.of("index", "customer_pkey", "customerid pk"), List.of("index", "ix_balance", "balance"),
                    List.of("index", "ix_balance", "code included"), List.of("index", "ix_customer_name", "name desc"),
                    List.of("object", "orders", "U"));
        }
    }
    /**
     * OBJECT_ID finds every kind of schema-scoped object sys.objects lists, of the type asked for, by a name given as a
     * constant (the name the conversion gives the object) or in a variable (read as SQL Server reads a name, compared
     * without case); its numbers are sys.objects' object_id.
     */
    @Test
    void objectIdFindsTablesRoutinesConstraintsAndTriggersOfTheTypeAskedFor() throws Exception {
        try (Connection db = convertAndApply("catalog_object_id", TABLES + """
                CREATE FUNCTION dbo.Twice (@n int) RETURNS int AS BEGIN RETURN @n * 2 END
                GO
                CREATE TRIGGER dbo.Orders_Audit ON dbo.Orders AFTER INSERT AS SET NOCOUNT ON
                GO
                CREATE PROCEDURE dbo.Found @name nvarchar(200), @type char(2), @found int OUTPUT, @same int OUTPUT
                AS
                SET @found = CASE WHEN OBJECT_ID(@name, @type) IS NOT NULL THEN 1 ELSE 0 END
                SET @same = (SELECT COUNT(*) FROM sys.objects WHERE object_id = OBJECT_ID(@name))
                GO
                CREATE PROCEDURE dbo.Constants @proc int OUTPUT, @func int OUTPUT, @notTable int OUTPUT, @temp int OUTPUT
                AS
                CREATE TABLE #Work (id int)
                SET @proc = CASE WHEN OBJECT_ID('dbo.Found', 'P') IS NOT NULL THEN 1 ELSE 0 END
                SET @func = CASE WHEN OBJECT_ID(N'[dbo].[TWICE]', N'FN') IS NOT NULL THEN 1 ELSE 0 END
                SET @notTable = CASE WHEN OBJECT_ID('dbo.Found', 'U') IS NULL THEN 1 ELSE 0 END
                SET @temp = CASE WHEN OBJECT_ID('tempdb..#Work') IS NOT NULL THEN 1 ELSE 0 END
                GO
                """, null)) {
            assertThat(rows(db, "CALL found('dbo.Customer', 'U', NULL, NULL)")).containsExactly(List.of("1", "1"));
            assertThat(rows(db, "CALL found('[dbo].[CUSTOMER]', 'V', NULL, NULL)")).containsExactly(List.of("0", "1"));
            assertThat(rows(db, "CALL found('Found', 'P', NULL, NULL)")).containsExactly(List.of("1", "1"));
            assertThat(rows(db, "CALL found('dbo.FK_Orders_Customer', 'F', NULL, NULL)")).containsExactly(List.of("1", "1"));
            assertThat(rows(db, "CALL found('Orders_Audit', 'TR', NULL, NULL)")).containsExactly(List.of("1", "1"));
            assertThat(rows(db, "CALL found('otherdb.dbo.Nothing', NULL, NULL, NULL)")).containsExactly(List.of("0", "0"));
            assertThat(rows(db, "CALL constants(NULL, NULL, NULL, NULL)")).containsExactly(List.of("1", "1", "1", "1"));
        }
        assertThat(items()).map(i -> i.code().code()).contains("SS-MSS-0216").doesNotContain("SS-MSS-0121");
    }
    /**
     * A view reads the catalog as code does: sys views through their helpers, sys.extended_properties as the comments
     * the conversion wrote from MS_Description, USER_ID(name) the role that owns a schema.
     */
    @Test
    void viewsReadTheCatalogThroughTheHelpersToo() throws Exception {
        try (Connection db = convertAndApply("catalog_views", TABLES + """
                EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Who buys', @level0type = N'SCHEMA',
                  @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'Customer'
                GO
                CREATE VIEW dbo.TypeNames AS SELECT t.name FROM sys.types AS t WHERE t.is_user_defined = 0
                GO
                CREATE VIEW dbo.Described AS
                  SELECT o.name, CAST(ep.value AS nvarchar(100)) AS description
                  FROM sys.objects o JOIN sys.extended_properties ep ON ep.major_id = o.object_id AND ep.minor_id = 0
                  WHERE ep.name = 'MS_Description'
                GO
                CREATE SCHEMA Sales
                GO
                CREATE VIEW dbo.OwnSchemas AS SELECT s.name FROM sys.schemas s WHERE s.principal_id = USER_ID()
                GO
                """, null)) {
            assertThat(rows(db, "SELECT count(*) FROM typenames WHERE name IN ('int', 'bigint', 'bit', 'datetime2')"))
                    .containsExactly(List.of("4"));
            assertThat(rows(db, "SELECT name, description FROM described")).containsExactly(List.of("customer", "Who buys"));
            assertThat(rows(db, "SELECT name FROM ownschemas WHERE name = 'sales'")).containsExactly(List.of("sales"));
        }
        assertThat(items()).map(i -> i.code().code()).contains("SS-MSS-0215", "SS-MSS-0217");
    }
}

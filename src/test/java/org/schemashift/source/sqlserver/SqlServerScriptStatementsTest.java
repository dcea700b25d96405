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
 * Script-level T-SQL statements on both targets: a default added by ALTER TABLE ... DEFAULT ... FOR
 * applies to rows inserted without the column, table hints are dropped with a note.
 */
class SqlServerScriptStatementsTest {

    private static final String DEFAULTS = """
            CREATE TABLE dbo.Stock (Id int PRIMARY KEY, Qty int NULL, Flag char(1) NULL)
            GO
            ALTER TABLE dbo.Stock ADD CONSTRAINT DF_Stock_Qty DEFAULT 5 FOR Qty
            ALTER TABLE dbo.Stock ADD DEFAULT 'N' FOR Flag
            GO
            """;

    private static List<String> items(ConversionResult result) {
        return java.util.stream.Stream.concat(result.statements().stream().flatMap(st -> st.actionItems().stream()),
                result.conversionItems().stream()).map(i -> i.code().code() + " " + i.message()).toList();
    }

    @Test
    void aDefaultAddedForAColumnAppliesOnPostgresql() throws Exception {
        String schema = SqlServerConversions.schema(DEFAULTS, "postgresql");
        try (Connection db = SharedPostgres.freshDatabase("mss_add_default")) {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, "INSERT INTO stock (id) VALUES (1)");
            assertThat(JdbcRows.column(db, "SELECT qty || flag FROM stock")).containsExactly("5N");
        }
    }

    @Test
    void aDefaultAddedForAColumnAppliesOnMariaDb() throws Exception {
        String schema = SqlServerConversions.schema(DEFAULTS, "mysql");
        try (Connection db = SharedMariaDb.freshDatabase("mss_add_default")) {
            SharedMariaDb.runScript(db, schema);
            SharedMariaDb.runScript(db, "INSERT INTO Stock (Id) VALUES (1)");
            assertThat(JdbcRows.column(db, "SELECT CONCAT(Qty, Flag) FROM Stock")).containsExactly("5N");
        }
    }

    @Test
    void tableHintsAreDroppedWithANote() {
        ConversionResult result = SqlServerConversions.convert("""
                CREATE TABLE dbo.Stock (Id int PRIMARY KEY)
                GO
                CREATE VIEW dbo.Free AS SELECT s.Id FROM dbo.Stock s WITH (NOLOCK) JOIN dbo.Stock t WITH (READPAST, INDEX(1)) ON s.Id = t.Id
                GO
                """, "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-MSS-0116")).containsExactly(
                "SS-MSS-0116 table hint dropped on dbo.Stock: WITH (NOLOCK)", "SS-MSS-0116 table hint dropped on dbo.Stock: WITH (READPAST, INDEX(1))");
        assertThat(SchemaScript.render(result)).doesNotContain("NOLOCK").doesNotContain("READPAST");
    }

    @Test
    void aNameInAnotherDatabaseThanTheScriptsIsReported() {
        ConversionResult result = SqlServerConversions.convert("""
                USE [Shop]
                GO
                CREATE TABLE dbo.Stock (Id int PRIMARY KEY)
                GO
                CREATE VIEW dbo.Here AS SELECT Id FROM Shop.dbo.Stock
                GO
                CREATE VIEW dbo.There AS SELECT Id FROM Archive.dbo.Stock
                GO
                """, "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-MSS-0213"))
                .containsExactly("SS-MSS-0213 Archive.dbo.Stock is in database Archive, not in Shop");
    }

    @Test
    void withoutUseEveryDatabasePartIsReported() {
        ConversionResult result = SqlServerConversions.convert("CREATE VIEW dbo.Here AS SELECT Id FROM Shop.dbo.Stock\nGO\n", "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-MSS-0213"))
                .containsExactly("SS-MSS-0213 Shop.dbo.Stock is in database Shop, and the script names none (USE)");
    }

    @Test
    void aDatabasePartOfADdlNameIsCheckedAgainstUseAndDropped() {
        ConversionResult result = SqlServerConversions.convert("""
                USE [Shop]
                GO
                CREATE TABLE [Shop].[dbo].[Stock] (Id int PRIMARY KEY)
                CREATE TABLE Archive.dbo.Lot (Id int PRIMARY KEY, StockId int REFERENCES Archive.dbo.Stock (Id))
                CREATE INDEX IX_Lot ON Archive.dbo.Lot (StockId)
                GO
                CREATE VIEW Archive.dbo.Lots AS SELECT Id FROM dbo.Lot
                GO
                """, "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-MSS-0213")).containsExactly(
                "SS-MSS-0213 Archive.dbo.Lot is in database Archive, not in Shop",
                "SS-MSS-0213 Archive.dbo.Stock is in database Archive, not in Shop",
                "SS-MSS-0213 Archive.dbo.Lot is in database Archive, not in Shop",
                "SS-MSS-0213 Archive.dbo.Lots is in database Archive, not in Shop");
        assertThat(SchemaScript.render(result)).contains("CREATE TABLE stock (").contains("CREATE TABLE lot (")
                .contains("CREATE INDEX ix_lot ON lot").contains("CREATE VIEW lots AS");
    }

    @Test
    void databaseDotDotObjectIsTheObjectInTheDefaultSchema() throws Exception {
        String schema = SqlServerConversions.schema("""
                USE Shop
                GO
                CREATE TABLE Shop..Stock (Id int PRIMARY KEY, Qty int)
                GO
                CREATE TABLE [Shop]..[Lot] (Id int PRIMARY KEY, StockId int REFERENCES Shop..Stock (Id))
                GO
                CREATE VIEW Shop..Stocked AS SELECT s.Id, s.Qty FROM Shop..Stock s JOIN [Shop]..[Lot] l ON l.StockId = s.Id
                GO
                """, "postgresql");
        assertThat(schema).doesNotContain("shop.").doesNotContain("CREATE SCHEMA");
        try (Connection db = SharedPostgres.freshDatabase("mss_dot_dot")) {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, "INSERT INTO stock VALUES (1, 5), (2, 7); INSERT INTO lot VALUES (10, 2)");
            assertThat(JdbcRows.column(db, "SELECT id || ':' || qty FROM public.stocked")).containsExactly("2:7");
        }
    }

    @Test
    void databaseDotDotObjectWithoutUseIsReported() {
        ConversionResult result = SqlServerConversions.convert("CREATE TABLE Shop..Stock (Id int)\nGO\n", "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-MSS-0213"))
                .containsExactly("SS-MSS-0213 Shop..Stock is in database Shop, and the script names none (USE)");
        assertThat(SchemaScript.render(result)).contains("CREATE TABLE stock (");
    }

    @Test
    void aScriptLevelSelectOfNoNewTableStaysReported() {
        ConversionResult result = SqlServerConversions.convert("""
                CREATE TABLE dbo.Stock (Id int PRIMARY KEY)
                GO
                SELECT Id FROM dbo.Stock WHERE Id > 1
                SELECT Id INTO #work FROM dbo.Stock
                GO
                """, "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-GEN-0002")).containsExactly(
                "SS-GEN-0002 SELECT: not converted yet", "SS-GEN-0002 SELECT: not converted yet");
    }

    @Test
    void aReplaceWhosePatternIsNoLiteralKeepsMatchingCaseWithAnItem() {
        ConversionResult result = SqlServerConversions.convert("""
                CREATE TABLE dbo.Stock (Id int PRIMARY KEY, Name varchar(20), Pat varchar(5))
                GO
                CREATE VIEW dbo.Renamed AS SELECT REPLACE(Name, Pat, 'x') AS r FROM dbo.Stock
                GO
                """, "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-MSS-0214")).hasSize(1);
        assertThat(SchemaScript.render(result)).contains("REPLACE(name, pat, 'x')");
    }
}

package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.LoadPhase;
import org.schemashift.pipeline.LoadPhases;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * A script-level {@code SELECT ... INTO t} is {@code CREATE TABLE t AS} the converted query on both
 * targets: t has the query's columns and rows, later statements read it, and an item says what
 * CREATE TABLE AS does not carry (keys, defaults, the identity SELECT INTO keeps).
 */
class SqlServerSelectIntoTest {

    private static final String SCRIPT = """
            USE Shop
            GO
            CREATE TABLE dbo.Stock (Id int IDENTITY(1,1) PRIMARY KEY, Name nvarchar(20) NOT NULL, Qty int NULL)
            GO
            SELECT Id, Name + N'!' AS Label INTO dbo.Shouted FROM dbo.Stock WITH (NOLOCK) WHERE ISNULL(Qty, 0) > 0
            GO
            SELECT 1 AS Id, ISNULL(NULL, N'a') + N'b' AS Name
            INTO Shop..Seed
            UNION ALL SELECT 2, N'c'
            GO
            CREATE VIEW dbo.SeedNames AS SELECT s.Name FROM dbo.Seed s WHERE s.Id > 1
            GO
            """;

    private static List<String> items(ConversionResult result) {
        return result.statements().stream().flatMap(st -> st.actionItems().stream())
                .map(i -> i.code().code() + " " + i.message()).toList();
    }

    @Test
    void selectIntoIsCreateTableAsSelectOnPostgresql() throws Exception {
        ConversionResult result = SqlServerConversions.convert(SCRIPT, "postgresql");
        String schema = SchemaScript.render(result);
        assertThat(schema).contains("CREATE TABLE shouted AS\nSELECT").contains("CREATE TABLE seed AS\nSELECT");
        try (Connection db = SharedPostgres.freshDatabase("mss_select_into")) {
            SharedPostgres.runScript(db, schema);
            assertThat(JdbcRows.column(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'shouted'"
                    + " ORDER BY ordinal_position")).containsExactly("id", "label");
            assertThat(JdbcRows.column(db, "SELECT id || ':' || name FROM seed ORDER BY id")).containsExactly("1:ab", "2:c");
            assertThat(JdbcRows.column(db, "SELECT name FROM seednames")).containsExactly("c");
            assertThat(JdbcRows.column(db, "SELECT table_type FROM information_schema.tables WHERE table_name = 'seed'"))
                    .containsExactly("BASE TABLE");
        }
    }

    @Test
    void selectIntoIsCreateTableAsSelectOnMariaDb() throws Exception {
        String schema = SqlServerConversions.schema(SCRIPT, "mysql");
        try (Connection db = SharedMariaDb.freshDatabase("mss_select_into")) {
            SharedMariaDb.runScript(db, schema);
            assertThat(JdbcRows.column(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name = 'Shouted' ORDER BY ordinal_position")).containsExactly("Id", "Label");
            assertThat(JdbcRows.column(db, "SELECT CONCAT(Id, ':', Name) FROM Seed ORDER BY Id")).containsExactly("1:ab", "2:c");
            assertThat(JdbcRows.column(db, "SELECT Name FROM SeedNames")).containsExactly("c");
        }
    }

    @Test
    void theCreatedTableIsFilledAfterTheLoadNotByIt() {
        LoadPhases phases = LoadPhases.of(SqlServerConversions.convert(SCRIPT, "postgresql").objects());
        assertThat(phases.objects(LoadPhase.PRE_DATA)).extracting(p -> p.object().name()).contains("stock")
                .doesNotContain("shouted", "seed");
        assertThat(phases.objects(LoadPhase.POST_DATA)).extracting(p -> p.object().name()).contains("shouted", "seed");
    }

    @Test
    void whatCreateTableAsDoesNotCarryIsReported() {
        ConversionResult result = SqlServerConversions.convert(SCRIPT, "postgresql");
        assertThat(items(result)).filteredOn(i -> i.startsWith("SS-MSS-0205")).containsExactly(
                "SS-MSS-0205 SELECT ... INTO Shouted is CREATE TABLE Shouted AS SELECT: only the query's columns and rows; keys, "
                        + "constraints, defaults, indexes and a selected identity column's IDENTITY (which SELECT INTO keeps) "
                        + "are not created",
                "SS-MSS-0205 SELECT ... INTO Seed is CREATE TABLE Seed AS SELECT: only the query's columns and rows; keys, "
                        + "constraints, defaults, indexes and a selected identity column's IDENTITY (which SELECT INTO keeps) "
                        + "are not created");
        assertThat(result.statements()).filteredOn(st -> "Seed".equals(st.name())).singleElement()
                .satisfies(st -> assertThat(st.disposition()).hasToString("PARSED"));
    }
}

package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * SQL Server's PIVOT and UNPIVOT as SQL Server documents them: PIVOT groups by every source column
 * that is neither pivoted nor aggregated, one aggregate per listed value; UNPIVOT makes a row per
 * listed column and drops NULLs. A string column matches the listed values without case, as under
 * SQL Server's default collation, and exactly under a case-sensitive one (the column's COLLATE, or
 * the database's). The converted views run on PostgreSQL, and UNPIVOT (a UNION ALL
 * there) on MariaDB, and return SQL Server's rows.
 */
class SqlServerPivotTest {
    private static final String UNPIVOT = """
            CREATE TABLE quarters (id int PRIMARY KEY, q1 int, q2 int, q3 int)
            GO
            CREATE VIEW per_quarter AS
              SELECT id, quarter, amount FROM quarters UNPIVOT (amount FOR quarter IN (q1, q2, q3)) AS u
            GO
            CREATE VIEW of_derived AS
              SELECT k, quarter, amount FROM (SELECT id AS k, q1, q2 FROM quarters WHERE id < 3) AS s UNPIVOT (amount FOR quarter IN (q1, q2)) u
            GO
            """;
    private static final String QUARTERS = " INSERT INTO quarters VALUES (1, 10, NULL, 30), (2, NULL, NULL, NULL), (3, 0, 4, NULL)";
    private static final String SCHEMA = """
            CREATE TABLE sales (id int PRIMARY KEY, region varchar(10), yr int, amount int)
            GO
            CREATE VIEW by_year AS
              SELECT region, [2023], [2024]
              FROM (SELECT region, yr, amount FROM sales) AS s
              PIVOT (SUM(amount) FOR yr IN ([2023], [2024])) AS p
            GO
            CREATE VIEW regions_per_year AS
              SELECT yr, north, south FROM (SELECT yr, region, id FROM sales) s PIVOT (COUNT(id) FOR region IN (north, south)) p
            GO
            CREATE VIEW per_sale AS SELECT * FROM sales PIVOT (SUM(amount) FOR region IN ([north], [south])) AS p
            GO
            CREATE TABLE tickets (id int PRIMARY KEY, status varchar(10))
            GO
            CREATE VIEW per_status AS SELECT [open], [Closed] FROM (SELECT id, status FROM tickets) t PIVOT (COUNT(id) FOR status IN ([open], [Closed])) p
            GO
            """ + UNPIVOT;
    private static final String ROWS = "INSERT INTO sales VALUES (1, 'north', 2023, 10), (2, 'north', 2023, 5), (3, 'south', 2024, 7),"
            + " (4, 'north', 2024, 1); INSERT INTO tickets VALUES (1, 'open'), (2, 'OPEN'), (3, 'closed'), (4, 'opened');"
            + QUARTERS;

    private static ConversionResult convert(String target, String sql) {
        return new ConversionPipeline("sqlserver", target, null).run(List.of(new SourceFile("pivot.sql", sql)));
    }

    @Test
    void theConvertedViewsReturnSqlServersRowsOnPostgresql() throws Exception {
        try (Connection db = SharedPostgres.freshDatabase("pivot")) {
            SharedPostgres.runScript(db, SchemaScript.render(convert("postgresql", SCHEMA)));
            SharedPostgres.runScript(db, ROWS);
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', region, \"2023\", \"2024\") FROM by_year ORDER BY region"))
                    .containsExactly("north|15|1", "south|7");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', yr, north, south) FROM regions_per_year ORDER BY yr"))
                    .containsExactly("2023|2|0", "2024|1|1");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', id, yr, coalesce(north, -1), coalesce(south, -1)) FROM per_sale ORDER BY id"))
                    .containsExactly("1|2023|10|-1", "2|2023|5|-1", "3|2024|-1|7", "4|2024|1|-1");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', id, quarter, amount) FROM per_quarter ORDER BY id, quarter"))
                    .containsExactly("1|q1|10", "1|q3|30", "3|q1|0", "3|q2|4");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', open, closed) FROM per_status")).containsExactly("2|1");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', k, quarter, amount) FROM of_derived ORDER BY k, quarter"))
                    .containsExactly("1|q1|10");
        }
    }

    private static final String COLLATED = """
            CREATE TABLE labels (id int PRIMARY KEY, exact varchar(10) COLLATE Latin1_General_CS_AS,
              caseless varchar(10) COLLATE SQL_Latin1_General_CP1_CI_AS, plain varchar(10))
            GO
            CREATE VIEW by_exact AS SELECT [a], [B] FROM (SELECT id, exact FROM labels) s PIVOT (COUNT(id) FOR exact IN ([a], [B])) p
            GO
            CREATE VIEW by_caseless AS SELECT [a], [B] FROM (SELECT l.id, l.caseless AS c FROM labels l) s PIVOT (COUNT(id) FOR c IN ([a], [B])) p
            GO
            CREATE VIEW by_plain AS SELECT [a], [B] FROM (SELECT id, plain FROM labels) s PIVOT (COUNT(id) FOR plain IN ([a], [B])) p
            GO
            """;
    private static final String LABELS = "INSERT INTO labels VALUES (1, 'a', 'a', 'a'), (2, 'A', 'A', 'A'), (3, 'b', 'b', 'b'), (4, 'B', 'B', 'B')";

    /** Each view's counts of 'a' and 'B' as "a|B", in the order by_exact, by_caseless, by_plain. */
    private static List<String> collatedCounts(boolean caseSensitiveDatabase) throws Exception {
        ConversionResult result = new ConversionPipeline("sqlserver", "postgresql", null).run(
                List.of(new SourceFile("collated.sql", COLLATED)), new SourceOptions(Map.of(), 0, caseSensitiveDatabase));
        try (Connection db = SharedPostgres.freshDatabase("pivot_collation")) {
            SharedPostgres.runScript(db, SchemaScript.render(result));
            SharedPostgres.runScript(db, LABELS);
            return JdbcRows.column(db, "SELECT concat_ws('|', a, b) FROM by_exact UNION ALL SELECT concat_ws('|', a, b) FROM by_caseless"
                    + " UNION ALL SELECT concat_ws('|', a, b) FROM by_plain");
        }
    }

    @Test
    void aCaseSensitiveCollationMatchesThePivotedValuesExactly() throws Exception {
        assertThat(collatedCounts(false)).as("_CS_ column exact; _CI_ and undeclared (the default _CI_ database) without case")
                .containsExactly("1|1", "2|2", "2|2");
        assertThat(collatedCounts(true)).as("under a _CS_ database only the column declared _CI_ matches without case")
                .containsExactly("1|1", "2|2", "1|1");
    }

    @Test
    void unpivotIsOneSelectPerColumnOnTheMySqlTargetAndReturnsSqlServersRowsOnMariaDb() throws Exception {
        ConversionResult result = convert("mysql", UNPIVOT);
        assertThat(SchemaScript.render(result)).contains("UNION ALL").doesNotContain("LATERAL");
        try (Connection db = SharedMariaDb.freshDatabase("unpivot")) {
            SharedMariaDb.runScript(db, SchemaScript.render(result));
            SharedMariaDb.runScript(db, QUARTERS);
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', id, quarter, amount) FROM per_quarter ORDER BY id, quarter"))
                    .containsExactly("1|q1|10", "1|q3|30", "3|q1|0", "3|q2|4");
            assertThat(JdbcRows.column(db, "SELECT concat_ws('|', k, quarter, amount) FROM of_derived ORDER BY k, quarter"))
                    .containsExactly("1|q1|10");
        }
    }

    @Test
    void aPivotWhoseSourceColumnsAreUnknownIsReportedWithWhatToWrite() {
        ConversionResult result = convert("postgresql", """
                CREATE VIEW elsewhere AS SELECT * FROM other.dbo.sales PIVOT (SUM(amount) FOR yr IN ([2023])) AS p
                GO
                CREATE VIEW unnamed AS SELECT * FROM (SELECT * FROM other.dbo.q) AS s UNPIVOT (v FOR k IN (a, b)) AS u
                GO
                """);
        assertThat(result.conversionItems()).filteredOn(item -> item.code().code().equals("SS-MSS-0117")).map(ActionItem::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("PIVOT whose source columns are not known", "AGG(CASE WHEN"),
                        m -> assertThat(m).contains("UNPIVOT whose source columns are not known", "UNION ALL"));
    }

    @Test
    void applyOnTheMySqlTargetSaysWhichServersRunIt() {
        ConversionResult result = convert("mysql", """
                CREATE TABLE c (id int PRIMARY KEY)
                GO
                CREATE TABLE o (id int PRIMARY KEY, cid int, amount int)
                GO
                CREATE VIEW last_orders AS
                  SELECT c.id, x.amount FROM c OUTER APPLY (SELECT TOP 1 amount FROM o WHERE o.cid = c.id ORDER BY o.id DESC) AS x
                GO
                """);
        assertThat(result.conversionItems()).map(ActionItem::message).anySatisfy(m -> assertThat(m)
                .contains("CROSS/OUTER APPLY", "MySQL 8.0.14+", "LEFT JOIN LATERAL", "MariaDB, 10.11 included, has no LATERAL"));
    }
}

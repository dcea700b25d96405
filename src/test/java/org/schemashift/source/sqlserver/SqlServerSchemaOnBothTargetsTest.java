package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.MariaDbScripts;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * A SQL Server schema with the parts the corpora use little (computed columns, a filtered and a
 * descending index, a sequence, a synonym, comments, a rule bound to an alias type, a bound
 * default, a view WITH CHECK OPTION) applies to PostgreSQL and MariaDB, and behaves there as on
 * SQL Server: identity seed and increment, defaults, the domain check and the filtered index.
 */
class SqlServerSchemaOnBothTargetsTest {

    private static final String SCRIPT = """
            CREATE SCHEMA sales
            GO
            CREATE TYPE dbo.Flag FROM char(1)
            GO
            EXEC sp_addtype Amount, 'decimal(10,2)', 'NOT NULL'
            GO
            CREATE RULE r_flag AS @f IN ('Y', 'N')
            GO
            EXEC sp_bindrule 'r_flag', 'Flag'
            GO
            CREATE DEFAULT d_qty AS 3
            GO
            CREATE SEQUENCE sales.order_numbers AS bigint START WITH 1000 INCREMENT BY 10
            GO
            CREATE TABLE sales.Orders (
              Id int IDENTITY(100, 5) NOT FOR REPLICATION PRIMARY KEY,
              Qty smallint NOT NULL,
              Price money NOT NULL CONSTRAINT DF_Price DEFAULT (0),
              Total AS (Qty * Price) PERSISTED,
              Done dbo.Flag NOT NULL,
              Code varchar(10) NULL,
              Created datetime2(3) NOT NULL DEFAULT SYSDATETIME(),
              Due AS (DATEADD(day, 30, Created)),
              Label AS (Code + '-'),
              Paid Amount DEFAULT 0,
              Refund Amount NULL,
              Ref uniqueidentifier ROWGUIDCOL NOT NULL DEFAULT NEWSEQUENTIALID()
            )
            GO
            EXEC sp_bindefault 'd_qty', 'sales.Orders.Qty'
            CREATE UNIQUE INDEX ix_code ON sales.Orders (Code) WHERE Code IS NOT NULL
            CREATE INDEX ix_created ON sales.Orders (Created DESC) INCLUDE (Qty)
            CREATE SYNONYM dbo.Ord FOR sales.Orders
            EXEC sp_addextendedproperty 'MS_Description', 'Orders taken', 'SCHEMA', 'sales', 'TABLE', 'Orders'
            GO
            CREATE VIEW sales.OpenOrders AS SELECT Id, Qty, Done FROM sales.Orders WHERE Done = 'N' WITH CHECK OPTION
            GO
            EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Orders not done yet',
              @level0type = N'SCHEMA', @level0name = N'sales', @level1type = N'VIEW', @level1name = N'OpenOrders'
            EXEC sys.sp_addextendedproperty N'MS_Description', N'How many; it''s a count', N'SCHEMA', N'sales',
              N'VIEW', N'OpenOrders', N'COLUMN', N'Qty'
            GO
            CREATE VIEW sales.Totals WITH SCHEMABINDING AS SELECT Done, COUNT_BIG(*) AS n FROM sales.Orders GROUP BY Done
            GO
            CREATE UNIQUE CLUSTERED INDEX ix_totals ON sales.Totals (Done)
            GO
            CREATE VIEW sales.PricedColumns AS SELECT COLUMN_NAME AS name FROM INFORMATION_SCHEMA.COLUMNS
              WHERE TABLE_SCHEMA = 'sales' AND TABLE_NAME = 'Orders' AND COLUMN_NAME IN ('Qty', 'Price')
            """;

    @Test
    void appliesToPostgresqlWithItsBehaviour() throws Exception {
        String schema = SqlServerConversions.schema(SCRIPT, "postgresql");
        try (Connection db = SharedPostgres.freshDatabase("mss_schema")) {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, "INSERT INTO sales.orders (price, done, code) VALUES (2.5, 'N', NULL), (1, 'Y', NULL)");
            assertThat(JdbcRows.column(db, "SELECT id || ':' || qty || ':' || total FROM sales.orders ORDER BY id"))
                    .containsExactly("100:3:7.5000", "105:3:3.0000");
            assertThat(JdbcRows.column(db, "SELECT count(DISTINCT ref) || ' ' || pg_typeof(min(ref::text)::uuid) FROM sales.orders"))
                    .as("NEWSEQUENTIALID() as a default makes a distinct uuid per row").containsExactly("2 uuid");
            assertThat(JdbcRows.column(db, "SELECT column_name || ' ' || data_type FROM information_schema.columns "
                    + "WHERE table_name = 'orders' AND column_name IN ('total', 'due', 'label') ORDER BY column_name"))
                    .as("computed columns typed by their expressions")
                    .containsExactly("due timestamp without time zone", "label text", "total numeric");
            assertThat(JdbcRows.column(db, "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'orders' "
                    + "AND column_name = 'paid'")).as("a column of an sp_addtype ... 'NOT NULL' type").containsExactly("NO");
            assertThat(JdbcRows.column(db, "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'orders' "
                    + "AND column_name = 'refund'")).as("a column of that type declared NULL").containsExactly("YES");
            assertRefused(db, "INSERT INTO sales.orders (price, done, paid) VALUES (1, 'N', NULL)");
            assertThat(JdbcRows.column(db, "SELECT nextval('sales.order_numbers')")).containsExactly("1000");
            assertThat(new PostgresCatalog(db).tableComment("sales", "orders")).isEqualTo("Orders taken");
            assertThat(JdbcRows.column(db, "SELECT count(*) FROM sales.openorders")).containsExactly("1");
            assertRefused(db, "INSERT INTO sales.openorders (qty, done) VALUES (1, 'Y')");  // WITH CHECK OPTION
            assertThat(new PostgresCatalog(db).tableComment("sales", "openorders")).as("MS_Description on a view")
                    .isEqualTo("Orders not done yet");
            assertThat(new PostgresCatalog(db).columnComment("sales", "openorders", "qty")).as("MS_Description on a view's column")
                    .isEqualTo("How many; it's a count");
            assertThat(JdbcRows.column(db, "SELECT relkind FROM pg_class WHERE relname = 'totals'")).containsExactly("m");
            assertThat(JdbcRows.column(db, "SELECT name FROM sales.pricedcolumns ORDER BY name"))
                    .as("names in a catalog lookup as the conversion gives them").containsExactly("price", "qty");
            assertRefused(db, "INSERT INTO sales.orders (price, done) VALUES (1, 'X')");
            SharedPostgres.runScript(db, "INSERT INTO sales.orders (price, done, code) VALUES (1, 'N', 'A')");
            assertRefused(db, "INSERT INTO sales.orders (price, done, code) VALUES (1, 'N', 'A')");
        }
    }

    @Test
    void appliesToMariaDbWhereViewCommentsAreReported() throws Exception {
        ConversionResult result = SqlServerConversions.convert(SCRIPT, "mysql");
        MariaDbScripts.apply("mss_schema", SchemaScript.render(result));
        String script = SchemaScript.render(result);
        String view = script.substring(script.indexOf("CREATE VIEW sales.PricedColumns"));
        assertThat(view.substring(0, view.indexOf(';'))).as("a catalog lookup with the names as the MySQL target gives them")
                .contains("'sales'", "'Orders'", "'Qty'", "'Price'");
        assertThat(result.conversionItems()).filteredOn(item -> item.code().code().equals("SS-MYSQL-0409"))
                .map(item -> item.message() + " @" + item.span().line()).containsExactly("comment on view sales.OpenOrders is not kept @38",
                        "comment on column Qty of view sales.OpenOrders is not kept @40");
    }

    private static void assertRefused(Connection db, String sql) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SharedPostgres.runScript(db, sql)).as(sql)
                .isInstanceOf(java.sql.SQLException.class);
    }

}

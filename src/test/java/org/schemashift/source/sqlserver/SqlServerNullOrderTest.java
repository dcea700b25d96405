package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/** SQL Server sorts NULLs as the lowest values (first ascending, last descending); PostgreSQL as the highest. */
class SqlServerNullOrderTest {

    @Test
    void topAndWindowPickRowsInSqlServersOrderOnPostgresql() throws Exception {
        String schema = SqlServerConversions.schema("""
                CREATE TABLE dbo.Task (Id int PRIMARY KEY, Due int NULL)
                GO
                CREATE VIEW dbo.FirstDue AS SELECT TOP (2) Id FROM dbo.Task ORDER BY Due, Id
                GO
                CREATE VIEW dbo.LastDue AS SELECT Id, ROW_NUMBER() OVER (ORDER BY Due DESC, Id) AS Rn FROM dbo.Task
                """, "postgresql");
        assertThat(schema).contains("ORDER BY due NULLS FIRST", "ORDER BY due DESC NULLS LAST");
        try (Connection db = SharedPostgres.freshDatabase("mss_nulls")) {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, "INSERT INTO task VALUES (1, 5), (2, NULL), (3, 1), (4, NULL)");
            assertThat(JdbcRows.column(db, "SELECT id FROM firstdue")).containsExactly("2", "4");
            assertThat(JdbcRows.column(db, "SELECT id || ':' || rn FROM lastdue ORDER BY id")).containsExactly("1:1", "2:3", "3:2", "4:4");
        }
    }
}

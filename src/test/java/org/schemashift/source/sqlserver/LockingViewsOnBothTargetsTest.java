package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.MariaDbScripts;
import org.schemashift.testing.SharedPostgres;

/**
 * Views whose tables carry locking hints lock the rows they read on both targets: PostgreSQL takes the
 * standard clause (FOR SHARE OF c); MySQL is written as MariaDB also reads it (LOCK IN SHARE MODE, no
 * OF: every table's rows, reported); both servers create the views, and PostgreSQL's are queried.
 */
class LockingViewsOnBothTargetsTest {
    private static final String SCRIPT = """
            CREATE TABLE dbo.counters (name varchar(20) NOT NULL PRIMARY KEY, next_id int NOT NULL)
            GO
            CREATE VIEW dbo.v_held AS SELECT c.name, c.next_id FROM dbo.counters c WITH (HOLDLOCK) WHERE c.next_id > 0
            GO
            CREATE VIEW dbo.v_taken AS SELECT name FROM dbo.counters WITH (UPDLOCK, READPAST)
            GO
            """;

    @Test
    void postgresqlLocksTheHintedTable() throws Exception {
        String schema = SqlServerConversions.schema(SCRIPT, "postgresql");
        assertThat(schema).contains("WHERE c.next_id > 0 FOR SHARE OF c").contains("FROM counters FOR UPDATE OF counters SKIP LOCKED");
        try (Connection db = SharedPostgres.freshDatabase("mss_locks")) {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, "INSERT INTO counters VALUES ('a', 1), ('b', 0)");
            assertThat(JdbcRows.column(db, "SELECT name FROM v_held")).containsExactly("a");
            assertThat(JdbcRows.column(db, "SELECT name FROM v_taken ORDER BY name")).containsExactly("a", "b");
        }
    }

    @Test
    void mysqlIsWrittenAsMariaDbReadsItAndTheWideningIsReported() throws Exception {
        ConversionResult result = SqlServerConversions.convert(SCRIPT, "mysql");
        String schema = SchemaScript.render(result);
        assertThat(schema).contains("WHERE c.next_id > 0 LOCK IN SHARE MODE").contains("FROM counters FOR UPDATE SKIP LOCKED");
        MariaDbScripts.apply("mss_locks", schema);
        assertThat(result.conversionItems()).filteredOn(item -> item.code().code().equals("SS-MYSQL-0796")).hasSize(2);
    }
}

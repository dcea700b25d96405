package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemashift.testing.JdbcRows;

/**
 * A derived table's column list, {@code (SELECT ...) AS t (a, b)} (SQL Server, MySQL 8), renames the
 * query's columns: the converted view names them in the select items, which MariaDB also reads.
 */
class DerivedColumnListsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"sqlserver, postgresql", "sqlserver, mysql", "mysql, postgresql", "mysql, mysql"})
    void theOuterQueryReadsTheColumnsByTheirNewNames(String source, String target) throws Exception {
        String go = source.equals("sqlserver") ? "\nGO\n" : ";\n";
        try (Connection db = SourceStorageBehaviourTest.on(target, source, "derived_columns",
                "CREATE TABLE t (id int, name varchar(10))" + go
                        + "CREATE VIEW v AS SELECT x.a, x.b FROM (SELECT id, name FROM t) AS x (a, b)" + go
                        + "CREATE VIEW w AS SELECT y.a FROM (SELECT id FROM t UNION SELECT 7) AS y (a)" + go)) {
            SourceStorageBehaviourTest.run(target, db, "INSERT INTO t VALUES (1, 'one')");
            assertThat(JdbcRows.query(db, "SELECT a, b FROM v")).containsExactly(java.util.List.of("1", "one"));
            assertThat(JdbcRows.column(db, "SELECT a FROM w ORDER BY a")).containsExactly("1", "7");
        }
    }
}

package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemashift.model.ActionItem;
import org.schemashift.testing.JdbcRows;

/**
 * A computed (SQL Server) or virtual (Oracle) column that calls a function of the input: PostgreSQL takes only
 * IMMUTABLE functions in a generation expression and MySQL no stored function, so the column is a plain one, its
 * expression a comment, with SS-GEN-0120; the schema applies and a view calling the same function converts.
 */
class GeneratedColumnsCallingRoutinesTest {
    private static final String SQLSERVER = """
            CREATE FUNCTION dbo.fmt(@v int) RETURNS varchar(8) AS BEGIN RETURN CONVERT(varchar(8), @v) END
            GO
            CREATE TABLE dbo.t (id int, code AS (dbo.fmt(id)), total AS (id * 2))
            GO
            CREATE VIEW dbo.v AS SELECT id, dbo.fmt(id) AS shown FROM dbo.t
            GO
            """;
    private static final String ORACLE = """
            CREATE FUNCTION fmt(x NUMBER) RETURN VARCHAR2 DETERMINISTIC IS BEGIN RETURN TO_CHAR(x); END;
            /
            CREATE TABLE t (id NUMBER(9), code VARCHAR2(8) GENERATED ALWAYS AS (fmt(id)) VIRTUAL, total NUMBER GENERATED ALWAYS AS (id * 2));
            """;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"sqlserver, postgresql", "sqlserver, mysql", "oracle, postgresql", "oracle, mysql"})
    void theColumnIsPlainWithAnItemAndTheOtherGeneratedColumnStays(String source, String target) throws Exception {
        String sql = source.equals("sqlserver") ? SQLSERVER : ORACLE;
        assertThat(SourceStorageBehaviourTest.convert(source, target, "generated_calls", sql).conversionItems())
                .filteredOn(i -> i.code().code().equals("SS-GEN-0120")).extracting(ActionItem::message).singleElement()
                .asString().contains("calls function", "FMT", "written without its expression");
        try (Connection db = SourceStorageBehaviourTest.on(target, source, "generated_calls", sql)) {
            SourceStorageBehaviourTest.run(target, db, "INSERT INTO t (id) VALUES (21)");
            assertThat(JdbcRows.column(db, "SELECT CASE WHEN total = 42 THEN 'yes' END FROM t")).as("a generated column without a call stays generated")
                    .containsExactly("yes");
            if (source.equals("sqlserver") && target.equals("postgresql")) {
                assertThat(JdbcRows.column(db, "SELECT shown FROM v")).as("dbo.fmt is the function created as fmt").containsExactly("21");
            }
        }
    }
}

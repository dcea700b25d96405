package org.schemashift.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemashift.model.Disposition;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;
import org.schemashift.source.mysql.MySqlSourceDialect;
import org.schemashift.source.oracle.OracleSourceDialect;

/**
 * Standard SQL is read by one grammar (grammars/imports/SqlCoreParser.g4) and built by one
 * builder, whichever dialect it comes from: the same condition gives the same tree from Oracle and
 * from MySQL. Names are written in upper case, which both dialects keep as written.
 */
class CoreSqlBuilderTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "A BETWEEN 1 AND 10 AND B NOT IN (1, 2) OR C LIKE 'x%' ESCAPE '!'",
        "NOT (A = 1) AND B <> 2 AND B IS NOT NULL AND C NOT LIKE 'y'",
        "CASE WHEN A > 0 THEN 'p' WHEN A < 0 THEN 'n' ELSE 'z' END = 'p'",
        "CASE A WHEN 1 THEN 2 END IS NULL",
        "COALESCE(A, 0) + -1 * 2 >= ABS(B) - 3.5 / 2",
        "UPPER(C) <> LOWER(C) AND NULLIF(A, B) IS NULL",
        "CAST(A AS DECIMAL(5, 2)) > .5 AND CAST(C AS CHAR(3)) = 'abc'",
        "D < DATE '2020-01-31' AND D > TIMESTAMP '2020-01-01 10:00:00.5'",
        "(A, B) IN ((1, 2), (3, 4))",
        "A IN (SELECT X.B FROM T X JOIN U Y ON X.K = Y.K WHERE Y.C = 'z' GROUP BY X.B HAVING COUNT(*) > 1)",
        "EXISTS (SELECT * FROM T WHERE T.A = 1 UNION ALL SELECT * FROM U)",
        "B = CASE WHEN A > 1.5E3 THEN TRUE ELSE FALSE END",
        "A IN ((SELECT B FROM T INTERSECT SELECT B FROM U) EXCEPT SELECT B FROM V)",
        "EXISTS (SELECT DISTINCT X.* FROM (T X NATURAL JOIN U) CROSS JOIN V LEFT OUTER JOIN W USING (K, L), (SELECT 1 N FROM DUAL) Z)",
        "A IN (WITH Q (K) AS (SELECT 1 FROM DUAL) SELECT K FROM Q ORDER BY K DESC NULLS LAST)",
        "A = (SELECT SUM(B) OVER (PARTITION BY C ORDER BY D ROWS BETWEEN 1 PRECEDING AND UNBOUNDED FOLLOWING) FROM T)",
        "A = (SELECT MAX(B) OVER (ORDER BY D RANGE CURRENT ROW) FROM T)"
    })
    void aConditionBuildsTheSameTreeFromOracleAndFromMySql(String condition) {
        SqlNode oracle = check(new OracleSourceDialect(), "CREATE TABLE T (A NUMBER, B NUMBER, C VARCHAR2(10), D DATE, CHECK (" + condition + "))");
        SqlNode mysql = check(new MySqlSourceDialect(), "CREATE TABLE T (A INT, B INT, C VARCHAR(10), D DATE, CHECK (" + condition + "))");
        assertThat(oracle.equalsDeep(mysql, Litmus.IGNORE)).as("Oracle %s%nMySQL  %s", oracle, mysql).isTrue();
    }

    /** Oracle's row limiting clause and MySQL's LIMIT (both of its spellings) are one tree. */
    @ParameterizedTest
    @ValueSource(strings = {"LIMIT 2 OFFSET 1", "LIMIT 1, 2"})
    void mySqlLimitIsOracleOffsetFetch(String limit) {
        String query = "A IN (SELECT B FROM T ORDER BY B DESC ";
        SqlNode oracle = check(new OracleSourceDialect(), "CREATE TABLE T (A NUMBER, B NUMBER, CHECK ("
                + query + "OFFSET 1 ROWS FETCH FIRST 2 ROWS ONLY)))");
        SqlNode mysql = check(new MySqlSourceDialect(), "CREATE TABLE T (A INT, B INT, CHECK (" + query + limit + ")))");
        assertThat(oracle.equalsDeep(mysql, Litmus.IGNORE)).as("Oracle %s%nMySQL  %s", oracle, mysql).isTrue();
    }

    @Test
    void dialectConstructsNestInsideCoreOnesAndTheOtherWayRound() {
        SqlNode mysql = check(new MySqlSourceDialect(), "CREATE TABLE T (A INT, B INT, CHECK (CASE WHEN A XOR B THEN A DIV 2 END IN (1, 2)))");
        SqlCall in = (SqlCall) mysql;
        assertThat(in.getKind()).isEqualTo(SqlKind.IN);
        SqlCase whenXor = (SqlCase) in.operand(0);
        assertThat(PseudoFunctions.isCall(whenXor.getWhenOperands().get(0), "XOR")).isTrue();
        assertThat(PseudoFunctions.isCall(whenXor.getThenOperands().get(0), "DIV")).isTrue();

        SqlNode oracle = check(new OracleSourceDialect(), "CREATE TABLE T (A NUMBER, CHECK (A IN (SELECT B FROM U@REMOTE WHERE U.C(+) = 1)))");
        SqlSelect subquery = (SqlSelect) ((SqlCall) oracle).operand(1);
        assertThat(((SqlIdentifier) subquery.getFrom()).names).containsExactly("U@REMOTE");
        assertThat(PseudoFunctions.isCall(((SqlCall) subquery.getWhere()).operand(0), PseudoFunctions.ORACLE_OUTER_JOIN)).isTrue();
    }

    private static SqlNode check(SourceDialect dialect, String createTable) {
        List<SourceStatement> statements = dialect.read(new SourceFile("test.sql", createTable + ";"));
        assertThat(statements).hasSize(1);
        SourceStatement statement = statements.get(0);
        assertThat(statement.disposition()).as(statement.actionItems().toString()).isEqualTo(Disposition.PARSED);
        return ((SchemaChange.CreateTable) statement.changes().get(0)).table().checks().get(0).condition().node();
    }
}

package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemashift.source.oracle.OracleCode;

/** ROWNUM: filters → LIMIT, ROWNUM in the select list → row_number(), unsupported forms reported. */
class OracleRownumTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_rownum");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void topNOverAnOrderedSubquery() throws SQLException {
        // The Oracle idiom for top-n: order in a subquery, ROWNUM outside
        var result = oracle.convert("SELECT ENAME FROM (SELECT ENAME FROM EMP ORDER BY SAL DESC, ENAME) WHERE ROWNUM <= 3");
        assertThat(result.sql).isEqualTo("SELECT ename FROM (SELECT ename FROM emp ORDER BY sal DESC, ename LIMIT 3) AS subquery1");
        assertThat(result.rows()).containsExactly("KING", "FORD", "SCOTT");
    }

    @Test
    void everyFormOfTheFirstNRows() throws SQLException {
        assertThat(oracle.convert("SELECT COUNT(*) FROM (SELECT 1 FROM EMP WHERE ROWNUM < 4 AND DEPTNO = 20)").rows()).containsExactly("3");
        assertThat(oracle.convert("SELECT COUNT(*) FROM (SELECT 1 FROM EMP WHERE 5 >= ROWNUM)").rows()).containsExactly("5");
        assertThat(oracle.convert("SELECT COUNT(*) FROM (SELECT 1 FROM EMP WHERE ROWNUM = 1)").rows()).containsExactly("1");
    }

    @Test
    void rownumWithOrderByInTheSameBlockIsLimitedAfterSortingAndReported() throws SQLException {
        // Oracle numbers rows before ORDER BY; PostgreSQL returns the first n in that order
        var result = oracle.convert("SELECT ENAME FROM EMP WHERE ROWNUM <= 2 ORDER BY ENAME");
        assertThat(result.sql).isEqualTo("SELECT ename FROM emp ORDER BY ename LIMIT 2");
        assertThat(result.rows()).containsExactly("ADAMS", "ALLEN");
        assertThat(result.items).anySatisfy(i -> assertThat(i.code()).isEqualTo(OracleCode.ROWNUM_BEFORE_ORDER_BY));
    }

    @Test
    void rownumInTheSelectListNumbersTheRows() throws SQLException {
        var result = oracle.convert("SELECT ROWNUM, ENAME FROM (SELECT ENAME FROM EMP WHERE DEPTNO = 10 ORDER BY ENAME)");
        assertThat(result.sql).startsWith("SELECT ROW_NUMBER() OVER () AS rownum, ename FROM");
        assertThat(result.rows()).containsExactly("1|CLARK", "2|KING", "3|MILLER");
    }

    @Test
    void fetchFirstAndOffsetAreLimitAndOffset() throws SQLException {
        // Oracle 12c row limiting clause
        var result = oracle.convert("SELECT ENAME FROM EMP ORDER BY SAL DESC, ENAME OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY");
        assertThat(result.sql).isEqualTo("SELECT ename FROM emp ORDER BY sal DESC, ename LIMIT 2 OFFSET 1");
        assertThat(result.rows()).containsExactly("FORD", "SCOTT");
    }

    @Test
    void rownumConditionsLimitCannotExpressAreReported() {
        // Oracle: ROWNUM > 1 is never true, a classic bug; not guessed
        oracle.convert("SELECT ENAME FROM EMP WHERE ROWNUM > 1").unconvertible("pseudo-column ROWNUM");
        oracle.convert("SELECT ROWID FROM EMP").unconvertible("pseudo-column ROWID");
    }
}

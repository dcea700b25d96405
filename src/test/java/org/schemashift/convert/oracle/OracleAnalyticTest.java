package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Analytic functions, LISTAGG and optimizer hints. */
class OracleAnalyticTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_analytic");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void rankingAndWindowFunctions() throws SQLException {
        assertThat(oracle.convert("SELECT ENAME, RANK() OVER (ORDER BY SAL DESC), "
                + "SUM(SAL) OVER (PARTITION BY DEPTNO ORDER BY EMPNO ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), "
                + "LAG(ENAME) OVER (ORDER BY EMPNO) FROM EMP WHERE DEPTNO = 10 ORDER BY EMPNO").rows())
                .containsExactly("CLARK|2|2450.00|null", "KING|1|7450.00|CLARK", "MILLER|3|8750.00|KING");
        assertThat(oracle.convert("SELECT ENAME FROM (SELECT ENAME, ROW_NUMBER() OVER (PARTITION BY DEPTNO ORDER BY SAL DESC) RN "
                + "FROM EMP) WHERE RN = 1 ORDER BY ENAME").rows()).containsExactly("BLAKE", "KING", "SCOTT");
    }

    @Test
    void listaggBecomesOrderedStringAgg() throws SQLException {
        // Oracle documentation style: LISTAGG(ename, '; ') WITHIN GROUP (ORDER BY hiredate, ename)
        var result = oracle.convert("SELECT LISTAGG(ENAME, '; ') WITHIN GROUP (ORDER BY HIREDATE, ENAME) FROM EMP WHERE DEPTNO = 30");
        assertThat(result.sql).isEqualTo("SELECT string_agg(ename, '; ' ORDER BY hiredate, ename) FROM emp WHERE deptno = 30");
        assertThat(result.rows()).containsExactly("ALLEN; WARD; BLAKE; TURNER; MARTIN; JAMES");
        assertThat(oracle.convert("SELECT DEPTNO, LISTAGG(EMPNO, ',') WITHIN GROUP (ORDER BY EMPNO) FROM EMP GROUP BY DEPTNO ORDER BY DEPTNO")
                .rows()).containsExactly("10|7782,7839,7934", "20|7369,7566,7788,7876,7902", "30|7499,7521,7654,7698,7844,7900");
    }

    @Test
    void aHintThatReachesTheWriterIsACommentToPostgresql() throws SQLException {
        // The Oracle builder drops hints with an INFO item; one left on a SELECT is written as a comment
        assertThat(oracle.convert("SELECT /*+ INDEX_ASC(E) */ COUNT(*) FROM EMP E").rows()).containsExactly("14");
    }
}

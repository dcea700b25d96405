package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries: (+) outer joins → ANSI joins, MINUS → EXCEPT, CASE, IN lists, subqueries, WITH, DUAL,
 * sequences. (+) is written ORA_OUTER_JOIN(col), as the Oracle builder delivers it.
 */
class OracleJoinsAndQueriesTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_joins");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void outerJoinKeepsDepartmentsWithoutEmployees() throws SQLException {
        // Oracle: SELECT d.dname, e.ename FROM dept d, emp e WHERE d.deptno = e.deptno(+) keeps OPERATIONS with NULL
        var result = oracle.convert("SELECT D.DNAME, COUNT(E.EMPNO) FROM DEPT D, EMP E WHERE D.DEPTNO = ORA_OUTER_JOIN(E.DEPTNO) "
                + "GROUP BY D.DNAME ORDER BY D.DNAME");
        assertThat(result.sql).isEqualTo("SELECT d.dname, COUNT(e.empno) FROM dept AS d LEFT JOIN emp AS e ON d.deptno = e.deptno "
                + "GROUP BY d.dname ORDER BY d.dname");
        assertThat(result.rows()).containsExactly("ACCOUNTING|3", "OPERATIONS|0", "RESEARCH|5", "SALES|6");
    }

    @Test
    void outerJoinConstantFilterOnTheOptionalSideFiltersBeforeTheJoin() throws SQLException {
        // Oracle: e.job(+) = 'CLERK' restricts which rows join; every department stays
        var result = oracle.convert("SELECT D.DEPTNO, E.ENAME FROM DEPT D, EMP E WHERE E.DEPTNO(+) = D.DEPTNO "
                .replace("E.DEPTNO(+)", "ORA_OUTER_JOIN(E.DEPTNO)") + "AND ORA_OUTER_JOIN(E.JOB) = 'CLERK' ORDER BY D.DEPTNO, E.ENAME");
        assertThat(result.sql).contains("LEFT JOIN emp AS e ON e.deptno = d.deptno AND e.job = 'CLERK'");
        assertThat(result.rows()).containsExactly("10|MILLER", "20|ADAMS", "20|SMITH", "30|JAMES", "40|null");
    }

    @Test
    void filterWithoutPlusStaysInWhereAsOnOracle() throws SQLException {
        // Oracle: a condition on the optional table without (+) is applied after the join (rows with NULL drop out)
        var result = oracle.convert("SELECT D.DEPTNO FROM DEPT D, EMP E WHERE D.DEPTNO = ORA_OUTER_JOIN(E.DEPTNO) AND E.JOB = 'PRESIDENT'");
        assertThat(result.rows()).containsExactly("10");
    }

    @Test
    void multiColumnOuterJoinOverSeveralTables() throws SQLException {
        // Each employee, the manager (a self join on one column) and the manager's department only
        // when it is the employee's own: two optional tables, the second depending on the first.
        var result = oracle.convert("SELECT E.ENAME, M.ENAME, D.DNAME FROM EMP E, EMP M, DEPT D "
                + "WHERE E.MGR = ORA_OUTER_JOIN(M.EMPNO) AND M.DEPTNO = ORA_OUTER_JOIN(D.DEPTNO) AND E.DEPTNO = ORA_OUTER_JOIN(D.DEPTNO) "
                + "AND E.EMPNO IN (7839, 7934, 7369) ORDER BY E.EMPNO");
        assertThat(result.sql).contains("FROM emp AS e LEFT JOIN emp AS m ON e.mgr = m.empno LEFT JOIN dept AS d ON m.deptno = d.deptno AND e.deptno = d.deptno");
        assertThat(result.rows()).containsExactly("SMITH|FORD|RESEARCH", "KING|null|null", "MILLER|CLARK|ACCOUNTING");
    }

    @Test
    void innerAndOuterJoinsMixed() throws SQLException {
        var result = oracle.convert("SELECT D.DNAME, E.ENAME, M.ENAME FROM EMP E, DEPT D, EMP M "
                + "WHERE E.DEPTNO = D.DEPTNO AND E.MGR = ORA_OUTER_JOIN(M.EMPNO) AND D.LOC = 'NEW YORK' ORDER BY E.ENAME");
        assertThat(result.rows()).containsExactly("ACCOUNTING|CLARK|KING", "ACCOUNTING|KING|null", "ACCOUNTING|MILLER|CLARK");
    }

    @Test
    void optionalTableWrittenFirstKeepsTheColumnOrderOfSelectStar() throws SQLException {
        // Oracle: SELECT * lists EMP's columns, then DEPT's, whatever the join direction
        var result = oracle.convert("SELECT * FROM EMP E, DEPT D WHERE ORA_OUTER_JOIN(E.DEPTNO) = D.DEPTNO AND D.DEPTNO = 40");
        assertThat(result.sql).isEqualTo("SELECT e.*, d.* FROM dept AS d LEFT JOIN emp AS e ON e.deptno = d.deptno WHERE d.deptno = 40");
        assertThat(result.rows()).containsExactly("null|null|null|null|null|null|null|null|40|OPERATIONS|BOSTON");
    }

    @Test
    void outerJoinsOracleRejectsAreReportedNotGuessed() {
        oracle.convert("SELECT 1 FROM EMP E, DEPT D WHERE E.DEPTNO = ORA_OUTER_JOIN(D.DEPTNO) OR D.LOC = 'X'")
                .unconvertible("(+) outer join inside an OR condition");
    }

    @Test
    void minusBecomesExcept() throws SQLException {
        // Oracle MINUS: distinct rows of the first query not in the second
        var result = oracle.convert("SELECT DEPTNO FROM DEPT MINUS SELECT DEPTNO FROM EMP");
        assertThat(result.sql).isEqualTo("SELECT deptno FROM dept EXCEPT SELECT deptno FROM emp");
        assertThat(result.rows()).containsExactly("40");
    }

    @Test
    void caseInListsSubqueriesAndWith() throws SQLException {
        assertThat(oracle.convert("WITH BIG AS (SELECT DEPTNO, SUM(SAL) AS TOTAL FROM EMP GROUP BY DEPTNO) "
                + "SELECT D.DNAME, CASE WHEN B.TOTAL > 10000 THEN 'big' ELSE 'small' END FROM DEPT D JOIN BIG B ON B.DEPTNO = D.DEPTNO "
                + "WHERE D.DEPTNO IN (10, 20) AND EXISTS (SELECT 1 FROM EMP X WHERE X.DEPTNO = D.DEPTNO AND X.SAL > 2900) "
                + "AND D.DEPTNO NOT IN (SELECT DEPTNO FROM DEPT WHERE LOC = 'BOSTON') ORDER BY 1").rows())
                .containsExactly("ACCOUNTING|small", "RESEARCH|big");
        assertThat(oracle.convert("SELECT ENAME FROM EMP WHERE SAL = (SELECT MAX(SAL) FROM EMP)").rows()).containsExactly("KING");
    }

    @Test
    void selectFromDualHasNoFromClause() throws SQLException {
        var result = oracle.convert("SELECT 1 + 1 FROM DUAL");
        assertThat(result.sql).isEqualTo("SELECT 1 + 1");
        assertThat(result.rows()).containsExactly("2");
    }

    @Test
    void subqueryInFromGetsTheAliasPostgresqlRequires() throws SQLException {
        var result = oracle.convert("SELECT COUNT(*) FROM (SELECT ENAME FROM EMP WHERE DEPTNO = 10)");
        assertThat(result.sql).isEqualTo("SELECT COUNT(*) FROM (SELECT ename FROM emp WHERE deptno = 10) AS subquery1");
        assertThat(result.rows()).containsExactly("3");
    }

    @Test
    void castToOracleTypesAndSessionUser() throws SQLException {
        // Oracle: CAST to DATE keeps a time of day; USER is the session user's name
        oracle.convert("CAST('2024-01-31 10:30:00' AS DATE)").writes("CAST('2024-01-31 10:30:00' AS TIMESTAMP(0))")
                .gives("2024-01-31 10:30:00");
        oracle.convert(new SqlIdentifier("USER", SqlParserPos.ZERO), "USER").writes("CURRENT_USER");
    }

    @Test
    void sequenceValues() throws SQLException {
        // Oracle: seq.NEXTVAL increments; CURRVAL is the session's last value
        var next = oracle.convert("EMP_SEQ.NEXTVAL");
        assertThat(next.sql).isEqualTo("nextval('EMP_SEQ')");
        String first = next.value();
        assertThat(oracle.convert("EMP_SEQ.CURRVAL").writes("currval('EMP_SEQ')").value()).isEqualTo(first);
    }
}

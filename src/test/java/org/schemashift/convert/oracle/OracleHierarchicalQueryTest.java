package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemashift.testing.SharedPostgres;

/**
 * CONNECT BY / START WITH / PRIOR / LEVEL / SYS_CONNECT_BY_PATH / CONNECT_BY_ROOT /
 * CONNECT_BY_ISLEAF / NOCYCLE → WITH RECURSIVE, on SCOTT's reporting lines (KING at the top).
 */
class OracleHierarchicalQueryTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_tree");
        // NODES(ID, PARENT_ID): 1 → 2 → 3 → 1, a cycle
        SharedPostgres.runScript(db, "CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer);"
                + "INSERT INTO nodes VALUES (1, 3), (2, 1), (3, 2);");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static OracleConversion.Result tree(String select, String startWith, String connectBy, boolean noCycle) {
        return oracle.convert(OracleConversion.hierarchical(select, startWith, connectBy, noCycle), select);
    }

    @Test
    void levelsAndPathsDepthFirst() throws SQLException {
        // Oracle returns the rows depth first: each manager followed by its reports
        var result = tree("SELECT ENAME, LEVEL, SYS_CONNECT_BY_PATH(ENAME, '/') FROM EMP",
                "MGR IS NULL", "ORA_PRIOR(EMPNO) = MGR", false);
        assertThat(result.sql).startsWith("WITH RECURSIVE emp_hierarchy AS (SELECT emp.*, 1 AS hier_level,");
        assertThat(result.rows()).containsExactly(
                "KING|1|/KING",
                "JONES|2|/KING/JONES",
                "SCOTT|3|/KING/JONES/SCOTT",
                "ADAMS|4|/KING/JONES/SCOTT/ADAMS",
                "FORD|3|/KING/JONES/FORD",
                "SMITH|4|/KING/JONES/FORD/SMITH",
                "BLAKE|2|/KING/BLAKE",
                "ALLEN|3|/KING/BLAKE/ALLEN",
                "WARD|3|/KING/BLAKE/WARD",
                "MARTIN|3|/KING/BLAKE/MARTIN",
                "TURNER|3|/KING/BLAKE/TURNER",
                "JAMES|3|/KING/BLAKE/JAMES",
                "CLARK|2|/KING/CLARK",
                "MILLER|3|/KING/CLARK/MILLER");
    }

    @Test
    void whereAppliesAfterTheHierarchyAndRootsAreCarried() throws SQLException {
        // Oracle: WHERE filters rows after CONNECT BY; CONNECT_BY_ROOT gives the START WITH row's value
        var result = tree("SELECT E.ENAME, ORA_CONNECT_BY_ROOT(E.ENAME), CONNECT_BY_ISLEAF FROM EMP E WHERE E.JOB = 'CLERK' ORDER BY E.ENAME",
                "E.JOB = 'MANAGER'", "ORA_PRIOR(E.EMPNO) = E.MGR", false);
        assertThat(result.rows()).containsExactly("ADAMS|JONES|1", "JAMES|BLAKE|1", "MILLER|CLARK|1", "SMITH|JONES|1");
    }

    @Test
    void orderByLevelAroundTheHierarchy() throws SQLException {
        var result = tree("SELECT ENAME FROM EMP WHERE LEVEL <= 2 ORDER BY LEVEL, ENAME", "MGR IS NULL", "ORA_PRIOR(EMPNO) = MGR", false);
        assertThat(result.rows()).containsExactly("KING", "BLAKE", "CLARK", "JONES");
    }

    @Test
    void orderSiblingsByOrdersTheChildrenOfEachRow() throws SQLException {
        // Oracle: ORDER SIBLINGS BY ename keeps the hierarchy, children of each manager by name
        SqlNode query = OracleConversion.hierarchical("SELECT ENAME, LEVEL FROM EMP", "MGR IS NULL", "ORA_PRIOR(EMPNO) = MGR", false);
        SqlNode ordered = new SqlOrderBy(SqlParserPos.ZERO, query,
                SqlNodeList.of(OracleConversion.parse("ORA_ORDER_SIBLINGS(ENAME)")), null, null);
        assertThat(oracle.convert(ordered, "ORDER SIBLINGS BY ENAME").rows()).containsExactly(
                "KING|1", "BLAKE|2", "ALLEN|3", "JAMES|3", "MARTIN|3", "TURNER|3", "WARD|3",
                "CLARK|2", "MILLER|3", "JONES|2", "FORD|3", "SMITH|4", "SCOTT|3", "ADAMS|4");
    }

    @Test
    void connectByLevelGeneratesRows() throws SQLException {
        // The Oracle row generator: SELECT LEVEL FROM DUAL CONNECT BY LEVEL <= 4
        var result = tree("SELECT LEVEL FROM DUAL", null, "LEVEL <= 4", false);
        assertThat(result.rows()).containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void aSeriesOfDaysFromLevel() throws SQLException {
        // The Oracle idiom for a calendar: DATE + LEVEL - 1 is date arithmetic because LEVEL is a number
        var result = tree("SELECT DATE '2024-02-27' + LEVEL - 1 FROM DUAL", null, "LEVEL <= 4", false);
        assertThat(result.rows()).containsExactlyInAnyOrder("2024-02-27 00:00:00", "2024-02-28 00:00:00",
                "2024-02-29 00:00:00", "2024-03-01 00:00:00");
    }

    @Test
    void noCycleStopsAtARowThatIsItsOwnAncestor() throws SQLException {
        // NODES: 1 → 2 → 3 → 1. Oracle NOCYCLE returns each row once on the path from the root.
        var result = tree("SELECT ID, LEVEL FROM NODES", "ID = 1", "ORA_PRIOR(ID) = PARENT_ID", true);
        assertThat(result.rows()).containsExactly("1|1", "2|2", "3|3");
    }

    @Test
    void aHierarchyOverAJoinIsReported() {
        tree("SELECT E.ENAME FROM EMP E, DEPT D", null, "ORA_PRIOR(E.EMPNO) = E.MGR", false)
                .unconvertible("CONNECT BY over a join");
    }

    @Test
    void priorOutsideConnectByIsReported() {
        oracle.convert("SELECT ORA_PRIOR(ENAME) FROM EMP").unconvertible("ORA_PRIOR");
    }
}

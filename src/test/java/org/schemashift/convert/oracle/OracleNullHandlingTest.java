package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NULL handling: NVL, NVL2, DECODE, COALESCE, NULLIF, '' as NULL, || and CONCAT, GREATEST/LEAST. */
class OracleNullHandlingTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_nulls");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void nvlReturnsTheSecondArgumentWhenTheFirstIsNull() throws SQLException {
        // Oracle: NVL(NULL, 'none') = 'none'; NVL('a', 'none') = 'a'
        oracle.convert("NVL(NULL, 'none')").writes("COALESCE(NULL, 'none')").gives("none");
        oracle.convert("NVL('a', 'none')").gives("a");
        // Oracle converts the second argument to the first one's type: NVL(COMM, '0') is a number, NVL(ENAME, 0) text
        assertThat(oracle.convert("SELECT NVL(COMM, '0') + 1, NVL(ENAME, 0) FROM EMP WHERE EMPNO = 7369").rows())
                .containsExactly("1|SMITH");
    }

    @Test
    void nvl2ChoosesByNullness() throws SQLException {
        // Oracle: NVL2(expr1, expr2, expr3) is expr2 when expr1 is not null, else expr3
        oracle.convert("NVL2(NULL, 'set', 'unset')").writes("CASE WHEN NULL IS NOT NULL THEN 'set' ELSE 'unset' END")
                .gives("unset");
        oracle.convert("NVL2(1, 'set', 'unset')").gives("set");
    }

    @Test
    void decodeMatchesNullToNull() throws SQLException {
        // Oracle: "In a DECODE function, Oracle considers two nulls to be equivalent."
        oracle.convert("DECODE(NULL, NULL, 'null matched', 'no match')")
                .writes("CASE WHEN NULL IS NULL THEN 'null matched' ELSE 'no match' END").gives("null matched");
        assertThat(oracle.convert("SELECT ENAME, DECODE(COMM, NULL, 'none', 0, 'zero', 'some') FROM EMP WHERE EMPNO IN (7369, 7844, 7499) ORDER BY EMPNO")
                .rows()).containsExactly("SMITH|none", "ALLEN|some", "TURNER|zero");
    }

    @Test
    void decodeComparesExpressionsNullSafely() throws SQLException {
        // A search value that is a column: NULL = NULL matches in DECODE, so IS NOT DISTINCT FROM
        var result = oracle.convert("SELECT COUNT(*) FROM EMP WHERE DECODE(COMM, MGR, 1, 0) = 1");
        assertThat(result.sql).contains("comm IS NOT DISTINCT FROM mgr");
        assertThat(result.rows()).containsExactly("1"); // KING: COMM and MGR both NULL
        oracle.convert("DECODE(2, 1, 'one', 2, 'two')").gives("two");
        oracle.convert("DECODE(3, 1, 'one', 2, 'two')").gives(null); // no default: NULL
        // Oracle: results take the first result's type, so the default 2 is the text '2'
        oracle.convert("DECODE(3, 1, 'one', 2)").gives("2");
    }

    @Test
    void coalesceAndNullifMeanTheSame() throws SQLException {
        oracle.convert("COALESCE(NULL, NULL, 'third')").gives("third");
        oracle.convert("NULLIF('a', 'a')").gives(null);
        oracle.convert("NULLIF('a', 'b')").gives("a");
    }

    @Test
    void emptyStringIsNull() throws SQLException {
        // Oracle: a character value of length zero is NULL, so '' IS NULL is true
        oracle.convert("CASE WHEN '' IS NULL THEN 'null' ELSE 'not null' END").gives("null");
        assertThat(oracle.convert("SELECT COUNT(*) FROM EMP WHERE ENAME = ''").rows()).containsExactly("0");
    }

    @Test
    void concatenationTreatsNullAsEmpty() throws SQLException {
        // Oracle: 'a' || NULL || 'b' = 'ab'; CONCAT('a', NULL) = 'a'; NULL || NULL is NULL
        oracle.convert("'a' || NULL || 'b'").writes("'a' || 'b'").gives("ab");
        oracle.convert("CONCAT('a', NULL)").gives("a");
        assertThat(oracle.convert("SELECT ENAME || ' earns ' || COMM FROM EMP WHERE EMPNO = 7369").rows())
                .containsExactly("SMITH earns ");
        assertThat(oracle.convert("SELECT COMM || COMM FROM EMP WHERE EMPNO = 7369").rows()).containsExactly("null");
        assertThat(oracle.convert("SELECT ENAME || '-' || SAL FROM EMP WHERE EMPNO = 7839").rows())
                .containsExactly("KING-5000"); // Oracle: the NUMBER 5000.00 is the text 5000
    }

    @Test
    void greatestAndLeastAreNullWhenAnyArgumentIsNull() throws SQLException {
        // Oracle: GREATEST(1, NULL, 3) is NULL (PostgreSQL's greatest ignores NULLs and gives 3)
        oracle.convert("GREATEST(1, NULL, 3)").gives(null);
        oracle.convert("GREATEST(1, 5, 3)").writes("greatest(1, 5, 3)").gives("5");
        assertThat(oracle.convert("SELECT ENAME, LEAST(SAL, COMM) FROM EMP WHERE EMPNO IN (7499, 7369) ORDER BY EMPNO").rows())
                .containsExactly("SMITH|null", "ALLEN|300.00");
    }
}

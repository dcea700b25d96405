package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** REGEXP_LIKE, REGEXP_SUBSTR, REGEXP_REPLACE, REGEXP_INSTR, REGEXP_COUNT with Oracle's match parameters. */
class OracleRegexTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_regex");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void regexpLikeWithOracleDefaultsAndFlags() throws SQLException {
        assertThat(oracle.convert("SELECT ENAME FROM EMP WHERE REGEXP_LIKE(ENAME, '^J.(N|M)') ORDER BY ENAME").rows())
                .containsExactly("JAMES", "JONES");
        oracle.convert("CASE WHEN REGEXP_LIKE('Smith', '^smith$', 'i') THEN 'match' ELSE 'no' END")
                .writes("CASE WHEN regexp_like('Smith', '^smith$', 'ip') THEN 'match' ELSE 'no' END").gives("match");
        // Oracle: '.' does not match a newline unless the match parameter has 'n'
        oracle.convert("CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', 'a.b') THEN 'match' ELSE 'no' END").gives("no");
        oracle.convert("CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', 'a.b', 'n') THEN 'match' ELSE 'no' END").gives("match");
        // Oracle: '^' matches after a newline only with 'm'
        oracle.convert("CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', '^b', 'm') THEN 'match' ELSE 'no' END").gives("match");
        oracle.convert("CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', '^b') THEN 'match' ELSE 'no' END").gives("no");
    }

    @Test
    void regexpSubstr() throws SQLException {
        // Oracle documentation: REGEXP_SUBSTR('500 Oracle Parkway, Redwood Shores, CA', ',[^,]+,') = ', Redwood Shores,'
        oracle.convert("REGEXP_SUBSTR('500 Oracle Parkway, Redwood Shores, CA', ',[^,]+,')").gives(", Redwood Shores,");
        oracle.convert("REGEXP_SUBSTR('1234567890', '(123)(4(56)(78))', 1, 1, 'i', 4)").gives("78");
        oracle.convert("REGEXP_SUBSTR('abc', 'x')").gives(null);
    }

    @Test
    void regexpReplaceReplacesEveryOccurrence() throws SQLException {
        // Oracle documentation: collapse runs of spaces
        oracle.convert("REGEXP_REPLACE('500   Oracle     Parkway', '( ){2,}', ' ')").gives("500 Oracle Parkway");
        oracle.convert("REGEXP_REPLACE('a1b2c3', '[0-9]')").gives("abc");                 // no replacement: removed
        oracle.convert("REGEXP_REPLACE('a1b2c3', '[0-9]', 'X', 1, 1)").gives("aXb2c3");   // the first only
        oracle.convert("REGEXP_REPLACE('a1b2', '[0-9]', 'X', 2, 1)").unconvertible("REGEXP_REPLACE from a position");
    }

    @Test
    void regexpInstrAndCount() throws SQLException {
        // Oracle documentation: REGEXP_INSTR('500 Oracle Parkway, Redwood Shores, CA', '[^ ]+', 1, 6) = 37
        oracle.convert("REGEXP_INSTR('500 Oracle Parkway, Redwood Shores, CA', '[^ ]+', 1, 6)").gives("37");
        oracle.convert("REGEXP_COUNT('123123123123', '123', 3, 'i')").gives("3");
    }

    @Test
    void aMatchParameterThatIsNotALiteralIsReported() {
        oracle.convert("REGEXP_LIKE(ENAME, 'x', JOB)").unconvertible("match parameter that is not a literal");
    }
}

package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Strings: INSTR, SUBSTR, LENGTH, LPAD/RPAD, TRIM/LTRIM/RTRIM, REPLACE, TRANSLATE. Expected values
 * are the Oracle SQL Language Reference examples; a result of length zero is NULL on Oracle.
 */
class OracleStringFunctionsTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_strings");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void instrInEveryArgumentForm() throws SQLException {
        // Oracle documentation: INSTR('CORPORATE FLOOR','OR', 3, 2) = 14; INSTR('CORPORATE FLOOR','OR', -3, 2) = 2
        oracle.convert("INSTR('CORPORATE FLOOR', 'OR')").writes("strpos('CORPORATE FLOOR', 'OR')").gives("2");
        oracle.convert("INSTR('CORPORATE FLOOR', 'OR', 3)").gives("5");
        oracle.convert("INSTR('CORPORATE FLOOR', 'OR', 3, 2)").writes("oracle_compat.instr('CORPORATE FLOOR', 'OR', 3, 2)")
                .gives("14");
        oracle.convert("INSTR('CORPORATE FLOOR', 'OR', -3, 2)").gives("2");
        oracle.convert("INSTR('CORPORATE FLOOR', 'OR', -1)").gives("14");
        oracle.convert("INSTR('CORPORATE FLOOR', 'XX', 1, 1)").gives("0");
        oracle.convert("INSTR('CORPORATE FLOOR', 'OR', 0)").gives("0");
    }

    @Test
    void emptyClobIsAnEmptyValueNotNull() throws SQLException {
        // EMPTY_CLOB: a LOB of length 0, which is not NULL (IS NULL is false for it)
        oracle.convert("LENGTH(EMPTY_CLOB())").gives("0");
    }

    @Test
    void substrWithNegativeAndOmittedLength() throws SQLException {
        // Oracle documentation: SUBSTR('ABCDEFG', 3, 4) = 'CDEF'; SUBSTR('ABCDEFG', -5, 4) = 'CDEF'
        oracle.convert("SUBSTR('ABCDEFG', 3, 4)").writes("NULLIF(substr('ABCDEFG', 3, 4), '')").gives("CDEF");
        oracle.convert("SUBSTR('ABCDEFG', -5, 4)").writes("oracle_compat.substr('ABCDEFG', -5, 4)").gives("CDEF");
        oracle.convert("SUBSTR('ABCDEFG', 3)").gives("CDEFG");
        oracle.convert("SUBSTR('ABCDEFG', -2)").gives("FG");
        oracle.convert("SUBSTR('ABCDEFG', 0, 2)").gives("AB");   // position 0 is treated as 1
        oracle.convert("SUBSTR('ABCDEFG', 9)").gives(null);      // beyond the end: NULL, not ''
        oracle.convert("SUBSTR('ABCDEFG', 2, 0)").gives(null);   // length below 1: NULL
        assertThat(oracle.convert("SELECT SUBSTR(ENAME, -3) FROM EMP WHERE EMPNO = 7839").rows()).containsExactly("ING");
    }

    @Test
    void lengthCountsCharactersAndIsNullForTheEmptyString() throws SQLException {
        oracle.convert("LENGTH('CANDIDE')").writes("CHAR_LENGTH('CANDIDE')").gives("7");
        oracle.convert("LENGTH('')").gives(null);
    }

    @Test
    void padding() throws SQLException {
        // Oracle documentation: LPAD('Page 1', 15, '*.') = '*.*.*.*.*Page 1'; RPAD('MORRISON', 12, 'ab') = 'MORRISONabab'
        oracle.convert("LPAD('Page 1', 15, '*.')").gives("*.*.*.*.*Page 1");
        oracle.convert("RPAD('MORRISON', 12, 'ab')").gives("MORRISONabab");
        oracle.convert("LPAD('abc', 2)").gives("ab");      // longer than n: cut to n
        oracle.convert("LPAD('abc', 0)").gives(null);      // length zero: NULL
    }

    @Test
    void trimming() throws SQLException {
        // Oracle documentation: LTRIM('<=====>BROWNING<=====>', '<>=') = 'BROWNING<=====>'
        oracle.convert("LTRIM('<=====>BROWNING<=====>', '<>=')").gives("BROWNING<=====>");
        oracle.convert("RTRIM('<=====>BROWNING<=====>', '<>=')").gives("<=====>BROWNING");
        oracle.convert("TRIM(LEADING '0' FROM '0009872348900')").gives("9872348900");
        oracle.convert("TRIM('  x  ')").gives("x");
        // Oracle: trimming everything leaves '' which is NULL
        oracle.convert("CASE WHEN LTRIM('   ') IS NULL THEN 'null' END").gives("null");
        oracle.convert("CASE WHEN TRIM('   ') IS NULL THEN 'null' END")
                .writes("CASE WHEN NULLIF(TRIM(BOTH ' ' FROM '   '), '') IS NULL THEN 'null' END").gives("null");
    }

    @Test
    void replaceAndTranslate() throws SQLException {
        // Oracle documentation: REPLACE('JACK and JUE','J','BL') = 'BLACK and BLUE'
        oracle.convert("REPLACE('JACK and JUE', 'J', 'BL')").gives("BLACK and BLUE");
        oracle.convert("REPLACE('JACK and JUE', 'J')").gives("ACK and UE");        // no replacement: removed
        oracle.convert("REPLACE('JACK', NULL, 'x')").gives("JACK");                // NULL search: unchanged
        // Oracle documentation: TRANSLATE('SQL*Plus User''s Guide', ' */''', '___') = 'SQL_Plus_Users_Guide'
        oracle.convert("TRANSLATE('SQL*Plus User''s Guide', ' */''', '___')").gives("SQL_Plus_Users_Guide");
    }

    @Test
    void aPackageFunctionIsNotTheBuiltInOfTheSameName() {
        // The Logger project's view calls logger.date_text_format; MYPKG.SUBSTR is not Oracle's SUBSTR
        oracle.convert("SUBSTR(LOGGER.DATE_TEXT_FORMAT(SYSDATE), 1, 20)").unconvertible("LOGGER.DATE_TEXT_FORMAT");
        oracle.convert("MYPKG.SUBSTR('abc', 1)").unconvertible("MYPKG.SUBSTR");
    }

    @Test
    void upperLowerInitcap() throws SQLException {
        oracle.convert("INITCAP('the soap')").gives("The Soap");
        assertThat(oracle.convert("SELECT LOWER(ENAME) FROM EMP WHERE EMPNO = 7839").rows()).containsExactly("king");
    }
}

package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemashift.model.ActionItem;
import org.schemashift.testing.SharedPostgres;

/**
 * Oracle supplied-package functions and session built-ins that PL/SQL code calls, read once and
 * spelled by both targets; the PostgreSQL text runs on embedded PostgreSQL and gives Oracle's
 * documented result (DBMS_LOB's amount-before-offset order and NULL for invalid amounts and offsets,
 * UTL_RAW's byte casts, DBMS_ASSERT's quoting, DBMS_XMLGEN.CONVERT's entities). Calls no target can
 * express are commented out with one item naming the package and member.
 */
class OracleBuiltinsOnBothTargetsTest {
    private static Connection db;
    /** DBMS_XMLGEN.CONVERT's five entities, escaped by REPLACE on both targets. */
    private static final String XML_ESCAPED = "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE('a < b & \"c\" > ''d''', '&', '&amp;'), '<', '&lt;'),"
            + " '>', '&gt;'), '\"', '&quot;'), '''', '&apos;')";

    @BeforeAll
    static void database() throws SQLException {
        db = SharedPostgres.freshDatabase("oracle_builtins");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static Stream<Arguments> converted() {
        return Stream.of(
                // Oracle expression, PostgreSQL, value on PostgreSQL (Oracle's documented result), MySQL
                Arguments.of("DBMS_LOB.GETLENGTH('abcdef')", "length('abcdef')", "6", "CHAR_LENGTH('abcdef')"),
                Arguments.of("DBMS_LOB.SUBSTR('abcdefgh', 3, 2)",
                        "CASE WHEN 3 >= 1 AND 3 <= 32767 AND 2 >= 1 THEN NULLIF(substr('abcdefgh', 2, 3), '') ELSE NULL END", "bcd",
                        "CASE WHEN 3 >= 1 AND 3 <= 32767 AND 2 >= 1 THEN NULLIF(SUBSTRING('abcdefgh', 2, 3), '') ELSE NULL END"),
                Arguments.of("DBMS_LOB.SUBSTR('abcdefgh', 0, 2)",
                        "CASE WHEN 0 >= 1 AND 0 <= 32767 AND 2 >= 1 THEN NULLIF(substr('abcdefgh', 2, 0), '') ELSE NULL END", null,
                        "CASE WHEN 0 >= 1 AND 0 <= 32767 AND 2 >= 1 THEN NULLIF(SUBSTRING('abcdefgh', 2, 0), '') ELSE NULL END"),
                Arguments.of("DBMS_LOB.SUBSTR('abc', 5, 10)",
                        "CASE WHEN 5 >= 1 AND 5 <= 32767 AND 10 >= 1 THEN NULLIF(substr('abc', 10, 5), '') ELSE NULL END", null,
                        "CASE WHEN 5 >= 1 AND 5 <= 32767 AND 10 >= 1 THEN NULLIF(SUBSTRING('abc', 10, 5), '') ELSE NULL END"),
                Arguments.of("DBMS_LOB.SUBSTR('abcdefgh', 4)",
                        "CASE WHEN 4 >= 1 AND 4 <= 32767 THEN NULLIF(substr('abcdefgh', 1, 4), '') ELSE NULL END", "abcd",
                        "CASE WHEN 4 >= 1 AND 4 <= 32767 THEN NULLIF(SUBSTRING('abcdefgh', 1, 4), '') ELSE NULL END"),
                Arguments.of("DBMS_LOB.INSTR('abcabc', 'c')", "strpos('abcabc', 'c')", "3", "LOCATE('c', 'abcabc')"),
                Arguments.of("DBMS_UTILITY.FORMAT_CALL_STACK", "oracle_compat.call_stack()",
                        "PL/pgSQL function oracle_compat.call_stack() line 5 at GET DIAGNOSTICS", "unsupported"),
                Arguments.of("DBMS_LOB.INSTR('abcabc', 'c', 1, 2)",
                        "CASE WHEN 1 >= 1 AND 2 >= 1 THEN oracle_compat.instr('abcabc', 'c', 1, 2) ELSE NULL END", "6",
                        "unsupported"),
                Arguments.of("DBMS_LOB.INSTR('abcabc', 'c', 0)",
                        "CASE WHEN 0 >= 1 THEN oracle_compat.instr('abcabc', 'c', 0) ELSE NULL END", null, "unsupported"),
                Arguments.of("DBMS_LOB.COMPARE('abc', 'abc')",
                        "CASE WHEN 'abc' = 'abc' THEN 0 WHEN 'abc' < 'abc' THEN -1 WHEN 'abc' > 'abc' THEN 1 ELSE NULL END", "0",
                        "CASE WHEN 'abc' = 'abc' THEN 0 WHEN 'abc' < 'abc' THEN -1 WHEN 'abc' > 'abc' THEN 1 ELSE NULL END"),
                Arguments.of("UTL_RAW.CAST_TO_VARCHAR2(UTL_RAW.CAST_TO_RAW('héllo'))",
                        "convert_from(convert_to('héllo', 'UTF8'), 'UTF8')", "héllo", "CAST(CAST('héllo' AS BINARY) AS CHAR)"),
                Arguments.of("UTL_RAW.LENGTH(UTL_RAW.CAST_TO_RAW('héllo'))", "OCTET_LENGTH(convert_to('héllo', 'UTF8'))", "6",
                        "OCTET_LENGTH(CAST('héllo' AS BINARY))"),
                Arguments.of("UTL_RAW.CAST_TO_VARCHAR2(UTL_RAW.CONCAT(UTL_RAW.CAST_TO_RAW('ab'), UTL_RAW.CAST_TO_RAW(NULL)))",
                        "convert_from(NULLIF(COALESCE(convert_to('ab', 'UTF8'), '') || COALESCE(convert_to(NULL, 'UTF8'), ''), ''), 'UTF8')",
                        "ab", "CAST(NULLIF(CONCAT(COALESCE(CAST('ab' AS BINARY), ''), COALESCE(CAST(NULL AS BINARY), '')), '') AS CHAR)"),
                Arguments.of("UTL_RAW.CAST_TO_VARCHAR2(UTL_RAW.SUBSTR(UTL_RAW.CAST_TO_RAW('abcdef'), 2, 3))",
                        "convert_from(substr(convert_to('abcdef', 'UTF8'), 2, 3), 'UTF8')", "bcd",
                        "CAST(SUBSTRING(CAST('abcdef' AS BINARY), 2, 3) AS CHAR)"),
                Arguments.of("UTL_RAW.CAST_TO_VARCHAR2(UTL_ENCODE.BASE64_ENCODE(UTL_RAW.CAST_TO_RAW('héllo')))",
                        "convert_from(convert_to(encode(convert_to('héllo', 'UTF8'), 'base64'), 'UTF8'), 'UTF8')", "aMOpbGxv",
                        "CAST(CAST(TO_BASE64(CAST('héllo' AS BINARY)) AS BINARY) AS CHAR)"),
                Arguments.of("UTL_RAW.CAST_TO_VARCHAR2(UTL_ENCODE.BASE64_DECODE(UTL_RAW.CAST_TO_RAW('aMOpbGxv')))",
                        "convert_from(decode(convert_from(convert_to('aMOpbGxv', 'UTF8'), 'UTF8'), 'base64'), 'UTF8')", "héllo",
                        "CAST(FROM_BASE64(CAST(CAST('aMOpbGxv' AS BINARY) AS CHAR)) AS CHAR)"),
                Arguments.of("DBMS_XMLGEN.CONVERT('a < b & \"c\" > ''d''')", XML_ESCAPED, "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;",
                        XML_ESCAPED),
                Arguments.of("DBMS_ASSERT.ENQUOTE_LITERAL('it')", "'''' || COALESCE('it', '') || ''''", "'it'",
                        "CONCAT(CONCAT('''', COALESCE('it', '')), '''')"),
                // Oracle upper-cases the name; the converted objects carry the target's lower-case names
                Arguments.of("DBMS_ASSERT.ENQUOTE_NAME('Order Lines')", "quote_ident(LOWER('Order Lines'))", "\"order lines\"",
                        "CONCAT('`', REPLACE(LOWER('Order Lines'), '`', '``'), '`')"),
                Arguments.of("DBMS_ASSERT.SIMPLE_SQL_NAME('emp; DROP TABLE emp')",
                        "CASE WHEN regexp_like('emp; DROP TABLE emp', '^\\s*([A-Za-z][A-Za-z0-9_$#]*|\"[^\"]+\")\\s*$', 'p')"
                                + " THEN 'emp; DROP TABLE emp' ELSE NULL END", null,
                        "CASE WHEN 'emp; DROP TABLE emp' REGEXP '(?-i)^\\s*([A-Za-z][A-Za-z0-9_$#]*|\"[^\"]+\")\\s*$'"
                                + " THEN 'emp; DROP TABLE emp' ELSE NULL END"),
                Arguments.of("SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA')", "CURRENT_SCHEMA", "public", "DATABASE()"),
                Arguments.of("SYS_CONTEXT('userenv', 'client_info')", "CAST(NULL AS VARCHAR)", null, "CAST(NULL AS CHAR)"),
                Arguments.of("SYS_CONTEXT('USERENV', 'MODULE')", "current_setting('application_name')", "PostgreSQL JDBC Driver",
                        "unsupported"),
                Arguments.of("CASE WHEN SYS_CONTEXT('userenv', 'db_name') LIKE 'oracle_builtins%' THEN 'this database' END",
                        "CASE WHEN CURRENT_CATALOG LIKE 'oracle_builtins%' THEN 'this database' END", "this database",
                        "CASE WHEN DATABASE() LIKE 'oracle_builtins%' THEN 'this database' END"),
                Arguments.of("CASE WHEN USERENV('SESSIONID') = DBMS_SESSION.UNIQUE_SESSION_ID THEN 'same' END",
                        "CASE WHEN CAST(pg_backend_pid() AS VARCHAR) = CAST(pg_backend_pid() AS VARCHAR) THEN 'same' END", "same",
                        "CASE WHEN CAST(CONNECTION_ID() AS CHAR) = CAST(CONNECTION_ID() AS CHAR) THEN 'same' END"),
                Arguments.of("CASE WHEN DBMS_RANDOM.RANDOM >= -2147483648 THEN 'an integer' END",
                        "CASE WHEN CAST(FLOOR(random() * 4294967296) - 2147483648 AS INTEGER) >= -2147483648 THEN 'an integer' END",
                        "an integer",
                        "CASE WHEN CAST(FLOOR(RAND() * 4294967296) - 2147483648 AS SIGNED) >= -2147483648 THEN 'an integer' END"));
    }

    @ParameterizedTest(name = "{0} -> {1} / {3}")
    @MethodSource("converted")
    void convertsWithOraclesResult(String expression, String postgresql, String value, String mysql) throws SQLException {
        TwoTargets.Converted converted = TwoTargets.convert("oracle", expression);
        assertThat(converted.canonical()).as("canonical tree (items: %s)", converted.items()).isNotNull();
        TwoTargets.Written pg = converted.postgresql();
        assertThat(pg.sql()).as("PostgreSQL").isEqualTo(postgresql);
        assertThat(TwoTargets.valueOnPostgresql(db, pg)).as("value of %s on PostgreSQL", pg.sql()).isEqualTo(value);
        TwoTargets.Written my = converted.mysql();
        assertThat(my.sql()).as("MySQL").isEqualTo(mysql.equals("unsupported") ? null : mysql);
    }

    @Test
    void randomValueStaysInItsRange() throws SQLException {
        TwoTargets.Written pg = TwoTargets.convert("oracle", "DBMS_RANDOM.VALUE(10, 20)").postgresql();
        assertThat(pg.sql()).isEqualTo("10 + random() * (20 - 10)");
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(v), max(v), count(DISTINCT v) FROM (SELECT " + pg.sql()
                     + " AS v FROM generate_series(1, 2000)) r")) {
            rs.next();
            assertThat(rs.getDouble(1)).isGreaterThanOrEqualTo(10);
            assertThat(rs.getDouble(2)).isLessThan(20);
            assertThat(rs.getInt(3)).isGreaterThan(1900);
        }
    }

    @Test
    void getTimeCountsHundredthsOfASecondWithinOneStatement() throws SQLException {
        TwoTargets.Written pg = TwoTargets.convert("oracle", "DBMS_UTILITY.GET_TIME").postgresql();
        assertThat(pg.sql()).isEqualTo("FLOOR(EXTRACT(EPOCH FROM clock_timestamp()) * 100)");
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + pg.sql() + ", pg_sleep(0.2), " + pg.sql())) {
            rs.next();
            assertThat(rs.getLong(3) - rs.getLong(1)).isBetween(19L, 60L);
        }
    }

    @Test
    void normalValuesHaveMeanZeroAndDeviationOne() throws SQLException {
        TwoTargets.Written pg = TwoTargets.convert("oracle", "DBMS_RANDOM.NORMAL").postgresql();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT avg(v), stddev(v) FROM (SELECT " + pg.sql() + " AS v FROM generate_series(1, 20000)) r")) {
            rs.next();
            assertThat(rs.getDouble(1)).isBetween(-0.05, 0.05);
            assertThat(rs.getDouble(2)).isBetween(0.95, 1.05);
        }
    }

    static Stream<Arguments> notConverted() {
        return Stream.of(
                Arguments.of("DBMS_SQL.OPEN_CURSOR()", "SS-ORA-0354", "DBMS_SQL.OPEN_CURSOR"),
                Arguments.of("DBMS_SCHEDULER.JOB_EXISTS('PURGE')", "SS-ORA-0351", "pg_cron"),
                Arguments.of("UTL_FILE.FOPEN('DIR', 'f.txt', 'w')", "SS-ORA-0352", "UTL_FILE.FOPEN"),
                Arguments.of("UTL_HTTP.REQUEST('http://example.com')", "SS-ORA-0352", "UTL_HTTP.REQUEST"),
                Arguments.of("HTF.ESCAPE_SC(x)", "SS-ORA-0353", "HTF.ESCAPE_SC"),
                Arguments.of("APEX_UTIL.GET_SESSION_STATE('P1_X')", "SS-ORA-0353", "APEX_UTIL.GET_SESSION_STATE"),
                Arguments.of("OWA_UTIL.GET_CGI_ENV('REMOTE_ADDR')", "SS-ORA-0353", "OWA_UTIL.GET_CGI_ENV"),
                Arguments.of("DBMS_LOB.ISTEMPORARY(x)", "SS-ORA-0350", "DBMS_LOB.ISTEMPORARY"),
                Arguments.of("UTL_RAW.BIT_XOR(a, b)", "SS-ORA-0350", "UTL_RAW.BIT_XOR"),
                Arguments.of("DBMS_RANDOM.STRING('U', 10)", "SS-ORA-0350", "DBMS_RANDOM.STRING"),
                Arguments.of("UTL_I18N.STRING_TO_RAW(s, 'AL32UTF8')", "SS-ORA-0350", "UTL_I18N.STRING_TO_RAW"),
                Arguments.of("'at ' || DBMS_SQL.NATIVE", "SS-ORA-0354", "DBMS_SQL.NATIVE"),
                Arguments.of("SYS_CONTEXT('APP_CTX', 'TENANT')", "SS-ORA-0359", "SYS_CONTEXT('APP_CTX', 'TENANT')"),
                Arguments.of("SYS_CONTEXT('USERENV', 'OS_USER')", "SS-ORA-0359", "'OS_USER'"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notConverted")
    void reportsTheCallWithOneItemNamingIt(String expression, String code, String named) {
        TwoTargets.Converted converted = TwoTargets.convert("oracle", expression);
        assertThat(converted.canonical()).isNull();
        assertThat(converted.items()).singleElement().satisfies(item -> {
            assertThat(item.code().code()).isEqualTo(code);
            assertThat(item.message()).contains(named);
        });
    }

    @Test
    void errorStackBecomesTheHandledErrorsMessageWithANote() {
        TwoTargets.Converted converted = TwoTargets.convert("oracle", "DBMS_UTILITY.FORMAT_ERROR_STACK");
        assertThat(converted.canonical()).hasToString("HANDLED_ERROR_MESSAGE()");
        assertThat(converted.items()).extracting(ActionItem::code).extracting(c -> c.code()).containsExactly("SS-ORA-0358");
    }

    @Test
    void errorBacktraceBecomesTheHandledErrorsContextWithANote() {
        TwoTargets.Converted converted = TwoTargets.convert("oracle", "'x' || DBMS_UTILITY.FORMAT_ERROR_BACKTRACE");
        assertThat(converted.canonical().toString()).contains("HANDLED_ERROR_CONTEXT()");
        assertThat(converted.items()).extracting(ActionItem::code).extracting(c -> c.code()).containsExactly("SS-ORA-0462");
    }
}

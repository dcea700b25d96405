package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemashift.source.oracle.OracleCode;

/**
 * Dates: SYSDATE, SYSTIMESTAMP, CURRENT_DATE, TRUNC/ROUND, ADD_MONTHS, MONTHS_BETWEEN, LAST_DAY,
 * NEXT_DAY, EXTRACT, TO_CHAR/TO_DATE/TO_TIMESTAMP/TO_NUMBER and date arithmetic. Expected values
 * are the examples and rules of the Oracle SQL Language Reference.
 */
class OracleDateFunctionsTest {
    private static Connection db;
    private static OracleConversion oracle;

    @BeforeAll
    static void database() throws SQLException {
        db = OracleConversion.scottDatabase("ora_dates");
        oracle = new OracleConversion(db);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void sysdateAndCurrentDateAreDatesWithATimeOfDay() throws SQLException {
        // Oracle: SYSDATE and CURRENT_DATE are DATE values, which include the time to the second
        oracle.convert("SYSDATE").writes("LOCALTIMESTAMP(0)");
        oracle.convert("CURRENT_DATE").writes("LOCALTIMESTAMP(0)");
        oracle.convert("SYSTIMESTAMP").writes("CURRENT_TIMESTAMP");
        oracle.convert("CASE WHEN SYSDATE - TRUNC(SYSDATE) >= 0 AND SYSDATE - TRUNC(SYSDATE) < 1 THEN 'ok' END").gives("ok");
        oracle.convert("CASE WHEN SYSTIMESTAMP >= SYSDATE - 1 THEN 'ok' END").gives("ok");
    }

    @Test
    void truncOfADateTruncatesToTheFormatUnit() throws SQLException {
        // Oracle: TRUNC(date) is midnight; TRUNC(date, 'MM') the first of the month; 'YEAR' January 1st
        oracle.convert("TRUNC(TO_DATE('2024-02-29 13:45:10', 'YYYY-MM-DD HH24:MI:SS'))").gives("2024-02-29 00:00:00");
        oracle.convert("TRUNC(DATE '2024-08-17', 'MM')").writes("DATE_TRUNC('month', TIMESTAMP '2024-08-17 00:00:00')")
                .gives("2024-08-01 00:00:00");
        oracle.convert("TRUNC(DATE '2024-08-17', 'YEAR')").gives("2024-01-01 00:00:00");
        // a CAST to DATE is a date too, also inside an aggregate
        oracle.convert("TRUNC(CAST(TIMESTAMP '2024-08-17 10:30:00' AS DATE))").gives("2024-08-17 00:00:00");
        oracle.convert("TRUNC(MAX(CAST(TIMESTAMP '2024-08-17 10:30:00' AS DATE)))").gives("2024-08-17 00:00:00");
        oracle.convert("TRUNC(DATE '2024-08-17', 'Q')").gives("2024-07-01 00:00:00");
        // 'D' starts the week on Sunday (NLS_TERRITORY AMERICA): 2024-08-17 is a Saturday
        oracle.convert("TRUNC(DATE '2024-08-17', 'D')").gives("2024-08-11 00:00:00");
        // 'WW': the weekday of January 1st (2024: Monday); 'W': the weekday of the 1st of the month (Thursday)
        oracle.convert("TRUNC(DATE '2024-08-17', 'WW')").writes("oracle_compat.trunc(TIMESTAMP '2024-08-17 00:00:00', 'WW')")
                .gives("2024-08-12 00:00:00");
        oracle.convert("TRUNC(DATE '2024-08-17', 'W')").gives("2024-08-15 00:00:00");
        oracle.convert("TRUNC(DATE '2024-08-17', 'IW')").gives("2024-08-12 00:00:00");
        assertThat(oracle.convert("SELECT TRUNC(HIREDATE, 'YYYY') FROM EMP WHERE EMPNO = 7788").rows())
                .containsExactly("1987-01-01 00:00:00");
    }

    @Test
    void roundOfADateRoundsToTheNearestUnit() throws SQLException {
        // Oracle: ROUND(date, 'MM') rounds up from the 16th day; 'YEAR' from July 1st; default: noon
        oracle.convert("ROUND(DATE '2024-08-16', 'MM')").gives("2024-09-01 00:00:00");
        oracle.convert("ROUND(DATE '2024-08-15', 'MM')").gives("2024-08-01 00:00:00");
        oracle.convert("ROUND(DATE '2024-07-01', 'YEAR')").gives("2025-01-01 00:00:00");
        oracle.convert("ROUND(DATE '2024-08-16', 'Q')").gives("2024-10-01 00:00:00");   // from the 16th day of the 2nd month
        oracle.convert("ROUND(TO_DATE('2024-08-15 12:00', 'YYYY-MM-DD HH24:MI'))").gives("2024-08-16 00:00:00");
    }

    @Test
    void truncAndRoundOfNumbers() throws SQLException {
        // Oracle: TRUNC(15.79, 1) = 15.7; ROUND(15.193, -1) = 20; ROUND(-2.5) = -3 (half away from zero)
        oracle.convert("TRUNC(15.79, 1)").writes("trunc(15.79, 1)").gives("15.7");
        oracle.convert("ROUND(15.193, -1)").gives("20");
        oracle.convert("ROUND(-2.5)").gives("-3");
        assertThat(oracle.convert("SELECT ROUND(SAL / 7, 2) FROM EMP WHERE EMPNO = 7369").rows()).containsExactly("114.29");
    }

    @Test
    void truncOfAnOperandOfUnknownTypeIsNotGuessed() {
        oracle.convert("TRUNC(UNKNOWN_COLUMN)").unconvertible("TRUNC of an operand whose type");
    }

    @Test
    void addMonthsKeepsTheEndOfMonth() throws SQLException {
        // Oracle: the last day of a month maps to the last day of the result month; a shorter month clamps
        oracle.convert("ADD_MONTHS(DATE '2024-02-29', 1)").writes("oracle_compat.add_months(TIMESTAMP '2024-02-29 00:00:00', 1)")
                .gives("2024-03-31 00:00:00");
        oracle.convert("ADD_MONTHS(DATE '2024-01-31', 1)").gives("2024-02-29 00:00:00");
        oracle.convert("ADD_MONTHS(DATE '2024-01-15', -2)").gives("2023-11-15 00:00:00");
    }

    @Test
    void monthsBetween() throws SQLException {
        // Oracle documentation example: MONTHS_BETWEEN(02-02-1995, 01-01-1995) = 1.03225806
        oracle.convert("ROUND(MONTHS_BETWEEN(TO_DATE('02-02-1995', 'MM-DD-YYYY'), TO_DATE('01-01-1995', 'MM-DD-YYYY')), 8)")
                .gives("1.03225806");
        // both the last day of their month: a whole number
        oracle.convert("MONTHS_BETWEEN(DATE '2024-03-31', DATE '2024-02-29')").gives("1");
    }

    @Test
    void lastDayAndNextDay() throws SQLException {
        // Oracle: LAST_DAY keeps the time of day; NEXT_DAY is strictly after the date
        oracle.convert("LAST_DAY(TO_DATE('2024-02-10 13:00', 'YYYY-MM-DD HH24:MI'))").gives("2024-02-29 13:00:00");
        // Oracle documentation: NEXT_DAY('15-OCT-2009', 'TUESDAY') = 20-OCT-2009
        oracle.convert("NEXT_DAY(DATE '2009-10-15', 'TUESDAY')").gives("2009-10-20 00:00:00");
        oracle.convert("NEXT_DAY(DATE '2009-10-20', 'TUE')").gives("2009-10-27 00:00:00");
    }

    @Test
    void extractFromADate() throws SQLException {
        oracle.convert("EXTRACT(YEAR FROM DATE '1998-03-07')").gives("1998");
        assertThat(oracle.convert("SELECT EXTRACT(MONTH FROM HIREDATE) FROM EMP WHERE EMPNO = 7369").rows()).containsExactly("12");
    }

    @Test
    void conversionFunctionsWithFormatModels() throws SQLException {
        oracle.convert("TO_CHAR(DATE '2024-03-05', 'DD-MON-YYYY')").writes("to_char(TIMESTAMP '2024-03-05 00:00:00', 'DD-MON-YYYY')")
                .gives("05-MAR-2024");
        oracle.convert("TO_CHAR(1234.5, 'FM9999.00')").gives("1234.50");
        oracle.convert("TO_DATE('2024-03-05 17:30:00', 'YYYY-MM-DD HH24:MI:SS')").gives("2024-03-05 17:30:00");
        // Oracle FF (fractional seconds, digits as given) is PostgreSQL's US
        oracle.convert("TO_TIMESTAMP('2024-03-05 17:30:00.123456', 'YYYY-MM-DD HH24:MI:SS.FF')")
                .writes("CAST(to_timestamp('2024-03-05 17:30:00.123456', 'YYYY-MM-DD HH24:MI:SS.US') AS TIMESTAMP)")
                .gives("2024-03-05 17:30:00.123456");
        oracle.convert("TO_NUMBER('1,234.50', '9,999.99')").gives("1234.50");
        // Oracle RR: written as the year's last two digits; read with a century window PostgreSQL lacks
        oracle.convert("TO_CHAR(DATE '2024-03-05', 'DD-MON-RR')").gives("05-MAR-24");
        oracle.convert("TO_DATE('05-MAR-62', 'DD-MON-RR')").unconvertible("TO_DATE with an RR year");
        oracle.convert("TO_NUMBER('42')").gives("42");
        oracle.convert("TO_CHAR(42)").gives("42");
        assertThat(oracle.convert("SELECT TO_CHAR(SAL) FROM EMP WHERE EMPNO = 7499").rows()).containsExactly("1600"); // not 1600.00
    }

    @Test
    void toCharOfADateWithoutFormatUsesTheDefaultNlsFormat() throws SQLException {
        var result = oracle.convert("TO_CHAR(DATE '2024-03-05')").gives("05-MAR-24");
        assertThat(result.items).anySatisfy(i -> assertThat(i.code()).isEqualTo(OracleCode.NLS_DEPENDENT));
    }

    @Test
    void timestampMinusAFractionOfADay() throws SQLException {
        // The Logger project's view: time_stamp > systimestamp - (5/1440). Oracle: TIMESTAMP - n is a DATE, n days earlier
        oracle.convert("TIMESTAMP '2024-01-01 10:00:00' - (5/1440)").gives("2024-01-01 09:55:00");
        oracle.convert("CASE WHEN SYSTIMESTAMP - (5/1440) < SYSTIMESTAMP THEN 'ok' END").gives("ok");
    }

    @Test
    void intervalsFromNumbers() throws SQLException {
        // Oracle: NUMTODSINTERVAL(90, 'MINUTE') is 1:30; a date plus an interval stays a date
        oracle.convert("NUMTODSINTERVAL(90, 'minute')").writes("90 * INTERVAL '1' MINUTE").gives("01:30:00");
        oracle.convert("DATE '2024-01-15' + NUMTOYMINTERVAL(1, 'MONTH')").gives("2024-02-15 00:00:00");
        oracle.convert("NUMTODSINTERVAL(1, UNIT_COLUMN)").unconvertible("NUMTODSINTERVAL with a unit that is not a literal");
    }

    @Test
    void dateArithmeticCountsDays() throws SQLException {
        // Oracle: date + 1 is the next day, date + 1/24 one hour later, date - date a number of days
        oracle.convert("DATE '2024-02-28' + 1").writes("CAST(TIMESTAMP '2024-02-28 00:00:00' + 1 * INTERVAL '1' DAY AS TIMESTAMP(0))")
                .gives("2024-02-29 00:00:00");
        oracle.convert("DATE '2024-02-28' + 1/24").gives("2024-02-28 01:00:00");
        oracle.convert("DATE '2024-03-01' - 2").gives("2024-02-28 00:00:00");
        oracle.convert("7 / 2").writes("CAST(7 AS DECIMAL) / 2").gives("3.5000000000000000");   // NUMBER division is exact
        oracle.convert("INTERVAL '3' DAY / 2").gives("1 day 12:00:00");
        oracle.convert("TO_DATE('2024-03-01 12:00', 'YYYY-MM-DD HH24:MI') - DATE '2024-02-28'").gives("2.5000000000000000");
        assertThat(oracle.convert("SELECT ENAME FROM EMP WHERE HIREDATE + 30 > DATE '1987-05-15' ORDER BY ENAME").rows())
                .containsExactly("ADAMS", "SCOTT");
        assertThat(oracle.convert("SELECT E.HIREDATE - M.HIREDATE FROM EMP E, EMP M WHERE E.MGR = M.EMPNO AND E.EMPNO = 7788").rows())
                .containsExactly("2208.0000000000000000");
    }
}

package org.schemashift.emit.postgresql;

import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Oracle's error numbers in PL/pgSQL, which knows errors only by SQLSTATE. An application error
 * (RAISE_APPLICATION_ERROR, numbers -20000 to -20999) is raised as SQLSTATE {@code UE} + the last
 * three digits ({@code -20001} is {@code UE001}), a class PostgreSQL does not use, so a handler for
 * an exception bound to {@code -20001} (PRAGMA EXCEPTION_INIT) catches exactly those. Oracle's
 * SQLCODE is read back from the SQLSTATE: {@code -20nnn} for that class, {@code +1} for a user
 * exception (the {@code U} codes made from names, see {@link PlPgSqlConditions}), {@code +100} for
 * NO_DATA_FOUND, the ORA number of the predefined exceptions the Oracle builder maps to a SQLSTATE,
 * and {@link #UNKNOWN_SQLCODE} for any other error.
 */
final class PlPgSqlErrorNumbers {
    /** SQLCODE of an error with no Oracle number known here: no ORA error has it, and it is negative as errors are. */
    static final int UNKNOWN_SQLCODE = -99999;
    private static final String CLASS = "UE";
    private static final SqlTemplate SQLCODE = SqlTemplate.target("CASE WHEN {0} LIKE 'UE%' THEN -20000 - CAST(SUBSTRING({0} FROM 3) AS INTEGER)"
            + " WHEN {0} LIKE 'U%' THEN 1"
            + " WHEN {0} IN ('P0002', '02000') THEN 100"
            + " WHEN {0} = 'P0003' THEN -1422"
            + " WHEN {0} = '23505' THEN -1"
            + " WHEN {0} = '23502' THEN -1400"
            + " WHEN {0} = '22012' THEN -1476"
            + " WHEN {0} = '22P02' THEN -1722"
            + " WHEN {0} = 'OC531' THEN -6531"
            + " WHEN {0} LIKE '22%' THEN -6502"
            + " ELSE " + UNKNOWN_SQLCODE + " END");

    private PlPgSqlErrorNumbers() {
    }

    /** True for Oracle's application error numbers (RAISE_APPLICATION_ERROR's range). */
    static boolean isApplicationError(Integer number) {
        return number != null && number <= -20000 && number >= -20999;
    }

    /** The SQLSTATE an application error number is raised and caught as. */
    static String sqlState(int number) {
        return CLASS + String.format("%03d", -number - 20000);
    }

    /** Oracle's SQLCODE for the error whose SQLSTATE {@code sqlState} reads. */
    static SqlNode sqlCode(SqlNode sqlState) {
        return SQLCODE.apply(sqlState);
    }
}

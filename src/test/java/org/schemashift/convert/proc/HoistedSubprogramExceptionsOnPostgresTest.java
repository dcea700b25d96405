package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An exception declared in an enclosing routine (or block) is visible in its nested subprograms.
 * A nested subprogram becomes a routine of its own, so it declares the exception again: a RAISE
 * of it there, or a handler for it, uses the same SQLSTATE as the enclosing routine, the one
 * PRAGMA EXCEPTION_INIT gives it included.
 */
class HoistedSubprogramExceptionsOnPostgresTest {

    @Test
    void aNestedSubprogramRaisesAndCatchesTheEnclosingRoutinesExceptions() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION check_amount(p_amount NUMBER) RETURN VARCHAR2 IS
                  e_negative EXCEPTION;
                  e_too_big EXCEPTION;
                  PRAGMA EXCEPTION_INIT(e_too_big, -20042);
                  PROCEDURE check_value(p_value NUMBER) IS
                  BEGIN
                    IF p_value < 0 THEN
                      RAISE e_negative;
                    ELSIF p_value > 100 THEN
                      RAISE e_too_big;
                    END IF;
                  END;
                  FUNCTION guarded(p_value NUMBER) RETURN VARCHAR2 IS
                  BEGIN
                    IF p_value = 1000 THEN
                      RAISE_APPLICATION_ERROR(-20042, 'raised by number');
                    END IF;
                    check_value(p_value);
                    RETURN 'ok';
                  EXCEPTION
                    WHEN e_too_big THEN
                      RETURN 'caught inside: too big';
                  END;
                BEGIN
                  IF p_amount = 500 THEN
                    check_value(p_amount);
                  END IF;
                  RETURN guarded(p_amount);
                EXCEPTION
                  WHEN e_negative THEN
                    RETURN 'negative';
                  WHEN e_too_big THEN
                    RETURN 'too big';
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT check_amount(5)")).isEqualTo("ok");
            assertThat(db.one("SELECT check_amount(-1)")).as("the nested RAISE is caught by the enclosing handler").isEqualTo("negative");
            assertThat(db.one("SELECT check_amount(500)")).as("EXCEPTION_INIT's SQLSTATE in both").isEqualTo("too big");
            assertThat(db.one("SELECT check_amount(200)")).isEqualTo("caught inside: too big");
            assertThat(db.one("SELECT check_amount(1000)")).as("the nested handler catches the error number the exception is bound to")
                    .isEqualTo("caught inside: too big");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }
}

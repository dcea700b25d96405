package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Exceptions bound to Oracle server errors with PRAGMA EXCEPTION_INIT (no predefined name) catch the
 * PostgreSQL error that means the same: a missing parent key, a NULL into a NOT NULL column, a
 * failed check, a value too long for its column.
 */
class OracleServerErrorsOnPostgresTest {

    @Test
    void handlersOfBoundServerErrorsCatchTheSameErrors() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE dept (id NUMBER PRIMARY KEY);
                CREATE TABLE emp (id NUMBER PRIMARY KEY, dept NUMBER NOT NULL REFERENCES dept, code VARCHAR2(3),
                    CONSTRAINT emp_id_positive CHECK (id > 0));
                CREATE OR REPLACE FUNCTION hire(p_id NUMBER, p_dept NUMBER, p_code VARCHAR2) RETURN VARCHAR2 IS
                  e_no_parent EXCEPTION;
                  PRAGMA EXCEPTION_INIT(e_no_parent, -2291);
                  e_null EXCEPTION;
                  PRAGMA EXCEPTION_INIT(e_null, -1400);
                  e_check EXCEPTION;
                  PRAGMA EXCEPTION_INIT(e_check, -2290);
                  e_too_long EXCEPTION;
                  PRAGMA EXCEPTION_INIT(e_too_long, -12899);
                BEGIN
                  INSERT INTO emp (id, dept, code) VALUES (p_id, p_dept, p_code);
                  RETURN 'hired';
                EXCEPTION
                  WHEN e_no_parent THEN RETURN 'no such department';
                  WHEN e_null THEN RETURN 'department missing';
                  WHEN e_check THEN RETURN 'bad id';
                  WHEN e_too_long THEN RETURN 'code too long';
                END;
                /
                """).apply()) {
            db.run("INSERT INTO dept VALUES (10)");
            assertThat(db.one("SELECT hire(1, 10, 'A')")).isEqualTo("hired");
            assertThat(db.one("SELECT hire(2, 99, 'A')")).isEqualTo("no such department");
            assertThat(db.one("SELECT hire(3, NULL, 'A')")).isEqualTo("department missing");
            assertThat(db.one("SELECT hire(-4, 10, 'A')")).isEqualTo("bad id");
            assertThat(db.one("SELECT hire(5, 10, 'ABCD')")).isEqualTo("code too long");
            assertThat(db.codes()).doesNotContain("SS-PG-0602");
        }
    }
}

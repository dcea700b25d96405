package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A package variable as a parameter's DEFAULT: the caller evaluates it, so it is read through the variable's getter. */
class PackageVariableDefaultsTest {
    @Test
    void aDefaultReadsThePackageVariableWhenTheCallIsMade() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE pd AS
                  m_limit NUMBER := 7;
                  FUNCTION f(p NUMBER := m_limit) RETURN NUMBER;
                  PROCEDURE set_limit(p NUMBER);
                END pd;
                /
                CREATE OR REPLACE PACKAGE BODY pd AS
                  FUNCTION f(p NUMBER := m_limit) RETURN NUMBER IS
                  BEGIN
                    RETURN p;
                  END;
                  PROCEDURE set_limit(p NUMBER) IS
                  BEGIN
                    m_limit := p;
                  END;
                END pd;
                /
                CREATE OR REPLACE FUNCTION g(p NUMBER := pd.m_limit) RETURN NUMBER IS
                BEGIN
                  RETURN p;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT pd.f()")).isEqualTo("7");
            assertThat(db.one("SELECT g()")).isEqualTo("7");
            db.run("CALL pd.set_limit(9)");
            assertThat(db.one("SELECT pd.f()")).isEqualTo("9");
            assertThat(db.one("SELECT g()")).isEqualTo("9");
            assertThat(db.one("SELECT pd.f(1)")).isEqualTo("1");
        }
    }
}

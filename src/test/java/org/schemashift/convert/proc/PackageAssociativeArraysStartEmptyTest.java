package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An associative array (INDEX BY) declared in a package starts empty for the session, as in Oracle:
 * COUNT is 0, EXISTS is false and an element can be assigned before anything else was, not NULL
 * (whose COUNT is NULL and whose element assignment has nothing to add to).
 */
class PackageAssociativeArraysStartEmptyTest {

    @Test
    void aPackageAssociativeArrayOfScalarsCountsZeroBeforeTheFirstAssignment() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE rates AS
                  FUNCTION how_many RETURN NUMBER;
                  FUNCTION known(p_code VARCHAR2) RETURN VARCHAR2;
                  PROCEDURE put(p_code VARCHAR2, p_rate NUMBER);
                  FUNCTION rate(p_code VARCHAR2) RETURN NUMBER;
                  FUNCTION names_count RETURN NUMBER;
                END rates;
                /
                CREATE OR REPLACE PACKAGE BODY rates AS
                  TYPE t_rates IS TABLE OF NUMBER INDEX BY VARCHAR2(10);
                  TYPE t_names IS TABLE OF VARCHAR2(20) INDEX BY PLS_INTEGER;
                  g_rates t_rates;
                  g_names t_names;
                  FUNCTION how_many RETURN NUMBER IS
                  BEGIN
                    RETURN g_rates.COUNT;
                  END;
                  FUNCTION known(p_code VARCHAR2) RETURN VARCHAR2 IS
                  BEGIN
                    IF g_rates.EXISTS(p_code) THEN RETURN 'yes'; END IF;
                    RETURN 'no';
                  END;
                  PROCEDURE put(p_code VARCHAR2, p_rate NUMBER) IS
                  BEGIN
                    g_rates(p_code) := p_rate;
                  END;
                  FUNCTION rate(p_code VARCHAR2) RETURN NUMBER IS
                  BEGIN
                    RETURN g_rates(p_code);
                  END;
                  FUNCTION names_count RETURN NUMBER IS
                  BEGIN
                    g_names(g_names.COUNT + 1) := 'first';
                    RETURN g_names.COUNT;
                  END;
                END rates;
                /
                """).apply()) {
            assertThat(db.one("SELECT rates.how_many() || ' ' || rates.known('EUR')")).isEqualTo("0 no");
            db.run("CALL rates.put('EUR', 1.5)");
            assertThat(db.one("SELECT rates.how_many() || ' ' || rates.known('EUR') || ' ' || rates.rate('EUR')")).isEqualTo("1 yes 1.5");
            assertThat(db.one("SELECT rates.names_count()")).isEqualTo("1");
        }
    }
}

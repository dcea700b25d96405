package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A nested subprogram becomes a routine of its own, outside the package routine and the blocks that
 * enclosed it; the types it names (the package's, declared in the specification or the body, and
 * the enclosing blocks') are still the ones it sees.
 */
class NestedSubprogramTypesOnPostgresTest {

    @Test
    void aNestedSubprogramNamesThePackagesAndTheEnclosingBlocksTypes() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE widths_pkg AS
                  TYPE tp_names IS TABLE OF VARCHAR2(30);
                  FUNCTION total(p_count PLS_INTEGER) RETURN VARCHAR2;
                END widths_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY widths_pkg AS
                  TYPE tp_width_tab IS TABLE OF PLS_INTEGER INDEX BY PLS_INTEGER;

                  FUNCTION total(p_count PLS_INTEGER) RETURN VARCHAR2 IS
                    TYPE tp_flags IS TABLE OF BOOLEAN INDEX BY PLS_INTEGER;
                    l_sum PLS_INTEGER := 0;
                    l_widths tp_width_tab;
                    FUNCTION init_widths(p_n PLS_INTEGER) RETURN tp_width_tab IS
                      l_widths tp_width_tab;
                      l_flags tp_flags;
                      l_names tp_names := tp_names();
                    BEGIN
                      FOR i IN 1 .. p_n LOOP
                        l_widths(i) := i * 10;
                        l_flags(i) := TRUE;
                        l_names.EXTEND;
                        l_names(i) := 'w' || i;
                      END LOOP;
                      RETURN l_widths;
                    END;
                  BEGIN
                    l_widths := init_widths(p_count);
                    FOR i IN 1 .. p_count LOOP
                      l_sum := l_sum + l_widths(i);
                    END LOOP;
                    RETURN l_sum;
                  END;
                END widths_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT widths_pkg.total(3)")).isEqualTo("60");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A field of an element of a package variable is a target like the variable itself
 * ({@code fonts(1).family := 'x'}, as in alexandria's pdf_builder_pkg.init_core_fonts): the change
 * is made to a local copy read through the getter, which the setter stores, so the package state
 * keeps it and the assignment compiles (it was written on the getter's result, a syntax error).
 */
class PackageStatePartsOnPostgresTest {

    @Test
    void aFieldOfAnElementOfAPackageVariableIsChangedThroughALocalCopy() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE fonts_pkg AS
                  PROCEDURE init;
                  FUNCTION describe(p_index PLS_INTEGER) RETURN VARCHAR2;
                END fonts_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY fonts_pkg AS
                  TYPE tp_font IS RECORD (family VARCHAR2(100), width PLS_INTEGER, standard BOOLEAN);
                  TYPE tp_font_tab IS TABLE OF tp_font INDEX BY PLS_INTEGER;
                  fonts tp_font_tab;
                  PROCEDURE init IS
                    l_fonts tp_font_tab;
                  BEGIN
                    l_fonts(1).family := 'local';
                    fonts(1).family := 'helvetica';
                    fonts(1).width := 600;
                    fonts(1).standard := TRUE;
                    fonts(2) := fonts(1);
                    fonts(2).family := l_fonts(1).family;
                  END;
                  FUNCTION describe(p_index PLS_INTEGER) RETURN VARCHAR2 IS
                  BEGIN
                    RETURN fonts(p_index).family || ' ' || fonts(p_index).width;
                  END;
                END fonts_pkg;
                /
                """).apply()) {
            db.run("CALL fonts_pkg.init()");
            assertThat(db.one("SELECT fonts_pkg.describe(1) || ' / ' || fonts_pkg.describe(2)")).isEqualTo("helvetica 600 / local 600");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }
}

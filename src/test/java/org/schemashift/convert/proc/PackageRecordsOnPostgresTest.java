package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Record types of a package (composite types of its schema): a field's default value (Oracle
 * {@code field type := value} / {@code DEFAULT value}) is what a new record of the type starts
 * with, in a routine's variable as in package state; arrays of those records indexed by integers.
 */
class PackageRecordsOnPostgresTest {

    @Test
    void aRecordStartsWithItsFieldDefaultsInVariablesAndPackageState() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE font_pkg AS
                  FUNCTION describe(p_name VARCHAR2) RETURN VARCHAR2;
                  FUNCTION current_encoding RETURN VARCHAR2;
                END font_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY font_pkg AS
                  TYPE tp_font IS RECORD (
                    family VARCHAR2(100),
                    subtype VARCHAR2(15) := 'Type1',
                    encoding VARCHAR2(100) DEFAULT 'WINDOWS-1252'
                  );
                  TYPE tp_font_tab IS TABLE OF tp_font INDEX BY PLS_INTEGER;
                  g_current tp_font;
                  g_fonts tp_font_tab;

                  FUNCTION describe(p_name VARCHAR2) RETURN VARCHAR2 IS
                    l_font tp_font;
                  BEGIN
                    l_font.family := p_name;
                    g_fonts(g_fonts.COUNT + 1) := l_font;
                    RETURN g_fonts(g_fonts.LAST).family || '/' || g_fonts(g_fonts.LAST).subtype || '/' || l_font.encoding
                      || '/' || g_fonts.COUNT;
                  END;

                  FUNCTION current_encoding RETURN VARCHAR2 IS
                  BEGIN
                    RETURN g_current.encoding || '/' || NVL(g_current.family, 'none');
                  END;
                END font_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT font_pkg.describe('Helvetica')")).isEqualTo("Helvetica/Type1/WINDOWS-1252/1");
            assertThat(db.one("SELECT font_pkg.current_encoding()")).isEqualTo("WINDOWS-1252/none");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }

    @Test
    void anotherPackagesCollectionOfRecordsIsAnArrayOfItsCompositeType() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE map_pkg AS
                  TYPE t_point IS RECORD (name VARCHAR2(30), x NUMBER);
                  TYPE t_point_list IS TABLE OF t_point INDEX BY BINARY_INTEGER;
                  TYPE t_name_list IS TABLE OF VARCHAR2(30);
                END map_pkg;
                /
                CREATE OR REPLACE PACKAGE js_pkg AS
                  FUNCTION add_point(p_name VARCHAR2, p_x NUMBER) RETURN VARCHAR2;
                  FUNCTION names(p_points map_pkg.t_point_list) RETURN map_pkg.t_name_list;
                END js_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY js_pkg AS
                  g_points map_pkg.t_point_list;

                  FUNCTION names(p_points map_pkg.t_point_list) RETURN map_pkg.t_name_list IS
                    l_names map_pkg.t_name_list := map_pkg.t_name_list();
                  BEGIN
                    FOR i IN 1 .. p_points.COUNT LOOP
                      l_names.EXTEND;
                      l_names(l_names.COUNT) := p_points(i).name;
                    END LOOP;
                    RETURN l_names;
                  END;

                  FUNCTION add_point(p_name VARCHAR2, p_x NUMBER) RETURN VARCHAR2 IS
                    l_point map_pkg.t_point;
                    l_names map_pkg.t_name_list;
                  BEGIN
                    l_point.name := p_name;
                    l_point.x := p_x;
                    g_points(g_points.COUNT + 1) := l_point;
                    l_names := names(g_points);
                    RETURN l_names(l_names.LAST) || '/' || l_names.COUNT || '/' || g_points(1).x;
                  END;
                END js_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT js_pkg.add_point('a', 1)")).isEqualTo("a/1/1");
            assertThat(db.one("SELECT js_pkg.add_point('b', 2)")).isEqualTo("b/2/1");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }
}

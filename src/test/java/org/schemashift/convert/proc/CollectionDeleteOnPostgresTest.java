package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Collection element changes found in alexandria's pdf_builder_pkg: {@code images.delete(t_ind)} on a
 * package variable deletes one element, never all of them (it was written as the setter of an empty
 * collection), and leaves a gap in an array of rows; {@code SELECT ... INTO v(i)} stores into the element through a copy (PL/pgSQL takes no
 * subscript in INTO); and {@code images(i).adler32} reads the field even where the package has a
 * function ADLER32 (it was rewritten into a call of it).
 */
class CollectionDeleteOnPostgresTest {

    @Test
    void deleteOfOneElementDeletesThatElement() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE del_pkg AS
                  FUNCTION run(p_i PLS_INTEGER) RETURN VARCHAR2;
                END del_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY del_pkg AS
                  TYPE tp_img IS RECORD (adler32 VARCHAR2(8), width PLS_INTEGER);
                  TYPE tp_img_tab IS TABLE OF tp_img INDEX BY PLS_INTEGER;
                  TYPE tp_num_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
                  TYPE tp_nt IS TABLE OF NUMBER;
                  images tp_img_tab;
                  nt tp_nt := tp_nt(1, 2, 3);
                  FUNCTION b(p BOOLEAN) RETURN VARCHAR2 IS BEGIN RETURN CASE WHEN p THEN 'y' ELSE 'n' END; END;
                  FUNCTION run(p_i PLS_INTEGER) RETURN VARCHAR2 IS
                    l_nums tp_num_tab;
                    l_nt tp_nt := tp_nt(1, 2, 3);
                  BEGIN
                    images(1).width := 1;
                    images(2).width := 2;
                    l_nums(1) := 1; l_nums(2) := 2; l_nums(3) := 3;
                    l_nums.delete(p_i);
                    images.delete(p_i);
                    nt.delete(nt.last);
                    l_nt.delete(p_i + 1);
                    l_nums.delete(1, 2);
                    RETURN images.count || ' ' || nt.count || ' ' || l_nt.count || ' ' || b(images.exists(p_i))
                      || b(images.exists(1)) || ' ' || b(l_nums.exists(1)) || b(l_nums.exists(2)) || b(l_nums.exists(3));
                  END;
                END del_pkg;
                /
                """).apply()) {
            // key 2 goes from the jsonb and the array of rows (a gap), the last element from the nested tables of numbers;
            // the jsonb's DELETE of a range is reported
            assertThat(db.one("SELECT del_pkg.run(2)")).isEqualTo("1 2 2 ny yny");
            assertThat(db.itemsWith("SS-PG-0601")).hasSize(1);
            assertThat(db.itemsWith("SS-PG-0610")).hasSize(1);   // the package state's; the local table keeps its gap
            assertThat(db.script()).doesNotContain("__set('{}')");
        }
    }

    @Test
    void selectIntoAnElementStoresItThroughACopy() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE into_pkg AS
                  FUNCTION run RETURN VARCHAR2;
                END into_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY into_pkg AS
                  TYPE tp_img IS RECORD (adler32 VARCHAR2(8), width PLS_INTEGER);
                  TYPE tp_img_tab IS TABLE OF tp_img INDEX BY PLS_INTEGER;
                  TYPE tp_num_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
                  TYPE tp_nt IS TABLE OF NUMBER;
                  images tp_img_tab;
                  FUNCTION run RETURN VARCHAR2 IS
                    l_nums tp_num_tab;
                    l_nt tp_nt := tp_nt(1, 2);
                  BEGIN
                    SELECT 5 INTO l_nums(4) FROM dual;
                    SELECT 6, 7 INTO l_nums(5), l_nt(2) FROM dual;
                    SELECT 'x', 8 INTO images(1) FROM dual;
                    RETURN l_nums(4) || ' ' || l_nums(5) || ' ' || l_nt(2) || ' ' || images(1).adler32 || images(1).width;
                  END;
                END into_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT into_pkg.run()")).isEqualTo("5 6 7 x8");
        }
    }

    @Test
    void aFieldNamedLikeAPackageFunctionIsTheField() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE field_pkg AS
                  FUNCTION run RETURN VARCHAR2;
                END field_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY field_pkg AS
                  TYPE tp_img IS RECORD (adler32 VARCHAR2(8), width PLS_INTEGER);
                  TYPE tp_img_tab IS TABLE OF tp_img INDEX BY PLS_INTEGER;
                  images tp_img_tab;
                  FUNCTION adler32(p VARCHAR2) RETURN VARCHAR2 IS BEGIN RETURN 'function ' || p; END;
                  FUNCTION run RETURN VARCHAR2 IS
                    l_img tp_img;
                  BEGIN
                    images(1).adler32 := 'field';
                    l_img.adler32 := 'local';
                    IF images(1).adler32 IS NULL THEN RETURN 'null'; END IF;
                    RETURN images(1).adler32 || ' ' || l_img.adler32 || ' ' || adler32('x');
                  END;
                END field_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT field_pkg.run()")).isEqualTo("field local function x");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * STATIC methods of an object type (PL/SQL Language Reference, "Static Methods"): called as
 * {@code type_name.method(...)} from anywhere, and by their bare name from another method of the
 * type's body; a static function or procedure has no SELF, so no object is passed.
 */
class StaticMembersOnPostgresTest {

    @Test
    void staticMethodsAreCalledQualifiedAndBareWithoutSelf() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE calls (what VARCHAR2(30));
                CREATE OR REPLACE TYPE t_point AS OBJECT (
                  x NUMBER,
                  y NUMBER,
                  STATIC FUNCTION twice(n NUMBER) RETURN NUMBER,
                  STATIC PROCEDURE note(p_what VARCHAR2),
                  MEMBER FUNCTION weight RETURN NUMBER,
                  MEMBER PROCEDURE log_me
                );
                /
                CREATE OR REPLACE TYPE BODY t_point AS
                  STATIC FUNCTION twice(n NUMBER) RETURN NUMBER IS
                  BEGIN
                    RETURN 2 * n;
                  END;
                  STATIC PROCEDURE note(p_what VARCHAR2) IS
                  BEGIN
                    INSERT INTO calls VALUES (p_what);
                  END;
                  MEMBER FUNCTION weight RETURN NUMBER IS
                  BEGIN
                    RETURN twice(x) + t_point.twice(y);
                  END;
                  MEMBER PROCEDURE log_me IS
                  BEGIN
                    note('x=' || x);
                    t_point.note('y=' || y);
                  END;
                END;
                /
                CREATE OR REPLACE FUNCTION use_point(p_x NUMBER) RETURN NUMBER IS
                BEGIN
                  t_point.note('outside');
                  RETURN t_point.twice(p_x);
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT use_point(1)")).isEqualTo("2");
            assertThat(db.one("SELECT t_point_weight(ROW(1, 10)::t_point)")).isEqualTo("22");
            db.run("CALL t_point_log_me(ROW(1, 10)::t_point)");
            assertThat(db.one("SELECT string_agg(what, ',' ORDER BY what) FROM calls")).isEqualTo("outside,x=1,y=10");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008");
        }
    }

    @Test
    void aFieldOfAnotherPackagesCollectionElementIsAssigned() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE hdr AS
                  TYPE t_header IS RECORD (name VARCHAR2(20), val VARCHAR2(20));
                  TYPE t_headers IS TABLE OF t_header INDEX BY PLS_INTEGER;
                  g_headers t_headers;
                END hdr;
                /
                CREATE OR REPLACE PACKAGE usr AS
                  FUNCTION run RETURN VARCHAR2;
                END usr;
                /
                CREATE OR REPLACE PACKAGE BODY usr AS
                  FUNCTION run RETURN VARCHAR2 IS
                  BEGIN
                    hdr.g_headers(1).name := 'a';
                    hdr.g_headers(1).val := 'b';
                    hdr.g_headers(2).name := 'c';
                    RETURN hdr.g_headers(1).name || hdr.g_headers(1).val || hdr.g_headers(2).name || hdr.g_headers.COUNT;
                  END;
                END usr;
                /
                """).apply()) {
            assertThat(db.one("SELECT usr.run()")).isEqualTo("abc2");
        }
    }
}

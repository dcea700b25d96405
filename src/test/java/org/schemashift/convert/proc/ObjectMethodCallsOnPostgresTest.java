package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Object types used from code (Object-Relational Developer's Guide, "Constructor Methods" and "Member
 * Methods"): {@code t(a, b)} is the user-defined constructor that takes those arguments, else the
 * attribute-value constructor; {@code obj.m(x)} and {@code obj.m} call the member's routine with the
 * object as SELF, and a member procedure called on a variable changes that variable.
 */
class ObjectMethodCallsOnPostgresTest {
    private static final String SHAPE = """
            CREATE OR REPLACE TYPE t_rect AS OBJECT (
              w NUMBER,
              h NUMBER,
              CONSTRUCTOR FUNCTION t_rect(p_side NUMBER) RETURN SELF AS RESULT,
              MEMBER FUNCTION area RETURN NUMBER,
              MEMBER FUNCTION scaled(k NUMBER) RETURN NUMBER,
              MEMBER PROCEDURE grow(k NUMBER)
            );
            /
            CREATE OR REPLACE TYPE BODY t_rect AS
              CONSTRUCTOR FUNCTION t_rect(p_side NUMBER) RETURN SELF AS RESULT IS
              BEGIN
                w := p_side;
                h := p_side;
                RETURN;
              END;
              MEMBER FUNCTION area RETURN NUMBER IS
              BEGIN
                RETURN w * h;
              END;
              MEMBER FUNCTION scaled(k NUMBER) RETURN NUMBER IS
              BEGIN
                RETURN SELF.area() * k;
              END;
              MEMBER PROCEDURE grow(k NUMBER) IS
              BEGIN
                w := w + k;
                h := h + k;
              END;
            END;
            /
            """;

    @Test
    void constructorsAndMemberCallsRunOnTheirRoutines() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(SHAPE + """
                CREATE OR REPLACE FUNCTION rect_sums(p NUMBER) RETURN VARCHAR2 IS
                  square t_rect := t_rect(p);
                  rect t_rect;
                BEGIN
                  rect := t_rect(2, 3);
                  square.grow(1);
                  RETURN square.area() || ',' || rect.area || ',' || rect.scaled(10) || ',' || t_rect(4).area() || ',' || square.w;
                END;
                /
                """).apply()) {
            // square 3 grown by 1: 16; rect 2x3: 6, scaled 60; t_rect(4): 16; the grown square's width 4
            assertThat(db.one("SELECT rect_sums(3)")).isEqualTo("16,6,60,16,4");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008");
        }
    }

    @Test
    void memberCallsWorkInsideQueries() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(SHAPE + """
                CREATE TABLE sizes (n NUMBER);
                CREATE OR REPLACE FUNCTION total_area(p_rect t_rect) RETURN NUMBER IS
                  v_total NUMBER;
                BEGIN
                  SELECT SUM(n * p_rect.area()) INTO v_total FROM sizes;
                  RETURN v_total;
                END;
                /
                """).apply()) {
            db.run("INSERT INTO sizes VALUES (1), (2)");
            assertThat(db.one("SELECT total_area(ROW(2, 5)::t_rect)")).isEqualTo("30");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Oracle's LIMIT (PL/SQL Language Reference, "LIMIT Collection Method"): a VARRAY's declared maximum
 * size, whether the type is the schema's, a package's or the block's, and whether the VARRAY is a
 * variable, a parameter or package state; NULL for a nested table and an associative array.
 */
class CollectionLimitsOnPostgresTest {

    @Test
    void limitIsTheVarraysDeclaredSizeAndNullForOtherCollections() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TYPE t_five AS VARRAY(5) OF NUMBER;
                /
                CREATE OR REPLACE PACKAGE limits_pkg AS
                  TYPE t_three IS VARRAY(3) OF VARCHAR2(10);
                  g_three t_three := t_three('a');
                  FUNCTION limits(p_five t_five) RETURN VARCHAR2;
                END limits_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY limits_pkg AS
                  FUNCTION limits(p_five t_five) RETURN VARCHAR2 IS
                    TYPE t_two IS VARRAY(2) OF NUMBER;
                    TYPE t_nested IS TABLE OF NUMBER;
                    TYPE t_by_name IS TABLE OF NUMBER INDEX BY VARCHAR2(10);
                    l_five t_five := t_five(1, 2);
                    l_two t_two := t_two();
                    l_nested t_nested := t_nested(1);
                    l_by_name t_by_name;
                  BEGIN
                    RETURN l_five.LIMIT || ',' || p_five.LIMIT || ',' || l_two.LIMIT || ',' || g_three.LIMIT
                      || ',' || nvl(to_char(l_nested.LIMIT), 'null') || ',' || nvl(to_char(l_by_name.LIMIT), 'null');
                  END;
                END limits_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT limits_pkg.limits(ARRAY[1])")).isEqualTo("5,5,2,3,null,null");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code F(x)(i)}: an element of the collection a function returns, read as an element of a
 * variable of that type is: a nested table's (an array), an associative array's (a jsonb object,
 * read by key), for a package's function, a nested subprogram's (hoisted), and a qualified call.
 */
class CollectionResultElementsOnPostgresTest {

    @Test
    void anElementOfTheCollectionAFunctionReturnsIsRead() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE words_pkg AS
                  TYPE t_map IS TABLE OF VARCHAR2(100) INDEX BY PLS_INTEGER;
                  TYPE t_list IS TABLE OF VARCHAR2(100);
                  FUNCTION keyed(p VARCHAR2) RETURN t_map;
                  FUNCTION listed(p VARCHAR2) RETURN t_list;
                  FUNCTION pick(p VARCHAR2) RETURN VARCHAR2;
                END words_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY words_pkg AS
                  FUNCTION keyed(p VARCHAR2) RETURN t_map IS
                    l t_map;
                  BEGIN
                    l(10) := p || '-ten';
                    l(20) := p || '-twenty';
                    RETURN l;
                  END;
                  FUNCTION listed(p VARCHAR2) RETURN t_list IS
                  BEGIN
                    RETURN t_list(p || '-1', p || '-2');
                  END;
                  FUNCTION pick(p VARCHAR2) RETURN VARCHAR2 IS
                    TYPE t_pairs IS TABLE OF VARCHAR2(10) INDEX BY PLS_INTEGER;
                    v VARCHAR2(100);
                    FUNCTION pairs RETURN t_pairs IS
                      l t_pairs;
                    BEGIN
                      l(7) := 'seven';
                      RETURN l;
                    END;
                  BEGIN
                    v := keyed(p)(20);
                    RETURN v || '/' || words_pkg.keyed(p)(10) || '/' || listed(p)(2) || '/' || pairs()(7);
                  END;
                END words_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT words_pkg.pick('w')")).isEqualTo("w-twenty/w-ten/w-2/seven");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }
}

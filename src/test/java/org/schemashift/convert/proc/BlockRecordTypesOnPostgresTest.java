package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A record type declared in a routine's block (PL/SQL Language Reference, "Record Variables"):
 * PL/pgSQL declares no types in a block, so it becomes a composite type named after the routine,
 * which its variables, collections of it and the nested subprograms returning it are declared with;
 * fields can then be assigned before any query fills the record.
 */
class BlockRecordTypesOnPostgresTest {

    @Test
    void aBlockRecordTypeServesVariablesCollectionsAndNestedFunctions() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE levels AS
                  FUNCTION listed(p NUMBER) RETURN VARCHAR2;
                END levels;
                /
                CREATE OR REPLACE PACKAGE BODY levels AS
                  FUNCTION listed(p NUMBER) RETURN VARCHAR2 IS
                    TYPE rec_t IS RECORD (name VARCHAR2(30), lvl NUMBER);
                    TYPE tab_t IS TABLE OF rec_t INDEX BY PLS_INTEGER;
                    l_tab tab_t;
                    l_one rec_t;
                    l_out VARCHAR2(200);
                    FUNCTION mk(n VARCHAR2, l NUMBER) RETURN rec_t IS
                      r rec_t;
                    BEGIN
                      r.name := n;
                      r.lvl := l;
                      RETURN r;
                    END;
                  BEGIN
                    l_tab(l_tab.COUNT + 1) := mk('a', p);
                    l_tab(l_tab.COUNT + 1) := mk('b', p + 1);
                    l_one.name := 'c';
                    l_one.lvl := 0;
                    l_tab(l_tab.COUNT + 1) := l_one;
                    FOR i IN l_tab.FIRST .. l_tab.LAST LOOP
                      l_out := l_out || l_tab(i).name || l_tab(i).lvl;
                    END LOOP;
                    RETURN l_out;
                  END;
                END levels;
                /
                CREATE OR REPLACE FUNCTION standalone_rec RETURN VARCHAR2 IS
                  TYPE pair_t IS RECORD (a NUMBER, b NUMBER);
                  l_pair pair_t;
                BEGIN
                  l_pair.a := 1;
                  l_pair.b := 2;
                  RETURN l_pair.a + l_pair.b;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT levels.listed(1)")).isEqualTo("a1b2c0");
            assertThat(db.one("SELECT standalone_rec()")).isEqualTo("3");
            assertThat(db.codes()).doesNotContain("SS-PG-0601");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Oracle's DELETE(i), and writes to elements, on collections held as PostgreSQL arrays (PL/SQL
 * Language Reference, "Collection Methods" and "Collection Exceptions"): DELETE(i) of a nested table
 * leaves a gap (EXISTS(i) false, COUNT one less, FIRST / NEXT / LAST pass it, reading it raises
 * NO_DATA_FOUND, assigning it again fills it); a write past a nested table's count raises
 * SUBSCRIPT_BEYOND_COUNT, a write to an uninitialised one COLLECTION_IS_NULL.
 */
class CollectionGapsOnPostgresTest {

    @Test
    void deletingAnElementOfACollectionOfRowsLeavesAGap() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE item (id NUMBER, name VARCHAR2(20));
                CREATE OR REPLACE PACKAGE gaps AS
                  FUNCTION walk(p_delete PLS_INTEGER) RETURN VARCHAR2;
                  FUNCTION kept RETURN VARCHAR2;
                END gaps;
                /
                CREATE OR REPLACE PACKAGE BODY gaps AS
                  TYPE t_rec IS RECORD (name VARCHAR2(20), size_ NUMBER);
                  TYPE t_recs IS TABLE OF t_rec;
                  TYPE t_keyed IS TABLE OF t_rec INDEX BY PLS_INTEGER;
                  g_keyed t_keyed;
                  FUNCTION walk(p_delete PLS_INTEGER) RETURN VARCHAR2 IS
                    l_recs t_recs := t_recs();
                    l_out VARCHAR2(200);
                    i PLS_INTEGER;
                  BEGIN
                    l_recs.EXTEND(4);
                    FOR j IN 1 .. 4 LOOP
                      l_recs(j).name := 'r' || j;
                    END LOOP;
                    l_recs.DELETE(p_delete);
                    l_recs.DELETE(4);
                    l_out := l_recs.COUNT || ':' || l_recs.FIRST || '-' || l_recs.LAST || ':';
                    i := l_recs.FIRST;
                    WHILE i IS NOT NULL LOOP
                      l_out := l_out || l_recs(i).name || ' ';
                      i := l_recs.NEXT(i);
                    END LOOP;
                    IF NOT l_recs.EXISTS(p_delete) THEN l_out := l_out || 'gone '; END IF;
                    BEGIN
                      l_out := l_out || l_recs(p_delete).name;
                    EXCEPTION WHEN NO_DATA_FOUND THEN
                      l_out := l_out || 'no data';
                    END;
                    l_recs(p_delete).name := 'again';
                    RETURN l_out || ' ' || l_recs.COUNT || ' ' || l_recs(p_delete).name;
                  END;
                  FUNCTION kept RETURN VARCHAR2 IS
                  BEGIN
                    FOR j IN 1 .. 3 LOOP
                      g_keyed(j).name := 'k' || j;
                    END LOOP;
                    g_keyed.DELETE(2);
                    RETURN g_keyed.COUNT || ' ' || g_keyed.NEXT(1) || ' ' || g_keyed.PRIOR(3) || ' ' || g_keyed(3).name;
                  END;
                END gaps;
                /
                """).apply()) {
            assertThat(db.one("SELECT gaps.walk(2)")).isEqualTo("2:1-3:r1 r3 gone no data 3 again");
            assertThat(db.one("SELECT gaps.walk(1)")).isEqualTo("2:2-3:r2 r3 gone no data 3 again");
            assertThat(db.one("SELECT gaps.kept()")).isEqualTo("2 3 1 k3");
            // the package's type is declared again in each routine, and reported once
            assertThat(db.itemsWith("SS-PG-0608")).singleElement()
                    .satisfies(i -> assertThat(i.message()).endsWith("(met in 2 routines)"));
        }
    }

    @Test
    void deletingAnInnerElementOfANestedTableOfScalarsLeavesAGap() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION walk(p_delete PLS_INTEGER) RETURN VARCHAR2 IS
                  TYPE t_nums IS TABLE OF NUMBER;
                  TYPE t_strs IS TABLE OF VARCHAR2(10);
                  l_nums t_nums := t_nums(10, NULL, 30, 40);
                  l_list t_nums := t_nums();
                  l_strs t_strs := t_strs('a', 'b', 'c');
                  l_out VARCHAR2(200);
                  i PLS_INTEGER;
                BEGIN
                  l_nums.DELETE(p_delete);
                  l_out := l_nums.COUNT || ':' || l_nums.FIRST || '-' || l_nums.LAST || ':';
                  i := l_nums.FIRST;
                  WHILE i IS NOT NULL LOOP
                    l_out := l_out || NVL(TO_CHAR(l_nums(i)), 'null') || ' ';
                    i := l_nums.NEXT(i);
                  END LOOP;
                  l_out := l_out || CASE WHEN l_nums.EXISTS(2) THEN 'y' ELSE 'n' END
                    || CASE WHEN l_nums.EXISTS(3) THEN 'y' ELSE 'n' END || ' ' || l_nums.NEXT(2) || ' ' || l_nums.PRIOR(4) || ' ';
                  BEGIN
                    l_out := l_out || l_nums(3);
                  EXCEPTION WHEN NO_DATA_FOUND THEN
                    l_out := l_out || 'nodata ';
                  END;
                  l_nums(3) := 33;
                  l_out := l_out || l_nums.COUNT || ' ';
                  l_nums.DELETE(4);
                  l_nums.EXTEND;
                  l_nums(l_nums.LAST) := 55;
                  l_out := l_out || l_nums.COUNT || ':' || l_nums.LAST || ':' || l_nums(5) || ':'
                    || CASE WHEN l_nums.EXISTS(4) THEN 'y' ELSE 'n' END;
                  FOR j IN 1 .. 3 LOOP
                    l_list.EXTEND;
                    l_list(l_list.COUNT) := j * 100;
                  END LOOP;
                  l_list.DELETE(2);
                  l_out := l_out || ' ' || l_list.COUNT || ' ' || l_list(1) || ' ' || l_list(3);
                  BEGIN
                    l_out := l_out || l_list(9);
                  EXCEPTION WHEN SUBSCRIPT_BEYOND_COUNT THEN
                    l_out := l_out || ' beyond';
                  END;
                  l_strs.DELETE(1, 2);
                  RETURN l_out || ' ' || l_strs.FIRST || l_strs(l_strs.FIRST) || l_strs.COUNT;
                END;
                /
                """).apply()) {
            // expected values as Oracle's collection methods define them (a deleted element is skipped, EXTEND counts it)
            assertThat(db.one("SELECT walk(3)")).isEqualTo("3:1-4:10 null 40 yn 4 2 nodata 4 4:5:55:n 2 100 300 beyond 3c1");
            assertThat(db.itemsWith("SS-PG-0610")).isEmpty();
        }
    }

    @Test
    void aCollectionOfScalarsPassedOnWholeCutsItsEndAndAnInnerDeleteFails() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION cut(p_delete PLS_INTEGER) RETURN VARCHAR2 IS
                  TYPE t_list IS TABLE OF VARCHAR2(10);
                  l_list t_list := t_list('a', NULL, 'c');
                  l_copy t_list;
                BEGIN
                  l_list.DELETE(p_delete);
                  l_copy := l_list;
                  RETURN l_copy.COUNT || ' ' || l_list.LAST || ' ' || CASE WHEN l_list.EXISTS(3) THEN 'y' ELSE 'n' END;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT cut(3)")).isEqualTo("2 2 n");
            assertThat(db.one("SELECT cut(7)")).isEqualTo("3 3 y");
            assertThatThrownBy(() -> db.one("SELECT cut(2)")).hasMessageContaining("would leave a gap");
            assertThat(db.itemsWith("SS-PG-0610")).hasSize(1);
        }
    }

    @Test
    void writesPastTheCountOrIntoAnUninitialisedCollectionRaiseOraclesExceptions() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION put(p_index PLS_INTEGER, p_init VARCHAR2) RETURN VARCHAR2 IS
                  TYPE t_list IS TABLE OF NUMBER;
                  l_list t_list;
                BEGIN
                  IF p_init = 'Y' THEN
                    l_list := t_list(1, 2);
                  END IF;
                  l_list(p_index) := 10;
                  RETURN l_list.COUNT || ' ' || l_list(p_index);
                EXCEPTION
                  WHEN SUBSCRIPT_BEYOND_COUNT THEN
                    RETURN 'beyond count ' || SQLCODE;
                  WHEN COLLECTION_IS_NULL THEN
                    RETURN 'collection is null ' || SQLCODE;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT put(2, 'Y')")).isEqualTo("2 10");
            assertThat(db.one("SELECT put(3, 'Y')")).startsWith("beyond count");
            assertThat(db.one("SELECT put(1, 'N')")).isEqualTo("collection is null -6531");
        }
    }

    @Test
    void aMethodOfAFunctionsResultIsTheMethodOfTheCollectionItReturns() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE lists AS
                  TYPE t_list IS TABLE OF VARCHAR2(10);
                  FUNCTION make(p_n PLS_INTEGER) RETURN t_list;
                  FUNCTION size_of(p_n PLS_INTEGER) RETURN NUMBER;
                END lists;
                /
                CREATE OR REPLACE PACKAGE BODY lists AS
                  FUNCTION make(p_n PLS_INTEGER) RETURN t_list IS
                    l_list t_list := t_list();
                  BEGIN
                    l_list.EXTEND(p_n);
                    RETURN l_list;
                  END;
                  FUNCTION size_of(p_n PLS_INTEGER) RETURN NUMBER IS
                  BEGIN
                    RETURN make(p_n).COUNT + lists.make(1).LAST;
                  END;
                END lists;
                /
                """).apply()) {
            assertThat(db.one("SELECT lists.size_of(3)")).isEqualTo("4");
        }
    }
}

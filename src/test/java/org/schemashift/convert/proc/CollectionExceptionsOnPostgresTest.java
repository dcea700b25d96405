package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading an element that is not there raises what Oracle raises (PL/SQL Language Reference,
 * "Collection Exceptions"): SUBSCRIPT_BEYOND_COUNT for an index past a nested table's or VARRAY's
 * count, SUBSCRIPT_OUTSIDE_LIMIT below 1, NO_DATA_FOUND for a key an associative array lacks;
 * an element assigned is written as before.
 */
class CollectionExceptionsOnPostgresTest {

    @Test
    void missingElementsRaiseOraclesCollectionExceptions() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE item (id NUMBER, name VARCHAR2(20));
                CREATE OR REPLACE FUNCTION read_at(p_kind VARCHAR2, p_index NUMBER) RETURN VARCHAR2 IS
                  TYPE t_names IS TABLE OF VARCHAR2(20);
                  TYPE t_pair IS VARRAY(2) OF NUMBER;
                  TYPE t_items IS TABLE OF item%ROWTYPE INDEX BY PLS_INTEGER;
                  l_names t_names := t_names('a', 'b');
                  l_pair t_pair := t_pair(10, 20);
                  l_items t_items;
                  l_item item%ROWTYPE;
                BEGIN
                  l_names(1) := 'first';
                  FOR r IN (SELECT * FROM item ORDER BY id) LOOP
                    l_item.id := r.id;
                    l_item.name := r.name;
                    l_items(r.id) := l_item;
                  END LOOP;
                  IF p_kind = 'nested' THEN
                    RETURN l_names(p_index);
                  ELSIF p_kind = 'varray' THEN
                    RETURN l_pair(p_index);
                  END IF;
                  RETURN l_items(p_index).name;
                EXCEPTION
                  WHEN SUBSCRIPT_BEYOND_COUNT THEN
                    RETURN 'beyond count';
                  WHEN NO_DATA_FOUND THEN
                    RETURN 'no data found';
                END;
                /
                """).apply()) {
            db.run("INSERT INTO item VALUES (1, 'one'), (3, 'three')");
            assertThat(db.one("SELECT read_at('nested', 1) || ',' || read_at('nested', 2)")).isEqualTo("first,b");
            assertThat(db.one("SELECT read_at('nested', 3)")).isEqualTo("beyond count");
            assertThat(db.one("SELECT read_at('varray', 2) || ',' || read_at('varray', 3)")).isEqualTo("20,beyond count");
            assertThat(db.one("SELECT read_at('rows', 3) || ',' || read_at('rows', 2) || ',' || read_at('rows', 4)"))
                    .isEqualTo("three,no data found,no data found");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An uninitialised (atomically null) nested table or VARRAY (PL/SQL Language Reference, "Collection
 * Methods"): COUNT raises COLLECTION_IS_NULL (SQLCODE -6531), while an associative array, which is
 * never null, counts 0. COLLECTION_IS_NULL has a SQLSTATE of its own on the target, so its handler
 * catches it and no other null-value error.
 */
class CollectionIsNullOnPostgresTest {

    @Test
    void countOfAnUninitialisedNestedTableRaisesAndOfAnAssociativeArrayIsZero() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION counts RETURN VARCHAR2 IS
                  TYPE t_list IS TABLE OF NUMBER;
                  TYPE t_map IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
                  l_list t_list;
                  l_map t_map;
                  l_result VARCHAR2(100);
                BEGIN
                  l_result := 'map ' || l_map.COUNT;
                  BEGIN
                    l_result := l_result || ', list ' || l_list.COUNT;
                  EXCEPTION
                    WHEN COLLECTION_IS_NULL THEN
                      l_result := l_result || ', list is null ' || SQLCODE;
                  END;
                  l_list := t_list(7, 8);
                  RETURN l_result || ', then ' || l_list.COUNT;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT counts()")).isEqualTo("map 0, list is null -6531, then 2");
        }
    }

    @Test
    void aCollectionIsNullHandlerDoesNotCatchOtherNullValueErrors() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION caught(p_sql VARCHAR2) RETURN VARCHAR2 IS
                BEGIN
                  EXECUTE IMMEDIATE p_sql;
                  RETURN 'none';
                EXCEPTION
                  WHEN COLLECTION_IS_NULL THEN
                    RETURN 'collection is null';
                  WHEN OTHERS THEN
                    RETURN 'other ' || SQLCODE;
                END;
                /
                """).apply()) {
            // 22004 null_value_not_allowed, which PostgreSQL raises for its own reasons
            assertThat(db.one("SELECT caught('DO $$ BEGIN RAISE null_value_not_allowed; END $$')")).isEqualTo("other -6502");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading collections as Oracle documents it: {@code x [NOT] MEMBER [OF] c} is true when an element
 * equals x, NULL when x is NULL or c is empty (SQL Language Reference, "Multiset Conditions");
 * {@code FETCH c BULK COLLECT INTO v} without LIMIT takes every remaining row of the cursor.
 */
class CollectionReadsOnPostgresTest {

    @Test
    void memberOfIsTrueForAnElementAndNullForANullElementOrAnEmptyCollection() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION membership(p_value NUMBER, p_empty NUMBER) RETURN VARCHAR2 IS
                  TYPE t_nums IS TABLE OF NUMBER;
                  l_nums t_nums := t_nums(88, 90);
                BEGIN
                  IF p_empty = 1 THEN
                    l_nums := t_nums();
                  END IF;
                  IF p_value MEMBER OF l_nums THEN
                    RETURN 'member';
                  ELSIF p_value NOT MEMBER l_nums THEN
                    RETURN 'not member';
                  END IF;
                  RETURN 'unknown';
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT membership(90, 0)")).isEqualTo("member");
            assertThat(db.one("SELECT membership(1, 0)")).isEqualTo("not member");
            assertThat(db.one("SELECT membership(NULL, 0)")).isEqualTo("unknown");
            assertThat(db.one("SELECT membership(90, 1)")).as("an empty collection").isEqualTo("unknown");
        }
    }

    @Test
    void fetchBulkCollectWithoutLimitTakesEveryRemainingRow() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE reading (v NUMBER);
                CREATE OR REPLACE FUNCTION rest_after_first RETURN VARCHAR2 IS
                  TYPE t_nums IS TABLE OF NUMBER;
                  l_first NUMBER;
                  l_rest t_nums;
                  CURSOR c IS SELECT v FROM reading ORDER BY v;
                BEGIN
                  OPEN c;
                  FETCH c INTO l_first;
                  FETCH c BULK COLLECT INTO l_rest;
                  CLOSE c;
                  RETURN l_first || ':' || l_rest.COUNT || ':' || l_rest(l_rest.LAST);
                END;
                /
                """).apply()) {
            db.run("INSERT INTO reading SELECT g FROM generate_series(1, 5) g");
            assertThat(db.one("SELECT rest_after_first()")).isEqualTo("1:4:5");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018");
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * FORALL runs its DML once per index of a range, of the indices a collection holds (INDICES OF,
 * with BETWEEN) or of the values of a collection of indices (VALUES OF), and SQL%ROWCOUNT after it
 * is the total of every run; with SAVE EXCEPTIONS a failing run is undone alone, the others stay,
 * and ORA-24381 follows the last run (Oracle PL/SQL Language Reference, "FORALL Statement").
 */
class ForallOnPostgresTest {
    private static final String DDL = """
            CREATE TABLE stock (id NUMBER PRIMARY KEY, qty NUMBER NOT NULL CHECK (qty >= 0));
            """;

    @Test
    void rangeIndicesAndValuesRunTheDmlPerIndexAndCountEveryRow() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(DDL + """
                CREATE OR REPLACE PACKAGE restock AS
                  FUNCTION by_range(p_from NUMBER, p_to NUMBER) RETURN NUMBER;
                  FUNCTION by_indices RETURN NUMBER;
                  FUNCTION by_values RETURN NUMBER;
                END restock;
                /
                CREATE OR REPLACE PACKAGE BODY restock AS
                  TYPE t_ids IS TABLE OF NUMBER;
                  TYPE t_picks IS TABLE OF PLS_INTEGER INDEX BY PLS_INTEGER;

                  FUNCTION by_range(p_from NUMBER, p_to NUMBER) RETURN NUMBER IS
                  BEGIN
                    FORALL i IN p_from .. p_to
                      UPDATE stock SET qty = qty + 1 WHERE id <= i;
                    RETURN SQL%ROWCOUNT;
                  END;

                  FUNCTION by_indices RETURN NUMBER IS
                    l_ids t_ids := t_ids(10, 20, 30, 40);
                  BEGIN
                    FORALL i IN INDICES OF l_ids BETWEEN 2 AND 3
                      UPDATE stock SET qty = qty + 100 WHERE id = l_ids(i);
                    RETURN SQL%ROWCOUNT;
                  END;

                  FUNCTION by_values RETURN NUMBER IS
                    l_ids t_ids := t_ids(10, 20, 30, 40);
                    l_picks t_picks;
                  BEGIN
                    l_picks(5) := 4;
                    l_picks(1) := 1;
                    FORALL i IN VALUES OF l_picks
                      DELETE FROM stock WHERE id = l_ids(i);
                    IF SQL%FOUND THEN
                      RETURN SQL%ROWCOUNT;
                    END IF;
                    RETURN -1;
                  END;
                END restock;
                /
                """).apply()) {
            db.run("INSERT INTO stock VALUES (10, 0), (20, 0), (30, 0), (40, 0)");
            assertThat(db.one("SELECT restock.by_range(1, 3)")).as("no row for 1 .. 3").isEqualTo("0");
            assertThat(db.one("SELECT restock.by_range(10, 20)")).as("id <= 10 once for each of 11 runs, id 20 once").isEqualTo("12");
            assertThat(db.one("SELECT restock.by_indices()")).as("indices 2 and 3 only").isEqualTo("2");
            assertThat(db.one("SELECT string_agg(id || ':' || qty, ',' ORDER BY id) FROM stock")).isEqualTo("10:11,20:101,30:100,40:0");
            assertThat(db.one("SELECT restock.by_values()")).as("the elements 1 and 4").isEqualTo("2");
            assertThat(db.one("SELECT string_agg(id::text, ',' ORDER BY id) FROM stock")).isEqualTo("20,30");
        }
    }

    @Test
    void saveExceptionsKeepsTheRunsThatWorkedAndRaisesAfterTheLast() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(DDL + """
                CREATE OR REPLACE FUNCTION take_each(p_qty NUMBER) RETURN VARCHAR2 IS
                  TYPE t_ids IS TABLE OF NUMBER;
                  l_ids t_ids := t_ids(1, 2, 3);
                BEGIN
                  FORALL i IN 1 .. l_ids.COUNT SAVE EXCEPTIONS
                    UPDATE stock SET qty = qty - p_qty WHERE id = l_ids(i);
                  RETURN 'all ' || SQL%ROWCOUNT;
                EXCEPTION
                  WHEN OTHERS THEN
                    RETURN SUBSTR(SQLERRM, 1, 9);
                END;
                /
                """).apply()) {
            db.run("INSERT INTO stock VALUES (1, 5), (2, 1), (3, 5)");
            assertThat(db.one("SELECT take_each(1)")).isEqualTo("all 3");
            assertThat(db.one("SELECT take_each(2)")).as("id 2 would go below 0").isEqualTo("ORA-24381");
            assertThat(db.one("SELECT string_agg(id || ':' || qty, ',' ORDER BY id) FROM stock")).isEqualTo("1:2,2:0,3:2");
            assertThat(db.codes()).contains("SS-PG-0750");
        }
    }
}

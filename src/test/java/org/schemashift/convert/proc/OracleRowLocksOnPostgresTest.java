package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Oracle's locking reads ({@code SELECT ... FOR UPDATE [OF column] [NOWAIT | WAIT n | SKIP LOCKED]}
 * in cursors and SELECT INTO) keep their lock on PostgreSQL: OF names tables there, so a qualified
 * column gives its table; a query of one table needs no OF; an unqualified column of a join locks
 * every table's rows (reported), and WAIT n, which PostgreSQL has no clause for, waits (reported).
 * The locks are seen through the rows' xmax: a row this transaction locked carries its id.
 */
class OracleRowLocksOnPostgresTest {
    private static final String CODE = """
            CREATE TABLE acct (id NUMBER PRIMARY KEY, owner NUMBER, bal NUMBER(12,2));
            CREATE TABLE person (id NUMBER PRIMARY KEY, name VARCHAR2(20));
            CREATE OR REPLACE FUNCTION locked_rows(p_table VARCHAR2) RETURN NUMBER IS
              n NUMBER;
            BEGIN
              EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM ' || p_table || ' WHERE xmax::text = txid_current()::text' INTO n;
              RETURN n;
            END;
            /
            CREATE OR REPLACE FUNCTION debit(p_id NUMBER, p_amt NUMBER) RETURN VARCHAR2 IS
              v_bal acct.bal%TYPE;
              CURSOR negatives IS SELECT id, bal FROM acct WHERE bal < 0 FOR UPDATE OF bal NOWAIT;
            BEGIN
              SELECT bal INTO v_bal FROM acct WHERE id = p_id FOR UPDATE;
              UPDATE acct SET bal = v_bal - p_amt WHERE id = p_id;
              FOR r IN negatives LOOP
                UPDATE acct SET bal = 0 WHERE CURRENT OF negatives;
              END LOOP;
              RETURN locked_rows('acct') || ',' || locked_rows('person');
            END;
            /
            CREATE OR REPLACE FUNCTION owners_of_rich RETURN VARCHAR2 IS
              n NUMBER := 0;
            BEGIN
              FOR r IN (SELECT a.id, p.name FROM acct a JOIN person p ON p.id = a.owner WHERE a.bal > 50 FOR UPDATE OF a.bal) LOOP
                n := n + 1;
              END LOOP;
              RETURN n || ':' || locked_rows('acct') || ',' || locked_rows('person');
            END;
            /
            CREATE OR REPLACE FUNCTION lock_all_joined RETURN VARCHAR2 IS
              n NUMBER;
            BEGIN
              SELECT COUNT(*) INTO n FROM (SELECT a.id FROM acct a JOIN person p ON p.id = a.owner FOR UPDATE OF bal WAIT 5);
              RETURN locked_rows('acct') || ',' || locked_rows('person');
            END;
            /
            CREATE OR REPLACE FUNCTION first_free RETURN NUMBER IS
              v NUMBER;
            BEGIN
              SELECT MIN(id) INTO v FROM (SELECT id FROM acct WHERE bal > 0 ORDER BY id FOR UPDATE SKIP LOCKED);
              RETURN v;
            END;
            /
            """;

    @Test
    void lockingReadsLockTheRowsOracleLocks() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(CODE).apply()) {
            db.run("INSERT INTO person VALUES (1, 'ann'), (2, 'bob')");
            db.run("INSERT INTO acct VALUES (1, 1, 100), (2, 2, -5), (3, 1, 60)");

            // the row read INTO and the negative one the cursor walks, not the others nor person's
            assertThat(db.one("SELECT debit(1, 30)")).isEqualTo("2,0");
            assertThat(db.one("SELECT string_agg(bal::text, ' ' ORDER BY id) FROM acct")).isEqualTo("70.00 0.00 60.00");
            // OF a.bal: the accounts' rows only
            assertThat(db.one("SELECT owners_of_rich()")).isEqualTo("2:2,0");
            assertThat(db.one("SELECT first_free()")).isEqualTo("1");
        }
    }

    @Test
    void whatPostgresqlCannotSayTheSameWayIsReported() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(CODE).apply()) {
            db.run("INSERT INTO person VALUES (1, 'ann')");
            db.run("INSERT INTO acct VALUES (1, 1, 100)");
            // an unqualified column of a join: every table's rows are locked
            assertThat(db.one("SELECT lock_all_joined()")).isEqualTo("1,1");
            assertThat(db.readCodes()).contains("SS-ORA-0474", "SS-ORA-0475");
            assertThat(db.script()).contains("FOR UPDATE NOWAIT;").contains("FOR UPDATE OF a LOOP").contains("FOR UPDATE SKIP LOCKED");
        }
    }
}

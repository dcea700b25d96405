package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PRAGMA AUTONOMOUS_TRANSACTION has no PostgreSQL equivalent: the routine is reported (SS-PG-0606) with
 * the concrete alternative, which works as written: the body as a procedure of its own, run through
 * dblink on a second connection, commits even when the caller's transaction rolls back.
 */
class AutonomousTransactionOnPostgresTest {

    @Test
    void theReportedAlternativeCommitsOnItsOwn() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE log_t (msg VARCHAR2(100));
                CREATE OR REPLACE PROCEDURE log_it(p_msg VARCHAR2) IS
                  PRAGMA AUTONOMOUS_TRANSACTION;
                BEGIN
                  INSERT INTO log_t VALUES (p_msg);
                  COMMIT;
                END;
                /
                """).apply()) {
            String message = db.itemsWith("SS-PG-0606").get(0).message();
            Matcher perform = Pattern.compile("PERFORM dblink_exec\\(.*format\\('CALL log_it_autonomous\\(%L\\)', p_msg\\)\\);").matcher(message);
            assertThat(perform.find()).as(message).isTrue();
            db.run("CREATE EXTENSION IF NOT EXISTS dblink");
            db.run("ALTER PROCEDURE log_it RENAME TO log_it_autonomous");
            db.run("CREATE PROCEDURE log_it(p_msg text) LANGUAGE plpgsql AS $$ BEGIN " + perform.group() + " END $$");
            db.run("BEGIN; CALL log_it('kept'); INSERT INTO log_t VALUES ('undone'); ROLLBACK");
            assertThat(db.one("SELECT string_agg(msg, ',') FROM log_t")).isEqualTo("kept");
        }
    }
}

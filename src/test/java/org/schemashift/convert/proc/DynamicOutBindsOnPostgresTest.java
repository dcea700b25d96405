package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;

/**
 * EXECUTE IMMEDIATE ... USING OUT: the RETURNING ... INTO placeholders of a dynamic DML text,
 * bound to OUT arguments, become the targets of PostgreSQL's EXECUTE ... INTO; a dynamic PL/SQL
 * block assigning its binds has no equivalent and is reported where it stands.
 */
class DynamicOutBindsOnPostgresTest {
    @Test
    void outBindsOfADynamicReturningClauseBecomeExecuteIntoTargets() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE counters (name VARCHAR2(30) PRIMARY KEY, value NUMBER);
                CREATE OR REPLACE FUNCTION bump(p_name VARCHAR2, p_by NUMBER) RETURN VARCHAR2 IS
                  l_value NUMBER;
                  l_name VARCHAR2(30);
                BEGIN
                  EXECUTE IMMEDIATE 'UPDATE counters SET value = value + :by WHERE name = :name RETURNING value, name INTO :v, :n'
                    USING p_by, p_name, OUT l_value, OUT l_name;
                  RETURN l_name || '=' || l_value;
                END;
                /
                CREATE OR REPLACE FUNCTION bump_missing RETURN VARCHAR2 IS
                  l_value NUMBER := 7;
                BEGIN
                  EXECUTE IMMEDIATE 'UPDATE counters SET value = value + 1 WHERE name = ''none'' RETURNING value INTO :v'
                    USING OUT l_value;
                  RETURN NVL(TO_CHAR(l_value), 'none');
                END;
                /
                """).apply()) {
            db.run("INSERT INTO counters VALUES ('a', 41)");
            assertThat(db.one("SELECT bump('a', 1)")).isEqualTo("a=42");
            assertThat(db.one("SELECT value FROM counters")).isEqualTo("42");
            assertThat(db.one("SELECT bump_missing()")).as("no row changed: the target is null").isEqualTo("none");
            assertThat(db.codes()).doesNotContain("SS-ORA-0482");
        }
    }

    @Test
    void aDynamicBlockAssigningItsOutBindIsReportedAndLeftCommentedOut() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION scn RETURN NUMBER IS
                  l_scn NUMBER;
                BEGIN
                  EXECUTE IMMEDIATE 'BEGIN :d := dbms_flashback.get_system_change_number; END;' USING OUT l_scn;
                  RETURN l_scn;
                END;
                /
                """).apply()) {
            assertThat(db.readCodes()).contains("SS-ORA-0482");
            assertThat(db.script()).contains("-- EXECUTE IMMEDIATE 'BEGIN :d := dbms_flashback.get_system_change_number; END;' USING OUT l_scn");
            assertThat(db.one("SELECT scn() IS NULL")).isEqualTo("t");
        }
    }
}

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
    void aDynamicBlockBuiltAtRunTimeAssigningItsOutBindIsReportedAndLeftCommentedOut() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION scn(p_package VARCHAR2) RETURN NUMBER IS
                  l_scn NUMBER;
                BEGIN
                  EXECUTE IMMEDIATE 'BEGIN :d := ' || p_package || '.get_system_change_number; END;' USING OUT l_scn;
                  RETURN l_scn;
                END;
                /
                """).apply()) {
            assertThat(db.readCodes()).contains("SS-ORA-0482");
            assertThat(db.script()).contains("-- EXECUTE IMMEDIATE 'BEGIN :d := ' || p_package");
            assertThat(db.one("SELECT scn('dbms_flashback') IS NULL")).isEqualTo("t");
        }
    }

    /** A literal block is code whose text is known: it runs in place, its placeholders bound by name (SS-ORA-0467). */
    @Test
    void aLiteralDynamicBlockRunsInPlaceWithItsBindsReplacedByName() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE triples (a NUMBER, b NUMBER, c NUMBER);
                CREATE OR REPLACE PACKAGE prefs AS
                  g_type CONSTANT VARCHAR2(10) := 'LOGGER';
                  g_count NUMBER := 3;
                END prefs;
                /
                CREATE OR REPLACE FUNCTION read_prefs RETURN VARCHAR2 IS
                  l_type VARCHAR2(10);
                  l_count NUMBER;
                BEGIN
                  EXECUTE IMMEDIATE 'begin :x := prefs.g_type; end;' USING OUT l_type;
                  EXECUTE IMMEDIATE 'BEGIN :n := prefs.g_count * 2; END;' USING OUT l_count;
                  EXECUTE IMMEDIATE 'BEGIN INSERT INTO triples VALUES (:a, :b, :a); END;' USING 1, 2;
                  RETURN l_type || l_count;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT read_prefs()")).isEqualTo("LOGGER6");
            assertThat(db.one("SELECT a || ',' || b || ',' || c FROM triples")).isEqualTo("1,2,1");
            assertThat(db.readCodes()).contains("SS-ORA-0467").doesNotContain("SS-ORA-0482");
        }
    }

    /**
     * A literal block that uses a name the enclosing code declares is not run in place (SS-ORA-0469): there
     * the local would hide the schema function that Oracle's dynamic block calls.
     */
    @Test
    void aLiteralDynamicBlockUsingANameTheRoutineDeclaresIsNotRunInPlace() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE answers (v NUMBER);
                CREATE OR REPLACE FUNCTION answer RETURN NUMBER IS BEGIN RETURN 42; END;
                /
                CREATE OR REPLACE PROCEDURE shadowed IS
                  answer NUMBER := 7;
                BEGIN
                  EXECUTE IMMEDIATE 'BEGIN INSERT INTO answers VALUES (answer()); END;';
                END;
                /
                CREATE OR REPLACE PROCEDURE plain IS
                BEGIN
                  EXECUTE IMMEDIATE 'BEGIN INSERT INTO answers VALUES (answer()); END;';
                END;
                /
                """).apply()) {
            assertThat(db.readItemsWith("SS-ORA-0469")).singleElement().satisfies(item -> assertThat(item.message()).contains("ANSWER"));
            assertThat(db.readItemsWith("SS-ORA-0467")).singleElement()
                    .satisfies(item -> assertThat(item.message()).contains("(ANSWER, ANSWERS) are none the enclosing code declares"));
            db.run("CALL plain()");
            assertThat(db.one("SELECT string_agg(v::text, ',') FROM answers")).isEqualTo("42");
        }
    }
}

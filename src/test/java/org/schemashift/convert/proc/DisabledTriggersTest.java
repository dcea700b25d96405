package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Oracle's disabled triggers (CREATE TRIGGER ... DISABLE, ALTER TRIGGER ... DISABLE | ENABLE) on PostgreSQL. */
class DisabledTriggersTest {
    private static final String TABLE = "CREATE TABLE emp (id NUMBER(5), note VARCHAR2(20));\n";

    private static String trigger(String name, String options, String note) {
        return "CREATE OR REPLACE TRIGGER " + name + " BEFORE INSERT ON emp FOR EACH ROW " + options + "\n"
                + "BEGIN :new.note := :new.note || '" + note + "'; END;\n/\n";
    }

    @Test
    void disabledTriggersExistButDoNotFire() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(TABLE
                + trigger("emp_a", "DISABLE", "a")
                + trigger("emp_b", "", "b")
                + trigger("emp_c", "", "c")
                + "ALTER TRIGGER emp_b DISABLE;\n"
                + trigger("emp_d", "DISABLE", "d")
                + "ALTER TRIGGER emp_d ENABLE;\n"
                + "ALTER TRIGGER emp_c COMPILE;\n").apply()) {
            assertThat(db.script()).contains("ALTER TABLE emp DISABLE TRIGGER emp_a;", "ALTER TABLE emp DISABLE TRIGGER emp_b;")
                    .doesNotContain("DISABLE TRIGGER emp_c", "DISABLE TRIGGER emp_d");
            db.run("INSERT INTO emp VALUES (1, '-')");
            assertThat(db.one("SELECT note FROM emp")).isEqualTo("-cd");
            assertThat(db.one("SELECT string_agg(tgname || '=' || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal"))
                    .isEqualTo("emp_a=D,emp_b=D,emp_c=O,emp_d=O");
            assertThat(db.readCodes()).contains("SS-ORA-0390").doesNotContain("SS-ORA-0317", "SS-GEN-0002");
            assertThat(db.codes()).doesNotContain("SS-ORA-0391");
        }
    }

    @Test
    void alteringATriggerThatIsNotInTheInputIsAnItem() {
        OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(TABLE + "ALTER TRIGGER elsewhere DISABLE;\n");
        db.script();
        assertThat(db.itemsWith("SS-ORA-0391")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("ELSEWHERE DISABLE: the trigger is not created in the input"));
    }
}

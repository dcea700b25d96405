package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A variable of a type of an Oracle supplied package no target has (DBMS_SQL.VARCHAR2_TABLE): its
 * declaration is commented out with the package's item, never written as a type of a schema
 * PostgreSQL does not have, so the routine is created and the rest of it runs.
 */
class SuppliedPackageTypeTest {
    @Test
    void aVariableOfAnUnsupportedPackagesTypeIsCommentedOutAndReported() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION greeting(p_name VARCHAR2) RETURN VARCHAR2 IS
                  l_names dbms_sql.varchar2_table;
                  l_greeting VARCHAR2(100) := 'hello ' || p_name;
                BEGIN
                  RETURN l_greeting;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT greeting('world')")).isEqualTo("hello world");
            assertThat(db.script()).doesNotContainIgnoringCase("l_names dbms_sql.varchar2_table;")
                    .containsIgnoringCase("-- l_names dbms_sql.varchar2_table");
            assertThat(db.itemsWith("SS-ORA-0354")).singleElement()
                    .satisfies(i -> assertThat(i.message()).containsIgnoringCase("variable L_NAMES of type DBMS_SQL.VARCHAR2_TABLE"));
        }
    }
}

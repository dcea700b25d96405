package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A variable of a type of an Oracle supplied package no target has (DBMS_SQL.VARCHAR2_TABLE): its
 * declaration is commented out with the package's item, never written as a type of a schema
 * PostgreSQL does not have, so the routine is created and the rest of it runs (a statement naming the
 * variable is commented out too, reported: PL/pgSQL would reject the routine). A parameter or result
 * of such a type cannot be declared: the routine is written commented out, the type reported at the
 * parameter; a package variable of one is not kept as package state, reported.
 */
class SuppliedPackageTypeTest {
    @Test
    void aVariableOfAnUnsupportedPackagesTypeIsCommentedOutAndReported() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION greeting(p_name VARCHAR2) RETURN VARCHAR2 IS
                  l_names dbms_sql.varchar2_table;
                  l_greeting VARCHAR2(100) := 'hello ' || p_name;
                BEGIN
                  l_names := l_names;
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

    @Test
    void aRoutineWhoseSignatureNeedsASuppliedTypeIsCommentedOutAndReported() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE ftp AS
                  g_conn utl_tcp.connection;
                  g_port NUMBER := 21;
                  PROCEDURE logout(p_conn IN OUT utl_tcp.connection);
                  FUNCTION port RETURN NUMBER;
                END ftp;
                /
                CREATE OR REPLACE PACKAGE BODY ftp AS
                  PROCEDURE logout(p_conn IN OUT utl_tcp.connection) IS
                  BEGIN
                    utl_tcp.close_connection(p_conn);
                  END;
                  FUNCTION port RETURN NUMBER IS
                  BEGIN
                    RETURN g_port;
                  END;
                END ftp;
                /
                """).apply()) {
            assertThat(db.one("SELECT ftp.port()")).isEqualTo("21");
            assertThat(db.script()).doesNotContainIgnoringCase("CREATE PROCEDURE ftp.logout").doesNotContainIgnoringCase("g_conn__get")
                    .containsIgnoringCase("-- [SS-GEN-0018] procedure ftp.logout");
            assertThat(db.items()).anySatisfy(i -> assertThat(i.message()).containsIgnoringCase(
                    "parameter P_CONN of type UTL_TCP.CONNECTION cannot be declared on the target"));
            assertThat(db.items()).anySatisfy(i -> assertThat(i.message()).containsIgnoringCase(
                    "variable G_CONN of type UTL_TCP.CONNECTION is not kept"));
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Oracle's supplied packages in code: DBMS_UTILITY.FORMAT_ERROR_BACKTRACE reads the handled error's
 * context as PostgreSQL gives it (PG_EXCEPTION_CONTEXT), with an informational item; a variable or
 * parameter of a supplied package's type (UTL_HTTP.REQ, OWA.VC_ARR, DBMS_SQL.VARCHAR2_TABLE) is
 * reported at each declaration, never left to fail without an item.
 */
class SuppliedPackagesInCodeTest {

    @Test
    void theErrorBacktraceIsTheErrorsContext() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION fails RETURN NUMBER IS
                BEGIN
                  RETURN 1 / 0;
                END;
                /
                CREATE OR REPLACE FUNCTION where_failed RETURN VARCHAR2 IS
                  l_trace VARCHAR2(4000);
                BEGIN
                  l_trace := DBMS_UTILITY.FORMAT_ERROR_BACKTRACE;
                  RETURN fails() || l_trace;
                EXCEPTION
                  WHEN OTHERS THEN
                    RETURN 'outside: ' || NVL(l_trace, 'null') || ' inside: ' || dbms_utility.format_error_backtrace();
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT where_failed()")).startsWith("outside: null inside: ")
                    .contains("PL/pgSQL function fails() line 4 at RETURN", "PL/pgSQL function where_failed() line");
            assertThat(db.itemsWith("SS-ORA-0462")).hasSize(2);
            assertThat(db.codes()).doesNotContain("SS-ORA-0350");
        }
    }

    @Test
    void eachDeclarationOfASuppliedPackagesTypeIsReported() throws Exception {
        OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PROCEDURE fetch_page(p_names OWA.VC_ARR) IS
                  l_req UTL_HTTP.REQ;
                  l_resp utl_http.resp;
                  l_cols DBMS_SQL.VARCHAR2_TABLE;
                BEGIN
                  NULL;
                END;
                /
                """);
        assertThat(db.script()).as("a variable of a type without equivalent is commented out, so the routine creates")
                .contains("    -- L_REQ UTL_HTTP.REQ\n").contains("(SS-ORA-0352)");
        assertThat(db.itemsWith("SS-ORA-0463")).as("a parameter's type cannot be commented out: it is reported as such")
                .extracting(i -> i.message().replaceAll(".*: ", ""))
                .containsExactly("OWA.VC_ARR is a type of Oracle's supplied package OWA");
        assertThat(db.itemsWith("SS-GEN-0018")).extracting(i -> i.message().replaceAll(".*: ", ""))
                .containsExactlyInAnyOrder("type UTL_HTTP.REQ of a supplied package has no target equivalent (SS-ORA-0352)",
                        "type UTL_HTTP.RESP of a supplied package has no target equivalent (SS-ORA-0352)",
                        "type DBMS_SQL.VARCHAR2_TABLE of a supplied package has no target equivalent (SS-ORA-0354)");
    }
}

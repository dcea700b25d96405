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
        assertThat(db.script()).as("no signature can name the parameter's type: the routine is written commented out")
                .startsWith("-- [SS-GEN-0018] procedure fetch_page").contains("-- CREATE OR REPLACE PROCEDURE fetch_page(p_names OWA.VC_ARR)");
        assertThat(db.itemsWith("SS-ORA-0463")).as("a parameter's type cannot be commented out: it is reported as such")
                .extracting(i -> i.message().replaceAll(".*: ", ""))
                .containsExactly("OWA.VC_ARR is a type of Oracle's supplied package OWA");
        assertThat(db.items()).as("each variable's type is reported where it is declared, the routine being commented out whole")
                .extracting(i -> i.code().code() + " " + i.message().replaceAll(": [^:]*$", ""))
                .contains("SS-ORA-0352 procedure FETCH_PAGE: variable L_REQ of type UTL_HTTP.REQ",
                        "SS-ORA-0352 procedure FETCH_PAGE: variable L_RESP of type UTL_HTTP.RESP",
                        "SS-ORA-0354 procedure FETCH_PAGE: variable L_COLS of type DBMS_SQL.VARCHAR2_TABLE");
    }
}

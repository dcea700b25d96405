package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A package may use another's SUBTYPE ({@code PKG.T}) and variable anchors ({@code PKG.V%TYPE})
 * whatever order the script gives them in: Oracle compiles the dependency first. Here the using
 * package comes first in the input, and its record type, state and code still take the other's types.
 */
class CrossPackageTypesTest {

    @Test
    void aPackageReadBeforeTheOneWhoseTypesItUsesGetsTheirTypes() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE query_pkg AS
                  TYPE t_query IS RECORD (f_select text_pkg.t_short, f_from text_pkg.t_short);
                  g_last text_pkg.g_short_def%TYPE := 'none';
                  FUNCTION build(p_select text_pkg.t_short, p_from VARCHAR2) RETURN VARCHAR2;
                  FUNCTION last_built RETURN VARCHAR2;
                END query_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY query_pkg AS
                  FUNCTION build(p_select text_pkg.t_short, p_from VARCHAR2) RETURN VARCHAR2 IS
                    l_query t_query;
                  BEGIN
                    l_query.f_select := p_select;
                    l_query.f_from := p_from;
                    g_last := text_pkg.trimmed('select ' || l_query.f_select || ' from ' || l_query.f_from);
                    RETURN g_last;
                  END;
                  FUNCTION last_built RETURN VARCHAR2 IS
                  BEGIN
                    RETURN g_last;
                  END;
                END query_pkg;
                /
                CREATE OR REPLACE PACKAGE text_pkg AS
                  g_short_def VARCHAR2(40);
                  SUBTYPE t_short IS g_short_def%TYPE;
                  FUNCTION trimmed(p_text VARCHAR2) RETURN t_short;
                END text_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY text_pkg AS
                  FUNCTION trimmed(p_text VARCHAR2) RETURN t_short IS
                  BEGIN
                    RETURN TRIM(p_text);
                  END;
                END text_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT query_pkg.last_built()")).isEqualTo("none");
            assertThat(db.one("SELECT query_pkg.build(' a ', 't ')")).isEqualTo("select  a  from t");
            assertThat(db.one("SELECT query_pkg.last_built()")).isEqualTo("select  a  from t");
            assertThat(db.one("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = 'query_pkg.t_query'::regclass AND attname = 'f_select'")).isEqualTo("character varying(40)");
            assertThat(db.codes()).doesNotContain("SS-GEN-0020");
        }
    }
}

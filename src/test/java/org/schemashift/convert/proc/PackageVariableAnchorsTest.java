package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * %TYPE anchored to a package variable, directly or through a SUBTYPE of the package
 * (alexandria's {@code subtype t_max_db_varchar2 is g_max_db_varchar2_def%type}), in the package's
 * own body and in other packages: the anchor takes the variable's converted type.
 */
class PackageVariableAnchorsTest {
    private static final String CODE = """
            CREATE OR REPLACE PACKAGE su AS
              g_def VARCHAR2(5);
              SUBTYPE t_def IS g_def%TYPE;
              g_same g_def%TYPE;
              FUNCTION own(p t_def) RETURN t_def;
            END su;
            /
            CREATE OR REPLACE PACKAGE BODY su AS
              FUNCTION own(p t_def) RETURN t_def IS
                l t_def := p;
              BEGIN
                RETURN l || '!';
              END;
            END su;
            /
            CREATE OR REPLACE PACKAGE pu AS
              g_x su.g_def%TYPE;
              g_y su.t_def := 'abc';
              PROCEDURE set_y(p su.t_def);
              FUNCTION get_y RETURN su.g_def%TYPE;
            END pu;
            /
            CREATE OR REPLACE PACKAGE BODY pu AS
              PROCEDURE set_y(p su.t_def) IS
              BEGIN
                g_y := p;
              END;
              FUNCTION get_y RETURN su.g_def%TYPE IS
                l g_y%TYPE := g_y;
              BEGIN
                RETURN l;
              END;
            END pu;
            /
            """;

    @Test
    void anchorsToPackageVariablesTakeTheVariablesTypes() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(CODE).apply()) {
            assertThat(db.script()).doesNotContain("%TYPE");
            assertThat(db.one("SELECT pu.get_y()")).isEqualTo("abc");
            db.run("CALL pu.set_y('vwxyz')");
            assertThat(db.one("SELECT pu.get_y()")).isEqualTo("vwxyz");
            assertThat(db.one("SELECT su.own('ab')")).isEqualTo("ab!");
            assertThatThrownBy(() -> db.run("CALL pu.set_y('too long')")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("too long for type character varying(5)");
            assertThat(db.codes()).doesNotContain("SS-GEN-0020");
        }
    }
}

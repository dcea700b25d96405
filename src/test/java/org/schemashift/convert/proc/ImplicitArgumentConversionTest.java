package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Oracle converts an argument to its parameter's type (a NUMBER passed to a VARCHAR2 parameter, a
 * string to a NUMBER one); PostgreSQL picks a routine by its argument types and finds none, so the
 * conversion is written as a CAST, in CALL statements and in function calls alike.
 */
class ImplicitArgumentConversionTest {
    @Test
    void aNumberPassedToAStringParameterAndAStringToANumberOneAreCast() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE conv AS
                  PROCEDURE save(p_key VARCHAR2, p_value VARCHAR2);
                  FUNCTION twice(p NUMBER) RETURN NUMBER;
                  FUNCTION twice(p NUMBER, q NUMBER) RETURN NUMBER;
                  FUNCTION saved RETURN VARCHAR2;
                END conv;
                /
                CREATE OR REPLACE PACKAGE BODY conv AS
                  g_saved VARCHAR2(100);
                  PROCEDURE save(p_key VARCHAR2, p_value VARCHAR2) IS
                  BEGIN
                    g_saved := p_key || '=' || p_value;
                  END;
                  FUNCTION twice(p NUMBER) RETURN NUMBER IS
                  BEGIN
                    RETURN p * 2;
                  END;
                  FUNCTION twice(p NUMBER, q NUMBER) RETURN NUMBER IS
                  BEGIN
                    RETURN (p + q) * 2;
                  END;
                  FUNCTION saved RETURN VARCHAR2 IS
                  BEGIN
                    RETURN g_saved;
                  END;
                END conv;
                /
                CREATE OR REPLACE PROCEDURE store_level(p_level NUMBER) IS
                  l_level NUMBER := p_level + 1;
                BEGIN
                  conv.save(p_key => 'level', p_value => l_level);
                END;
                /
                CREATE OR REPLACE PROCEDURE store_positional(p_level NUMBER) IS
                BEGIN
                  conv.save('positional', p_level * 10);
                END;
                /
                CREATE OR REPLACE FUNCTION doubled(p_text VARCHAR2) RETURN NUMBER IS
                BEGIN
                  RETURN conv.twice(p_text);
                END;
                /
                """).apply()) {
            db.run("CALL store_level(15)");
            assertThat(db.one("SELECT conv.saved()")).isEqualTo("level=16");
            db.run("CALL store_positional(4)");
            assertThat(db.one("SELECT conv.saved()")).isEqualTo("positional=40");
            assertThat(db.one("SELECT doubled('21')")).as("both overloads take a NUMBER first").isEqualTo("42");
        }
    }

    @Test
    void anOutArgumentOfAnotherTypeThanItsParameterGoesThroughACopy() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PROCEDURE split(p_text VARCHAR2, o_head OUT VARCHAR2, o_count IN OUT NUMBER) IS
                BEGIN
                  o_head := SUBSTR(p_text, 1, 3);
                  o_count := o_count + 1;
                END;
                /
                CREATE OR REPLACE FUNCTION head_of(p_text VARCHAR2) RETURN VARCHAR2 IS
                  l_head VARCHAR2(100);
                  l_count PLS_INTEGER := 41;
                BEGIN
                  split(p_text => p_text, o_head => l_head, o_count => l_count);
                  RETURN l_head || l_count;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT head_of('abcdef')")).isEqualTo("abc42");
        }
    }
}

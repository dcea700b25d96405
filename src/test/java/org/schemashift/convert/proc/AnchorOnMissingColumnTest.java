package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemashift.model.GeneralCode;
import org.schemashift.source.oracle.OracleCode;

/**
 * {@code t.c%TYPE} where the input creates table t without column c (added later, e.g. by dynamic
 * SQL): written as an anchor it could not be created on PostgreSQL, so it is typed text and reported.
 */
class AnchorOnMissingColumnTest {
    @Test
    void anAnchorOnAColumnTheTableLacksIsTypedTextAndReported() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE prefs (pref_name VARCHAR2(255) PRIMARY KEY, pref_value VARCHAR2(255));
                CREATE OR REPLACE FUNCTION normalized_type(p_type IN prefs.pref_type%TYPE) RETURN VARCHAR2 IS
                  l_type prefs.pref_type%TYPE := UPPER(p_type);
                  l_name prefs.pref_name%TYPE := 'LEVEL';
                BEGIN
                  RETURN l_name || ':' || l_type;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT normalized_type('logger')")).isEqualTo("LEVEL:LOGGER");
            assertThat(db.itemsWith(OracleCode.ANCHOR_COLUMN_NOT_IN_TABLE.code())).hasSize(2)
                    .allSatisfy(i -> assertThat(i.message()).containsIgnoringCase("prefs.pref_type%TYPE").containsIgnoringCase("no column pref_type"));
            assertThat(db.codes()).doesNotContain(GeneralCode.ANCHOR_NOT_RESOLVED.code());
        }
    }
}

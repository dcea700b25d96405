package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemashift.model.GeneralCode;
import org.schemashift.source.oracle.OracleCode;

/** {@code user_tab_columns.data_length%TYPE}: a data dictionary column has the type Oracle documents for it, reported. */
class DictionaryAnchorsTest {
    @Test
    void anAnchorOnADictionaryColumnTakesItsDocumentedType() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION describe_column(p_length NUMBER) RETURN VARCHAR2 IS
                  l_length user_tab_columns.data_length%TYPE := p_length;
                  l_name sys.all_tab_columns.column_name%TYPE := 'DATA_LENGTH';
                BEGIN
                  RETURN l_name || '=' || l_length;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT describe_column(4000)")).isEqualTo("DATA_LENGTH=4000");
            assertThat(db.readCodes()).containsOnly(OracleCode.DICTIONARY_ANCHOR.code());
            assertThat(db.codes()).doesNotContain(GeneralCode.ANCHOR_NOT_RESOLVED.code());
        }
    }
}

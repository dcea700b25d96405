package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An element of a collection field reached through an expression ({@code fonts(f).widths(c)}, as in
 * alexandria's pdf_builder_pkg.string_width) is kept commented out with SS-ORA-0468, not written as
 * {@code (expr).WIDTHS(c)}, which PostgreSQL cannot parse; the workaround the item names (the field
 * copied into a variable of its type) runs.
 */
class CollectionFieldOnPostgresTest {

    @Test
    void anElementOfAFieldOfAnExpressionIsReportedAndItsWorkaroundRuns() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE fonts_pkg AS
                  FUNCTION width_of(p_font PLS_INTEGER, p_char PLS_INTEGER) RETURN NUMBER;
                  FUNCTION width_via_copy(p_font PLS_INTEGER, p_char PLS_INTEGER) RETURN NUMBER;
                END fonts_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY fonts_pkg AS
                  TYPE tp_widths IS TABLE OF PLS_INTEGER INDEX BY PLS_INTEGER;
                  TYPE tp_font IS RECORD (name VARCHAR2(20), widths tp_widths);
                  TYPE tp_fonts IS TABLE OF tp_font INDEX BY PLS_INTEGER;
                  fonts tp_fonts;
                  PROCEDURE init IS
                    l_font tp_font;
                    l_widths tp_widths;
                  BEGIN
                    l_font.name := 'mono';
                    l_widths(65) := 600;
                    l_font.widths := l_widths;
                    fonts(1) := l_font;
                  END;
                  FUNCTION width_of(p_font PLS_INTEGER, p_char PLS_INTEGER) RETURN NUMBER IS
                  BEGIN
                    init;
                    RETURN fonts(p_font).widths(p_char) / 1000;
                  END;
                  FUNCTION width_via_copy(p_font PLS_INTEGER, p_char PLS_INTEGER) RETURN NUMBER IS
                    l_widths tp_widths;
                  BEGIN
                    init;
                    l_widths := fonts(p_font).widths;
                    RETURN l_widths(p_char) / 1000;
                  END;
                END fonts_pkg;
                /
                """).apply()) {
            assertThat(db.itemsWith("SS-ORA-0468")).singleElement()
                    .satisfies(item -> assertThat(item.message()).contains("WIDTHS"));
            assertThat(db.script()).doesNotContainIgnoringCase(").widths(");
            assertThat(db.one("SELECT fonts_pkg.width_via_copy(1, 65) = 0.6")).isEqualTo("t");
        }
    }
}

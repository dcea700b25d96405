package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An associative array of records keyed by strings (INDEX BY VARCHAR2) is a jsonb object of the
 * rows: elements and their fields assigned and read, EXISTS, COUNT, DELETE(k), and FIRST / NEXT /
 * LAST / PRIOR in Oracle's binary key order; a missing key raises NO_DATA_FOUND, as in Oracle.
 */
class AssociativeArraysOfRowsOnPostgresTest {

    @Test
    void rowsKeyedByStringsAreAssignedReadWalkedAndDeletedAsInOracle() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE sheet_pkg AS
                  TYPE t_cell IS RECORD (col VARCHAR2(2), row_no NUMBER, value VARCHAR2(100));
                  TYPE t_sheet IS TABLE OF t_cell INDEX BY VARCHAR2(20);
                  FUNCTION walk(p_missing VARCHAR2) RETURN VARCHAR2;
                  FUNCTION sheet_of(p_cells VARCHAR2) RETURN t_sheet;
                END sheet_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY sheet_pkg AS
                  FUNCTION sheet_of(p_cells VARCHAR2) RETURN t_sheet IS
                    l_sheet t_sheet;
                    l_cell t_cell;
                  BEGIN
                    l_cell.col := 'B';
                    l_cell.row_no := 2;
                    l_cell.value := 'b2';
                    l_sheet('B2') := l_cell;
                    l_cell.col := 'A';
                    l_cell.row_no := 10;
                    l_cell.value := 'a10';
                    l_sheet('A10') := l_cell;
                    l_sheet('a1').value := 'lower';
                    l_sheet('B2').value := upper(l_sheet('B2').value);
                    RETURN l_sheet;
                  END;

                  FUNCTION walk(p_missing VARCHAR2) RETURN VARCHAR2 IS
                    l_sheet t_sheet := sheet_of('x');
                    l_key VARCHAR2(20);
                    l_path VARCHAR2(400);
                    l_cell t_cell;
                  BEGIN
                    l_key := l_sheet.FIRST;
                    WHILE l_key IS NOT NULL LOOP
                      l_path := l_path || l_key || '=' || l_sheet(l_key).value || '/' || l_sheet(l_key).row_no || ' ';
                      l_key := l_sheet.NEXT(l_key);
                    END LOOP;
                    l_path := l_path || 'last ' || l_sheet.LAST || ' before it ' || l_sheet.PRIOR(l_sheet.LAST);
                    l_sheet.DELETE('A10');
                    l_path := l_path || ' count ' || l_sheet.COUNT;
                    IF NOT l_sheet.EXISTS('A10') AND l_sheet.EXISTS('a1') THEN
                      l_path := l_path || ' deleted';
                    END IF;
                    l_cell := l_sheet(p_missing);
                    RETURN l_path || ' ' || l_cell.col;
                  EXCEPTION
                    WHEN NO_DATA_FOUND THEN
                      RETURN l_path || ' no data found';
                  END;
                END sheet_pkg;
                /
                """).apply()) {
            assertThat(db.one("SELECT sheet_pkg.walk('B2')"))
                    .isEqualTo("A10=a10/10 B2=B2/2 a1=lower/ last a1 before it B2 count 2 deleted B");
            assertThat(db.one("SELECT sheet_pkg.walk('A10')")).as("a deleted key reads as NO_DATA_FOUND")
                    .isEqualTo("A10=a10/10 B2=B2/2 a1=lower/ last a1 before it B2 count 2 deleted no data found");
            assertThat(db.codes()).doesNotContain("SS-PG-0601", "SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }
}

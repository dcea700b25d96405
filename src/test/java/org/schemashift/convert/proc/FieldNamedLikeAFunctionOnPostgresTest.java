package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A record's field is only ever named through its record in PL/SQL ({@code r.width}): a bare
 * {@code width} is the package's function of that name, called without parentheses, even where a
 * record, a package record or a loop's row in scope has a field WIDTH; a column of a query's table
 * still wins inside the query.
 */
class FieldNamedLikeAFunctionOnPostgresTest {

    @Test
    void aBareNameIsTheFunctionNotARecordsField() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE item (id NUMBER, width NUMBER);
                CREATE OR REPLACE PACKAGE pr AS
                  FUNCTION run RETURN VARCHAR2;
                END pr;
                /
                CREATE OR REPLACE PACKAGE BODY pr AS
                  TYPE t_rec IS RECORD (width NUMBER, id NUMBER);
                  g_rec t_rec;
                  FUNCTION width RETURN NUMBER IS BEGIN RETURN 7; END;
                  FUNCTION run RETURN VARCHAR2 IS
                    l_rec t_rec;
                    l_out VARCHAR2(100);
                  BEGIN
                    l_rec.width := 3;
                    g_rec.width := 4;
                    FOR r IN (SELECT id, width FROM item) LOOP
                      l_out := l_out || r.width || width;
                    END LOOP;
                    SELECT width INTO l_rec.id FROM item WHERE id = 1;
                    RETURN l_out || ' ' || l_rec.width || g_rec.width || width || l_rec.id;
                  END;
                END pr;
                /
                """).apply()) {
            db.run("INSERT INTO item VALUES (1, 5)");
            assertThat(db.one("SELECT pr.run()")).isEqualTo("57 3475");
        }
    }
}

package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.testing.ProcIr.block;
import static org.schemashift.testing.ProcIr.cursor;
import static org.schemashift.testing.ProcIr.forCursor;
import static org.schemashift.testing.ProcIr.procedure;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.oracle.OracleDmlText;

/**
 * Data changes inside PL/pgSQL, read from Oracle text by the shared core grammar: WHERE CURRENT OF
 * changes the row the cursor loop is on, a MERGE with Oracle's DELETE WHERE runs as a PostgreSQL 15
 * MERGE, and one PostgreSQL cannot repeat is commented out where it stood, with its item.
 */
class PlPgSqlDataChangesTest extends PlPgSqlTestBase {

    private static Statement.SqlStatement oracle(String dml, int line) {
        return new Statement.SqlStatement(OracleDmlText.read(dml), List.of(), List.of(), IntoRows.EXACTLY_ONE,
                new SourceSpan("test.sql", line, 1));
    }

    @Test
    void whereCurrentOfChangesTheRowTheCursorLoopIsOn() throws Exception {
        run("CREATE TABLE prices (id integer, price numeric); INSERT INTO prices VALUES (1, 10), (2, 20), (3, 30)");
        create(procedure("DOUBLE_SMALL_PRICES", List.of(),
                block(forCursor("R", "C", oracle("UPDATE prices SET price = price * 2 WHERE CURRENT OF c", 3)))
                        .declare(cursor("C", "SELECT ID FROM PRICES WHERE PRICE < 25"))));
        run("CALL double_small_prices()");
        assertThat(one("SELECT string_agg(price::text, ' ' ORDER BY id) FROM prices")).isEqualTo("20 40 30");
    }

    @Test
    void aMergeWithDeleteWhereRunsAndOneThatCannotBeWrittenIsCommentedOut() throws Exception {
        run("CREATE TABLE stock (id integer PRIMARY KEY, qty integer); INSERT INTO stock VALUES (1, 5), (2, 1);"
                + "CREATE TABLE sold (id integer, qty integer); INSERT INTO sold VALUES (1, 2), (2, 1), (3, 4)");
        String sql = create(procedure("BOOK_SALES", List.of(), block(
                oracle("MERGE INTO stock s USING sold d ON (s.id = d.id) WHEN MATCHED THEN UPDATE SET s.qty = s.qty - d.qty"
                        + " DELETE WHERE s.qty = 0", 2),
                oracle("MERGE INTO stock s USING sold d ON (s.id = d.id) WHEN MATCHED THEN UPDATE SET s.qty = DEFAULT"
                        + " DELETE WHERE s.qty IS NULL", 5))));
        run("CALL book_sales()");

        assertThat(one("SELECT string_agg(id || ':' || qty, ' ' ORDER BY id) FROM stock")).isEqualTo("1:3");
        assertThat(sql).contains("-- not written, see the action item at line 5");
        assertThat(items.all()).extracting(i -> i.code().code() + " line " + i.span().line())
                .containsExactly("SS-PG-0690 line 2", "SS-PG-0691 line 5");
    }
}

package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Severity;

/**
 * PREPARE / EXECUTE / DEALLOCATE of a text known when converting (a literal, or a user variable set
 * once to literals joined with CONCAT): the text is read as MySQL and converted as the same statement
 * in the procedure would be, and runs as PostgreSQL's EXECUTE '...' USING with the ? placeholders
 * numbered $1, $2 ... in USING order. Created on MariaDB as written and on PostgreSQL converted, the
 * procedures are called with the same data on both and their effects and result sets compared.
 */
class MySqlPreparedStatementsOnBothTest {
    private static final String TABLES = """
            CREATE TABLE stock (id INT PRIMARY KEY, qty INT, label VARCHAR(40));
            CREATE TABLE moves (id INT PRIMARY KEY AUTO_INCREMENT, note VARCHAR(60), amount INT);
            """;

    /** The program's variable qty is not visible to the prepared text: its qty is the column, as in MySQL. */
    @Test
    void preparedDataChangesRunTheConvertedTextWithTheirValuesInUsingOrder() throws Exception {
        String mysql = program("CREATE PROCEDURE take(IN p_id INT, IN p_n INT)", """
                DECLARE qty INT DEFAULT 100;
                SET @change = CONCAT('UPDATE stock SET qty = qty - ? ', 'WHERE id = ?');
                PREPARE s FROM @change;
                PREPARE note FROM 'INSERT INTO moves (note, amount) VALUES (CONCAT(''took from '', ?), IFNULL(?, 0))';
                SET @n = p_n;
                SET @id = p_id;
                EXECUTE s USING @n, @id;
                EXECUTE s USING @n, @id;
                EXECUTE note USING @id, @n;
                DEALLOCATE PREPARE s;
                DEALLOCATE PREPARE note;
                """);
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO stock VALUES (1, 10, 'a'), (2, 20, 'b')";
            both.runOnBoth(rows, rows);
            both.runOnBoth("CALL take(2, 3); CALL take(1, 1)", "CALL take(2, 3); CALL take(1, 1)");
            assertThat(both.onPostgres("SELECT id, qty FROM stock ORDER BY id"))
                    .isEqualTo(both.onMariaDb("SELECT id, qty FROM stock ORDER BY id"))
                    .containsExactly(List.of("1", "8"), List.of("2", "14"));
            assertThat(both.onPostgres("SELECT note, amount FROM moves ORDER BY id"))
                    .isEqualTo(both.onMariaDb("SELECT note, amount FROM moves ORDER BY id"));
            assertThat(both.script).contains("EXECUTE 'UPDATE stock SET qty = qty - $1 WHERE id = $2' USING");
            assertThat(both.readCodes()).contains("SS-MY-0184").doesNotContain("SS-MY-0153");
            assertThat(Stream.concat(both.items.all().stream(), both.statements.stream().flatMap(st -> st.actionItems().stream())))
                    .as("nothing left to do by hand: the procedure is not manual").allMatch(i -> i.severity().compareTo(Severity.LOW) <= 0);
        }
    }

    /** ON DUPLICATE KEY UPDATE in a prepared text is the upsert it is in a program: INSERT ... ON CONFLICT. */
    @Test
    void aPreparedUpsertAddsToTheRowItDuplicates() throws Exception {
        String mysql = program("CREATE PROCEDURE put(IN p_id INT, IN p_qty INT)", """
                PREPARE s FROM 'INSERT INTO stock (id, qty, label) VALUES (?, ?, ''new'') ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty)';
                SET @id = p_id, @qty = p_qty;
                EXECUTE s USING @id, @qty;
                DEALLOCATE PREPARE s;
                """);
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String calls = "INSERT INTO stock VALUES (1, 10, 'a'); CALL put(1, 5); CALL put(2, 7); CALL put(2, 1)";
            both.runOnBoth(calls, calls);
            assertThat(both.onPostgres("SELECT id, qty, label FROM stock ORDER BY id"))
                    .isEqualTo(both.onMariaDb("SELECT id, qty, label FROM stock ORDER BY id"))
                    .containsExactly(List.of("1", "15", "a"), List.of("2", "8", "new"));
            assertThat(both.readCodes()).contains("SS-MY-0184").doesNotContain("SS-MY-0153");
        }
    }

    @Test
    void aPreparedSelectIsAResultSetOfTheProcedureAsABareSelectIs() throws Exception {
        String mysql = program("CREATE PROCEDURE above(IN p_min INT)", """
                PREPARE q FROM 'SELECT id, UPPER(label) AS label FROM stock WHERE qty > ? ORDER BY id';
                SET @min = p_min;
                EXECUTE q USING @min;
                DEALLOCATE PREPARE q;
                """);
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(mysql)) {
            String rows = "INSERT INTO stock VALUES (1, 10, 'a'), (2, 20, 'b'), (3, 30, 'c')";
            both.runOnBoth(rows, rows);
            assertThat(both.resultSetOnPostgres("CALL above(15, NULL)"))
                    .isEqualTo(both.onMariaDb("CALL above(15)"))
                    .containsExactly(List.of("2", "B"), List.of("3", "C"));
            assertThat(both.script).contains("OPEN result_set FOR EXECUTE 'SELECT");
            assertThat(both.readCodes()).contains("SS-MY-0184").doesNotContain("SS-MY-0153");
        }
    }

    @Test
    void aTextBuiltAtRunTimeRunsAsWrittenAndTheItemNamesThePartThatIsNotKnown() {
        MySqlCodeOnBoth.Conversion conversion = converted("CREATE PROCEDURE run_text(IN p_sql VARCHAR(200))", """
                SET @q = p_sql;
                PREPARE s FROM @q;
                EXECUTE s;
                """);
        assertThat(readMessages(conversion, "SS-MY-0153")).singleElement().asString()
                .contains("built at run time").contains("@q (set to p_sql)");
        assertThat(conversion.codes()).doesNotContain("SS-MY-0184");
    }

    @Test
    void aVariableSetTwiceOrUnderAConditionIsNotAKnownText() {
        MySqlCodeOnBoth.Conversion conversion = converted("CREATE PROCEDURE maybe(IN p_all INT)", """
                IF p_all THEN
                  SET @d = 'DELETE FROM moves';
                END IF;
                PREPARE s FROM @d;
                EXECUTE s;
                SET @e = 'DELETE FROM moves';
                SET @e = 'DELETE FROM stock';
                PREPARE t FROM @e;
                EXECUTE t;
                """);
        assertThat(readMessages(conversion, "SS-MY-0153")).hasSize(2).allSatisfy(m -> assertThat(m).contains("built at run time"));
        assertThat(conversion.codes()).doesNotContain("SS-MY-0184");
    }

    @Test
    void aKnownTextThatDoesNotParseSaysWhereAndRunsAsWritten() {
        MySqlCodeOnBoth.Conversion conversion = converted("CREATE PROCEDURE broken()", """
                PREPARE s FROM 'DELETE FROM WHERE id = 1';
                EXECUTE s;
                """);
        assertThat(readMessages(conversion, "SS-MY-0153")).singleElement().asString()
                .contains("does not parse").contains("line 1, column 13");
        assertThat(conversion.script()).contains("EXECUTE 'DELETE FROM WHERE id = 1'");
    }

    @Test
    void aKnownTextWithAFunctionThatHasNoEquivalentRunsAsWrittenWithItsExpressionNamed() {
        MySqlCodeOnBoth.Conversion conversion = converted("CREATE PROCEDURE last_one()", """
                PREPARE s FROM 'INSERT INTO moves (note, amount) VALUES (''last'', FOUND_ROWS())';
                EXECUTE s;
                """);
        assertThat(conversion.items().all()).filteredOn(i -> i.code().code().equals("SS-PG-0612")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("FOUND_ROWS"));
        assertThat(conversion.script()).contains("EXECUTE 'INSERT INTO moves (note, amount) VALUES (''last'', FOUND_ROWS())'");
    }

    /** The tables and one procedure {@code head} with {@code body} between BEGIN and END. */
    private static String program(String head, String body) {
        return TABLES + "DELIMITER //\n" + head + "\nBEGIN\n" + body + "END //\nDELIMITER ;\n";
    }

    /** {@link #program} converted, not run. */
    private static MySqlCodeOnBoth.Conversion converted(String head, String body) {
        return MySqlCodeOnBoth.Conversion.of(program(head, body));
    }

    private static List<String> readMessages(MySqlCodeOnBoth.Conversion conversion, String code) {
        return conversion.statements().stream().flatMap(s -> s.actionItems().stream())
                .filter(i -> i.code().code().equals(code)).map(ActionItem::message).toList();
    }
}

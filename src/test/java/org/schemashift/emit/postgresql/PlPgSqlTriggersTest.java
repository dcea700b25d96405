package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;
import org.schemashift.emit.SequenceKeyTrigger;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcOperators.TriggerEvent;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;

/**
 * Triggers written as PostgreSQL trigger functions and run: events and UPDATING('c'), UPDATE OF,
 * statement-level and INSTEAD OF triggers, WHEN conditions PostgreSQL rejects, the rows a DELETE
 * or INSERT does not have, errors, FOLLOWS, other schemas.
 */
class PlPgSqlTriggersTest extends PlPgSqlTestBase {

    @Test
    void theEventTestsTellTheStatementApart() throws Exception {
        run("CREATE TABLE parts (id integer, name text); CREATE TABLE parts_log (what text)");
        create(trigger("LOG_PARTS", "AFTER", "PARTS", "INSERT", "UPDATE", "DELETE").body(block(
                ifThen(event(TriggerEvent.INSERTING, null), execute("INSERT INTO PARTS_LOG VALUES ('I' || \"NEW\".ID)")),
                ifThen(event(TriggerEvent.UPDATING, null), execute("INSERT INTO PARTS_LOG VALUES ('U' || \"NEW\".ID)")),
                ifThen(event(TriggerEvent.DELETING, null), execute("INSERT INTO PARTS_LOG VALUES ('D' || \"OLD\".ID)")))));
        run("INSERT INTO parts VALUES (1, 'a'); UPDATE parts SET name = 'b'; DELETE FROM parts");

        assertThat(one("SELECT string_agg(what, ',') FROM parts_log")).isEqualTo("I1,U1,D1");
    }

    @Test
    void updatingAColumnIsTrueWhenTheUpdateSetsItEvenToTheSameValue() throws Exception {
        run("CREATE TABLE prices (id integer, price integer, label text); CREATE TABLE price_log (what text)");
        String sql = create(trigger("WATCH_PRICE", "BEFORE", "PRICES", "INSERT", "UPDATE").body(block(
                ifThen(event(TriggerEvent.UPDATING, "PRICE"), execute("INSERT INTO PRICE_LOG VALUES ('price ' || \"NEW\".ID)")),
                ifThen(SqlStdOperatorTable.NOT.createCall(SqlParserPos.ZERO, event(TriggerEvent.UPDATING, "LABEL")),
                        execute("INSERT INTO PRICE_LOG VALUES ('no label ' || \"NEW\".ID)")))));
        run("INSERT INTO prices VALUES (1, 10, 'a'), (2, 20, 'b');"
                + "UPDATE prices SET price = price WHERE id = 1;"        // named, not changed: UPDATING('PRICE') in Oracle
                + "UPDATE prices SET label = 'c' WHERE id = 2;"
                + "UPDATE prices SET price = 5, label = label WHERE id = 2");

        assertThat(one("SELECT string_agg(what, ',') FROM price_log"))
                .isEqualTo("no label 1,no label 2,price 1,no label 1,price 2");
        assertThat(sql).contains("BEFORE UPDATE OF label ON prices FOR EACH STATEMENT", "AFTER UPDATE ON prices FOR EACH STATEMENT");
        assertThat(items.decisions()).extracting(d -> d.ruleId() + ": " + d.message()).containsExactly("plpgsql.updating-column-flag:"
                + " trigger WATCH_PRICE reads UPDATING(LABEL, PRICE) from flags set by statement-level UPDATE OF triggers");
    }

    @Test
    void updatingAColumnInAStatementTrigger() throws Exception {
        run("CREATE TABLE stock (id integer, qty integer); CREATE TABLE stock_log (what text)");
        create(trigger("STOCK_DONE", "AFTER", "STOCK", "UPDATE").forEachStatement().body(block(
                ifThen(event(TriggerEvent.UPDATING, "QTY"), execute("INSERT INTO STOCK_LOG VALUES ('qty')")))));
        create(trigger("STOCK_START", "BEFORE", "STOCK", "UPDATE").forEachStatement().body(block(
                ifThen(event(TriggerEvent.UPDATING, "QTY"), execute("INSERT INTO STOCK_LOG VALUES ('early')")))));
        run("INSERT INTO stock VALUES (1, 1); UPDATE stock SET qty = 2; UPDATE stock SET id = 3");

        assertThat(one("SELECT string_agg(what, ',') FROM stock_log")).isEqualTo("qty");
        assertThat(items.all()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo(PostgresqlCode.UPDATING_COLUMN_IN_BEFORE_STATEMENT);
            assertThat(item.message()).isEqualTo("trigger STOCK_START tests UPDATING(QTY) before the statement's flags are set");
        });
    }

    @Test
    void updateOfColumnsAndSeveralEvents() throws Exception {
        run("CREATE TABLE lines (id integer, qty integer, price integer, note text); CREATE TABLE line_log (what text)");
        String sql = create(trigger("LINE_CHANGES", "AFTER", "LINES", "UPDATE", "DELETE").updateOf("QTY", "PRICE").body(block(
                execute("INSERT INTO LINE_LOG VALUES (TG_OP || ' ' || \"OLD\".ID)"))));
        run("INSERT INTO lines VALUES (1, 1, 1, NULL), (2, 2, 2, NULL);"
                + "UPDATE lines SET note = 'x'; UPDATE lines SET price = 3 WHERE id = 1; UPDATE lines SET qty = qty WHERE id = 2;"
                + "DELETE FROM lines WHERE id = 1");

        assertThat(sql).contains("AFTER UPDATE OF qty, price OR DELETE ON lines FOR EACH ROW");
        assertThat(one("SELECT string_agg(what, ',') FROM line_log")).isEqualTo("UPDATE 1,UPDATE 2,DELETE 1");
    }

    @Test
    void aStatementLevelTriggerFiresOncePerStatementAndItsRowReadsAreReported() throws Exception {
        run("CREATE TABLE events (id integer); CREATE TABLE event_batches (n integer, new_id integer)");
        create(trigger("COUNT_BATCHES", "AFTER", "EVENTS", "INSERT").forEachStatement().body(block(
                execute("INSERT INTO EVENT_BATCHES VALUES ((SELECT COUNT(*) FROM EVENTS), \"NEW\".ID)"))));
        run("INSERT INTO events VALUES (1), (2), (3); INSERT INTO events VALUES (4)");

        assertThat(one("SELECT string_agg(n || ':' || coalesce(new_id::text, 'null'), ',' ORDER BY n) FROM event_batches"))
                .isEqualTo("3:null,4:null");
        assertThat(items.all()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo(PostgresqlCode.TRIGGER_ROW_IN_STATEMENT_TRIGGER);
            assertThat(item.message()).isEqualTo("statement-level trigger COUNT_BATCHES reads NEW, which are NULL in PostgreSQL");
        });
    }

    @Test
    void insteadOfTriggersWriteThroughAViewRowByRow() throws Exception {
        run("CREATE TABLE people (id integer, first_name text, last_name text);"
                + "CREATE VIEW people_names AS SELECT id, first_name || ' ' || last_name AS full_name FROM people");
        create(trigger("ADD_PERSON", "INSTEAD OF", "PEOPLE_NAMES", "INSERT").body(block(
                execute("INSERT INTO PEOPLE VALUES (\"NEW\".ID, SPLIT_PART(\"NEW\".FULL_NAME, ' ', 1),"
                        + " SPLIT_PART(\"NEW\".FULL_NAME, ' ', 2))"))));
        String statementLevel = create(trigger("DROP_PEOPLE", "INSTEAD OF", "PEOPLE_NAMES", "DELETE").forEachStatement()
                .body(block(execute("DELETE FROM PEOPLE"))));
        create(trigger("RENAME_PERSON", "INSTEAD OF", "PEOPLE_NAMES", "UPDATE").body(block(
                ifThen(event(TriggerEvent.UPDATING, "FULL_NAME"), execute("UPDATE PEOPLE SET LAST_NAME = SPLIT_PART(\"NEW\".FULL_NAME,"
                        + " ' ', 2) WHERE ID = \"OLD\".ID")))));
        run("INSERT INTO people_names VALUES (1, 'Ada Lovelace'), (2, 'Alan Turing');"
                + "UPDATE people_names SET full_name = 'Ada Byron' WHERE id = 1; UPDATE people_names SET id = id WHERE id = 2");

        assertThat(one("SELECT string_agg(last_name, ',' ORDER BY id) FROM people")).isEqualTo("Byron,Turing");
        assertThat(statementLevel).contains("-- [SS-PG-0641] trigger DROP_PEOPLE: PostgreSQL has INSTEAD OF triggers only FOR EACH ROW",
                "-- CREATE TRIGGER drop_people INSTEAD OF DELETE ON people_names FOR EACH STATEMENT");
        assertThat(items.all()).extracting(i -> i.code()).containsExactly(PostgresqlCode.STATEMENT_INSTEAD_OF_TRIGGER);
    }

    @Test
    void aWhenConditionPostgresqlAcceptsStaysOnTheTrigger() throws Exception {
        run("CREATE TABLE tickets (id integer, status text); CREATE TABLE ticket_log (what text)");
        String sql = create(trigger("STATUS_CHANGED", "AFTER", "TICKETS", "UPDATE")
                .when(expr("\"NEW\".STATUS <> \"OLD\".STATUS"))
                .body(block(execute("INSERT INTO TICKET_LOG VALUES (\"OLD\".STATUS || '>' || \"NEW\".STATUS)"))));
        run("INSERT INTO tickets VALUES (1, 'open'); UPDATE tickets SET status = 'open'; UPDATE tickets SET status = 'closed'");

        assertThat(sql).contains("FOR EACH ROW WHEN (new.status <> old.status) EXECUTE FUNCTION");
        assertThat(one("SELECT string_agg(what, ',') FROM ticket_log")).isEqualTo("open>closed");
    }

    @Test
    void aWhenConditionPostgresqlRejectsIsTestedInTheBody() throws Exception {
        run("CREATE TABLE orders (id integer, status text, customer integer); CREATE TABLE order_log (what text);"
                + "CREATE TABLE blocked (customer integer); INSERT INTO blocked VALUES (9)");
        // OLD in an INSERT trigger's WHEN: Oracle reads NULLs there, PostgreSQL rejects it
        String sql = create(trigger("NEW_STATUS", "AFTER", "ORDERS", "INSERT", "UPDATE")
                .when(expr("\"OLD\".STATUS IS NULL OR \"NEW\".STATUS <> \"OLD\".STATUS"))
                .body(block(execute("INSERT INTO ORDER_LOG VALUES (TG_OP || ' ' || \"NEW\".STATUS)"))));
        create(trigger("NOT_BLOCKED", "BEFORE", "ORDERS", "INSERT")
                .when(expr("\"NEW\".CUSTOMER IN (SELECT CUSTOMER FROM BLOCKED)"))
                .body(block(assign(name("NEW.STATUS"), expr("'held'")))));
        run("INSERT INTO orders VALUES (1, 'new', 1), (2, 'new', 9); UPDATE orders SET status = status; UPDATE orders SET status = 'paid' WHERE id = 1");

        assertThat(sql).contains("IF old.status IS NULL OR new.status <> old.status THEN").doesNotContain(" WHEN (");
        assertThat(one("SELECT string_agg(what, ',') FROM order_log")).isEqualTo("INSERT new,INSERT held,UPDATE paid");
        assertThat(one("SELECT string_agg(status, ',' ORDER BY id) FROM orders")).isEqualTo("paid,held");
        assertThat(items.decisions()).extracting(d -> d.ruleId()).containsExactly("plpgsql.trigger-when-in-body",
                "plpgsql.trigger-when-in-body");
    }

    @Test
    void theRowAStatementDoesNotHaveReadsAsNulls() throws Exception {
        run("CREATE TABLE notes (id integer, body text); CREATE TABLE note_log (op text, new_body text, old_body text)");
        create(trigger("NOTE_HISTORY", "AFTER", "NOTES", "INSERT", "DELETE").body(block(
                execute("INSERT INTO NOTE_LOG VALUES (TG_OP, \"NEW\".BODY, \"OLD\".BODY)"))));
        create(trigger("NOTE_CHECK", "BEFORE", "NOTES", "INSERT", "DELETE").body(block(
                ifThen("\"OLD\".ID IS NULL AND \"NEW\".ID IS NULL", raise(Condition.Standard.ANY_ERROR, "'no row'")))));
        run("INSERT INTO notes VALUES (1, 'hello'); DELETE FROM notes");

        assertThat(one("SELECT string_agg(op || ':' || coalesce(new_body, '-') || ':' || coalesce(old_body, '-'), ',')"
                + " FROM note_log")).isEqualTo("INSERT:hello:-,DELETE:-:hello");
    }

    @Test
    void anErrorRaisedByATriggerUndoesTheWholeStatement() throws Exception {
        run("CREATE TABLE balances (id integer, amount integer); INSERT INTO balances VALUES (1, 10), (2, 1)");
        create(trigger("NO_OVERDRAFT", "BEFORE", "BALANCES", "UPDATE").body(block(
                ifThen("\"NEW\".AMOUNT < 0", raise(new Condition.ErrorNumber(-20001), "'overdrawn: ' || \"NEW\".ID")))));

        assertThatThrownBy(() -> run("UPDATE balances SET amount = amount - 5")).hasMessageContaining("overdrawn: 2");
        assertThat(one("SELECT string_agg(amount::text, ',' ORDER BY id) FROM balances")).isEqualTo("10,1");
    }

    @Test
    void followsIsKeptWhenTheNamesSortInThatOrderAndReportedWhenNot() throws Exception {
        run("CREATE TABLE steps (id integer, trail text DEFAULT '')");
        create(trigger("STEPS_A", "BEFORE", "STEPS", "INSERT").body(block(assign(name("NEW.TRAIL"), expr("\"NEW\".TRAIL || 'a'")))));
        create(trigger("STEPS_B", "BEFORE", "STEPS", "INSERT").follows("STEPS_A")
                .body(block(assign(name("NEW.TRAIL"), expr("\"NEW\".TRAIL || 'b'")))));
        create(trigger("AA_LAST", "BEFORE", "STEPS", "INSERT").follows("STEPS_B")
                .body(block(assign(name("NEW.TRAIL"), expr("\"NEW\".TRAIL || 'z'")))));
        run("INSERT INTO steps (id) VALUES (1)");

        assertThat(one("SELECT trail FROM steps")).as("PostgreSQL's order: by name").isEqualTo("zab");
        assertThat(items.all()).extracting(i -> i.code().code() + " " + i.message()).containsExactly(
                "SS-PG-0642 trigger steps_b fires after steps_a because of the order of their names",
                "SS-PG-0643 trigger aa_last must fire after steps_b but its name does not sort there (steps_b);"
                        + " rename the triggers so that their names sort in that order");
    }

    @Test
    void aTriggerOnATableInAnotherSchema() throws Exception {
        run("CREATE SCHEMA sales; CREATE TABLE sales.invoices (id integer, total integer, stamped boolean)");
        String sql = create(trigger("STAMP", "BEFORE", "SALES.INVOICES", "INSERT").body(block(
                assign(name("NEW.STAMPED"), expr("TRUE")))));
        run("INSERT INTO sales.invoices VALUES (1, 5, false)");

        assertThat(sql).contains("CREATE FUNCTION sales.stamp()", "BEFORE INSERT ON sales.invoices");
        assertThat(one("SELECT stamped FROM sales.invoices")).isEqualTo("t");
    }

    @Test
    void aKeyFilledFromASequenceIsReportedAndTheTriggerStillRuns() throws Exception {
        run("CREATE SEQUENCE item_seq; CREATE SEQUENCE box_seq START 100; CREATE SEQUENCE crate_seq START 500;"
                + "CREATE TABLE items (id integer, name text); CREATE TABLE boxes (id integer); CREATE TABLE crates (id integer)");
        create(trigger("ITEMS_BI", "BEFORE", "ITEMS", "INSERT").body(block(assign(name("NEW.ID"), nextValue("ITEM_SEQ")))));
        create(trigger("BOXES_BI", "BEFORE", "BOXES", "INSERT").body(block(ifThen(newIsNull("ID"),
                selectNextValueInto("BOX_SEQ", "NEW.ID")))));
        create(trigger("CRATES_BI", "BEFORE", "CRATES", "INSERT").when(newIsNull("ID")).body(block(
                assign(name("NEW.ID"), nextValue("CRATE_SEQ")))));
        run("INSERT INTO items (id, name) VALUES (7, 'a'), (NULL, 'b'); INSERT INTO boxes VALUES (NULL), (1), (DEFAULT);"
                + "INSERT INTO crates VALUES (NULL), (2)");

        assertThat(one("SELECT string_agg(id::text, ',' ORDER BY name) FROM items")).as("Oracle overwrites any key").isEqualTo("1,2");
        assertThat(one("SELECT string_agg(id::text, ',') FROM boxes")).as("explicit NULL numbered too").isEqualTo("100,1,101");
        assertThat(one("SELECT string_agg(id::text, ',') FROM crates")).isEqualTo("500,2");
        assertThat(items.all()).extracting(i -> i.code().code() + " " + i.message()).containsExactly(
                "SS-PG-0644 ITEMS.ID is set from sequence ITEM_SEQ by trigger ITEMS_BI: an identity column or DEFAULT nextval(...)"
                        + " does the same without a trigger",
                "SS-PG-0644 BOXES.ID is set from sequence BOX_SEQ by trigger BOXES_BI when it is NULL: an identity column or"
                        + " DEFAULT nextval(...) does the same without a trigger",
                "SS-PG-0644 CRATES.ID is set from sequence CRATE_SEQ by trigger CRATES_BI when it is NULL: an identity column or"
                        + " DEFAULT nextval(...) does the same without a trigger");
    }

    @Test
    void aTriggerThatDoesMoreThanNumberTheRowIsNotTheSequenceKeyIdiom() {
        SqlNode select = sql("SELECT NEXT VALUE FOR S FROM DUAL");
        assertThat(SequenceKeyTrigger.of(trigger("FROM_DUAL", "BEFORE", "T", "INSERT").body(block(
                new Statement.SqlStatement(select, List.of(), List.of(name("NEW.ID")), IntoRows.EXACTLY_ONE, AT))))).isPresent();
        assertThat(SequenceKeyTrigger.of(trigger("MORE", "BEFORE", "T", "INSERT").body(block(
                assign(name("NEW.ID"), nextValue("S")), assign(name("NEW.AT"), expr("CURRENT_DATE")))))).isEmpty();
        assertThat(SequenceKeyTrigger.of(trigger("LATE", "AFTER", "T", "INSERT").body(block(
                assign(name("NEW.ID"), nextValue("S")))))).isEmpty();
        assertThat(SequenceKeyTrigger.of(trigger("ON_UPDATE", "BEFORE", "T", "INSERT", "UPDATE").body(block(
                assign(name("NEW.ID"), nextValue("S")))))).isEmpty();
        assertThat(SequenceKeyTrigger.of(trigger("OTHER_GUARD", "BEFORE", "T", "INSERT").body(block(
                ifThen(newIsNull("CODE"), assign(name("NEW.ID"), nextValue("S"))))))).isEmpty();
        assertThat(SequenceKeyTrigger.of(trigger("NOT_A_SEQUENCE", "BEFORE", "T", "INSERT").body(block(
                assign(name("NEW.ID"), expr("1")))))).isEmpty();
    }

    @Test
    void theCommonSectionOfACompoundTriggerLivesForTheStatement() throws Exception {
        run("CREATE TABLE order_lines (item text, qty integer, line_no integer); CREATE TABLE order_totals (total integer, items text)");
        Declaration[] common = {variable("TOTAL", "integer", "0"), variable("ITEMS", "text"),
                variable("LINES", new ProcType.Anchored(List.of("ORDER_LINES", "LINE_NO"), ProcType.Anchor.TYPE, null)),
                constant("START_AT", "integer", "1")};
        create(trigger("LINES_SUMMARY_BEFORE_EACH_ROW", "BEFORE", "ORDER_LINES", "INSERT").body(block(block(
                assign("LINES", "COALESCE(LINES, 0) + START_AT"), assign(name("NEW.LINE_NO"), expr("LINES"))).build())
                .declare(common)));
        create(trigger("LINES_SUMMARY_AFTER_EACH_ROW", "AFTER", "ORDER_LINES", "INSERT").body(block(block(
                assign("TOTAL", "TOTAL + \"NEW\".QTY"), assign("ITEMS", "COALESCE(ITEMS || ',', '') || \"NEW\".ITEM")).build())
                .declare(common)));
        String sql = create(trigger("LINES_SUMMARY_AFTER_STATEMENT", "AFTER", "ORDER_LINES", "INSERT").forEachStatement().body(block(
                block(execute("INSERT INTO ORDER_TOTALS VALUES (TOTAL, ITEMS)")).build()).declare(common)));
        run("INSERT INTO order_lines (item, qty) VALUES ('a', 1), ('b', 2), ('c', 3); INSERT INTO order_lines (item, qty) VALUES ('d', 4)");

        assertThat(one("SELECT string_agg(total || ':' || items, ' ' ORDER BY total) FROM order_totals")).isEqualTo("4:d 6:a,b,c");
        assertThat(one("SELECT string_agg(item || line_no, ',' ORDER BY item) FROM order_lines")).isEqualTo("a1,b2,c3,d1");
        assertThat(sql).contains("CREATE OR REPLACE TRIGGER lines_summary_0state BEFORE INSERT ON order_lines FOR EACH STATEMENT");
        assertThat(items.decisions()).extracting(d -> d.message()).contains("compound trigger LINES_SUMMARY: TOTAL, ITEMS, LINES"
                + " live for the statement in transaction-local settings, loaded and stored by each part");
    }

    @Test
    void aCompoundTriggerPartOfAnotherShapeKeepsItsOwnCopiesAndIsReported() throws Exception {
        run("CREATE TABLE audits (id integer)");
        create(trigger("AUDITS_LOG_AFTER_STATEMENT", "AFTER", "AUDITS", "INSERT").forEachStatement().body(block(
                assign("SEEN", "SEEN + 1"), nothing()).declare(variable("SEEN", "integer", "0"))));

        assertThat(items.all()).extracting(i -> i.code().code() + " " + i.message()).containsExactly("SS-PG-0645 trigger"
                + " AUDITS_LOG_AFTER_STATEMENT is a part of compound trigger AUDITS_LOG but its outermost block is not the common"
                + " section around the timing point's block: SEEN are not shared with the other parts");
    }

    /** SELECT seq.NEXTVAL INTO target FROM DUAL as the convert stage leaves it: no FROM. */
    private static Statement.SqlStatement selectNextValueInto(String sequence, String target) {
        SqlSelect select = (SqlSelect) sql("SELECT NEXT VALUE FOR " + sequence + " FROM DUAL");
        select.setFrom(null);
        return new Statement.SqlStatement(select, List.of(), List.of(name(target)), IntoRows.EXACTLY_ONE, AT);
    }

    private static SqlNode newIsNull(String column) {
        return SqlStdOperatorTable.IS_NULL.createCall(SqlParserPos.ZERO, name("NEW." + column));
    }
}

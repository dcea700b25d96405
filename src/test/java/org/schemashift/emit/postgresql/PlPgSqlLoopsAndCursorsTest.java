package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.model.proc.ProcOperators.CursorAttribute.FOUND;
import static org.schemashift.model.proc.ProcOperators.CursorAttribute.IS_OPEN;
import static org.schemashift.model.proc.ProcOperators.CursorAttribute.NOT_FOUND;
import static org.schemashift.model.proc.ProcOperators.CursorAttribute.ROW_COUNT;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.Statement;

/** Loops, branches and cursors written as PL/pgSQL and run on PostgreSQL. */
class PlPgSqlLoopsAndCursorsTest extends PlPgSqlTestBase {

    @Test
    void aNumericForLoopSumsOneToN() throws Exception {
        create(function("SUM_TO", "integer", List.of(in("N", "integer")),
                block(forRange("I", "1", "N", assign("TOTAL", "TOTAL + I")),
                        returnValue("TOTAL"))
                        .declare(variable("TOTAL", "integer", "0"))));

        assertThat(one("SELECT sum_to(10)")).isEqualTo("55");
        assertThat(one("SELECT sum_to(0)")).isEqualTo("0");
    }

    @Test
    void reverseCountsDownOverTheSameRangeAndStepSkips() throws Exception {
        create(function("COUNT_DOWN", "text", List.of(),
                block(forReverse("I", "1", "3", assign("DIGITS", "DIGITS || I")),
                        new Statement.NumericFor(null, "J", expr("1"), expr("9"), expr("4"), false,
                                List.of(assign("DIGITS", "DIGITS || '.' || J")), AT),
                        returnValue("DIGITS"))
                        .declare(variable("DIGITS", "text", "''"))));

        assertThat(one("SELECT count_down()")).isEqualTo("321.1.5.9");
    }

    @Test
    void whileRepeatAndExitWhenLoopAsTheSourcesDo() throws Exception {
        create(function("LOOPS", "text", List.of(),
                block(whileLoop("W < 3", assign("W", "W + 1")),
                        repeat("R >= 0", assign("R", "R + 1")),
                        loop(assign("L", "L + 1"), exitWhen("L = 5")),
                        returnValue("W || ',' || R || ',' || L"))
                        .declare(variable("W", "integer", "0"), variable("R", "integer", "0"), variable("L", "integer", "0"))));

        // REPEAT runs its body once even though its condition holds from the start
        assertThat(one("SELECT loops()")).isEqualTo("3,1,5");
    }

    @Test
    void ifElsifElseAndCaseWithoutElseRaiseCaseNotFound() throws Exception {
        create(function("SIZE_OF", "text", List.of(in("N", "integer")),
                block(ifElse(List.of(when("N < 10", assign("S", "'small'")), when("N < 100", assign("S", "'medium'"))),
                                assign("S", "'large'")),
                        new Statement.Case(expr("S"), List.of(when("'small'", assign("S", "S || '!'")),
                                when("'medium'", assign("S", "S || '?'"))), null, AT),
                        returnValue("S"))
                        .declare(variable("S", "text"))));

        assertThat(one("SELECT size_of(5)")).isEqualTo("small!");
        assertThat(one("SELECT size_of(50)")).isEqualTo("medium?");
        assertThatThrownBy(() -> one("SELECT size_of(500)")).hasMessageContaining("case not found");
    }

    @Test
    void anExplicitCursorLoopOverATableKeepsItsAttributes() throws Exception {
        run("CREATE TABLE order_lines (id integer, amount numeric); INSERT INTO order_lines VALUES (1, 10), (2, 20), (3, 12.5)");
        create(function("ORDER_TOTAL", "text", List.of(),
                block(open("C"),
                        assign(name("WAS_OPEN"), attribute(IS_OPEN, "C")),
                        loop(fetch("C", "AMOUNT"),
                                exitWhen(attribute(NOT_FOUND, "C")),
                                assign("TOTAL", "TOTAL + AMOUNT")),
                        assign(name("LINES"), attribute(ROW_COUNT, "C")),
                        close("C"),
                        assign(name("STILL_OPEN"), attribute(IS_OPEN, "C")),
                        returnValue("TOTAL || ' from ' || LINES || ' lines, open ' || WAS_OPEN || ' then ' || STILL_OPEN"))
                        .declare(cursor("C", "SELECT AMOUNT FROM ORDER_LINES ORDER BY ID"),
                                variable("AMOUNT", "numeric"), variable("TOTAL", "numeric", "0"),
                                variable("LINES", "integer"), variable("WAS_OPEN", "boolean"), variable("STILL_OPEN", "boolean"))));

        assertThat(one("SELECT order_total()")).isEqualTo("42.5 from 3 lines, open true then false");
    }

    @Test
    void cursorAndQueryForLoopsDeclareTheirRecords() throws Exception {
        run("CREATE TABLE stock (item text, qty integer); INSERT INTO stock VALUES ('a', 2), ('b', 3)");
        create(function("STOCK_SUMMARY", "text", List.of(),
                block(forCursor("R", "C", assign("CURSOR_TOTAL", "CURSOR_TOTAL + R.QTY")),
                        forQuery("S", "SELECT ITEM, QTY FROM STOCK ORDER BY ITEM", assign("ITEMS", "ITEMS || S.ITEM")),
                        returnValue("CURSOR_TOTAL || ITEMS"))
                        .declare(cursor("C", "SELECT QTY FROM STOCK"), variable("CURSOR_TOTAL", "integer", "0"),
                                variable("ITEMS", "text", "''"))));

        assertThat(one("SELECT stock_summary()")).isEqualTo("5ab");
    }

    @Test
    void theImplicitCursorReportsTheLastSqlStatementsRows() throws Exception {
        run("CREATE TABLE flags (id integer, on_off boolean); INSERT INTO flags VALUES (1, false), (2, false), (3, true)");
        create(function("SWITCH_ON", "text", List.of(),
                block(execute("UPDATE FLAGS SET ON_OFF = TRUE WHERE ON_OFF = FALSE"),
                        assign(name("CHANGED"), attribute(ROW_COUNT, null)),
                        execute("DELETE FROM FLAGS WHERE ID > 10"),
                        assign(name("DELETED"), attribute(FOUND, null)),
                        returnValue("CHANGED || ' ' || DELETED"))
                        .declare(variable("CHANGED", "integer"), variable("DELETED", "boolean"))));

        assertThat(one("SELECT switch_on()")).isEqualTo("2 false");
    }

    @Test
    void selectIntoByEveryRowKeepsTheLastRowAsTSqlDoes() throws Exception {
        run("CREATE TABLE readings (taken integer, val integer); INSERT INTO readings VALUES (1, 7), (2, 8), (3, 9)");
        create(function("LAST_READING", "integer", List.of(in("AFTER_TAKEN", "integer")),
                block(selectInto("SELECT VAL FROM READINGS WHERE TAKEN > AFTER_TAKEN ORDER BY TAKEN", IntoRows.LAST_ROW, "V"),
                        returnValue("V"))
                        .declare(variable("V", "integer", "-1"))));

        assertThat(one("SELECT last_reading(0)")).isEqualTo("9");
        assertThat(one("SELECT last_reading(5)")).as("no row leaves the variable as it was").isEqualTo("-1");
    }

    @Test
    void dmlReturningIntoAndDynamicSqlWithBindArguments() throws Exception {
        run("CREATE TABLE tickets (id integer GENERATED ALWAYS AS IDENTITY, title text)");
        create(function("OPEN_TICKET", "text", List.of(in("TITLE_TEXT", "text")),
                block(returningInto("INSERT INTO TICKETS (TITLE) VALUES (TITLE_TEXT)", List.of("ID"), "NEW_ID"),
                        dynamic("'SELECT count(*) FROM tickets WHERE id <= $1'", List.of("NEW_ID"), IntoRows.EXACTLY_ONE, "SEEN"),
                        returnValue("NEW_ID || '/' || SEEN"))
                        .declare(variable("NEW_ID", "integer"), variable("SEEN", "integer"))));

        assertThat(one("SELECT open_ticket('first')")).isEqualTo("1/1");
        assertThat(one("SELECT open_ticket('second')")).isEqualTo("2/2");
    }

    @Test
    void aSetReturningFunctionReturnsRowsOneByOneOrAsAResultSet() throws Exception {
        run("CREATE TABLE numbers (n integer); INSERT INTO numbers VALUES (1), (2), (3), (4)");
        create(function("EVENS", new Returns(type("integer"), true), List.of(in("N", "integer")),
                block(forRange("I", "1", "N", ifThen("MOD(I, 2) = 0", returnNext("I"))), returnNothing())));
        create(function("SQUARES", new Returns(new ProcType.Row(List.of(new ProcType.Field("N", type("integer")),
                        new ProcType.Field("SQUARE", type("integer")))), true), List.of(in("UP_TO", "integer")),
                block(resultSet("SELECT N, N * N FROM NUMBERS WHERE N <= UP_TO"))));

        assertThat(one("SELECT string_agg(e::text, ',') FROM evens(7) AS e")).isEqualTo("2,4,6");
        assertThat(one("SELECT string_agg(square::text, ',' ORDER BY n) FROM squares(3)")).isEqualTo("1,4,9");
        assertThat(items.decisions()).anySatisfy(d -> assertThat(d.ruleId()).isEqualTo("plpgsql.result-set-as-return-query"));
    }

    @Test
    void aCursorReferenceOpensForDynamicSqlAndContinueSkipsRows() throws Exception {
        run("CREATE TABLE samples (n integer); INSERT INTO samples VALUES (1), (2), (3), (4), (5)");
        create(function("ODD_SUM_ABOVE", "integer", List.of(in("LOW", "integer")),
                block(new Statement.Open("R", List.of(), new QuerySource.Dynamic(expr("'SELECT n FROM samples WHERE n > $1'"),
                                List.of(expr("LOW"))), AT),
                        loop(fetch("R", "V"),
                                exitWhen(attribute(NOT_FOUND, "R")),
                                new Statement.Continue(null, expr("MOD(V, 2) = 0"), AT),
                                assign("TOTAL", "TOTAL + V")),
                        close("R"),
                        returnValue("TOTAL"))
                        .declare(variable("R", new ProcType.CursorReference()), variable("V", "integer"),
                                variable("TOTAL", "integer", "0"))));

        assertThat(one("SELECT odd_sum_above(1)")).isEqualTo("8");
    }

    @Test
    void returnQueryAndGetDiagnosticsAndNull() throws Exception {
        run("CREATE TABLE counters (k text, v integer); INSERT INTO counters VALUES ('a', 1), ('b', 2), ('c', 3)");
        create(function("KEYS_ABOVE", new Returns(type("text"), true), List.of(in("LIMIT_VALUE", "integer")),
                block(new Statement.ReturnQuery(new QuerySource.Dynamic(expr("'SELECT k FROM counters WHERE v > $1 ORDER BY k'"),
                        List.of(expr("LIMIT_VALUE"))), AT), returnNothing())));
        create(function("BUMP_ALL", "text", List.of(),
                block(execute("UPDATE COUNTERS SET V = V + 1"),
                        new Statement.GetDiagnostics(List.of(new Statement.DiagnosticItem(expr("CHANGED"),
                                Statement.Diagnostic.ROW_COUNT)), AT),
                        ifElse(List.of(when("CHANGED > 0", nothing())), assign("CHANGED", "-1")),
                        execute("UPDATE COUNTERS SET V = 1 / 0"),
                        returnValue("'unreachable'"))
                        .declare(variable("CHANGED", "integer"), variable("STATE", "text"))
                        .onError(Condition.Standard.ANY_ERROR, new Statement.GetDiagnostics(List.of(new Statement.DiagnosticItem(
                                expr("STATE"), Statement.Diagnostic.ERROR_SQLSTATE)), AT),
                                returnValue("CHANGED || ' rows, then ' || STATE"))));

        assertThat(one("SELECT string_agg(key, ',') FROM keys_above(1) AS key")).isEqualTo("b,c");
        assertThat(one("SELECT bump_all()")).isEqualTo("3 rows, then 22012");
        assertThat(one("SELECT sum(v) FROM counters")).as("the handler kept the first UPDATE, as the sources do").isEqualTo("9");
    }
}

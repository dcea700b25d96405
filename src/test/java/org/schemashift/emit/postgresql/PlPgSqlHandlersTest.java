package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.model.proc.Condition.Standard.ANY_ERROR;
import static org.schemashift.model.proc.Condition.Standard.NOT_FOUND;
import static org.schemashift.model.proc.Condition.Standard.TOO_MANY_ROWS;
import static org.schemashift.testing.ProcIr.*;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcOperators.HandledError;

/** Handlers and conditions written as PL/pgSQL and run on PostgreSQL: what is raised, what catches it, what stays done. */
class PlPgSqlHandlersTest extends PlPgSqlTestBase {

    @Test
    void selectIntoRaisesNotFoundAndTooManyRowsForItsHandlers() throws Exception {
        run("CREATE TABLE customers (id integer, name text); INSERT INTO customers VALUES (1, 'Ada'), (2, 'Bob'), (2, 'Bea')");
        create(function("CUSTOMER_NAME", "text", List.of(in("P_ID", "integer")),
                block(selectInto("SELECT NAME FROM CUSTOMERS WHERE ID = P_ID", IntoRows.EXACTLY_ONE, "V_NAME"),
                        returnValue("V_NAME"))
                        .declare(variable("V_NAME", "text"))
                        .onError(NOT_FOUND, returnValue("'unknown'"))
                        .onError(TOO_MANY_ROWS, returnValue("'ambiguous'"))));

        assertThat(one("SELECT customer_name(1)")).isEqualTo("Ada");
        assertThat(one("SELECT customer_name(3)")).isEqualTo("unknown");
        assertThat(one("SELECT customer_name(2)")).isEqualTo("ambiguous");
    }

    @Test
    void mysqlsNotFoundContinueHandlerEndsACursorLoop() throws Exception {
        run("CREATE TABLE payments (amount integer); INSERT INTO payments VALUES (5), (7)");
        create(function("PAYMENT_TOTAL", "integer", List.of(),
                block(open("C"),
                        loop(fetchSignallingNotFound("C", "V"),
                                ifThen("DONE", exit()),
                                assign("TOTAL", "TOTAL + V")),
                        close("C"),
                        returnValue("TOTAL"))
                        .declare(variable("DONE", "boolean", "FALSE"), variable("V", "integer"), variable("TOTAL", "integer", "0"),
                                cursor("C", "SELECT AMOUNT FROM PAYMENTS"))
                        .continueOn(NOT_FOUND, assign("DONE", "TRUE"))));

        assertThat(one("SELECT payment_total()")).isEqualTo("12");
    }

    @Test
    void mysqlsSelectIntoWithoutARowKeepsTheTargetAndSignalsNotFound() throws Exception {
        run("CREATE TABLE settings (k text, v text); INSERT INTO settings VALUES ('colour', 'blue')");
        create(function("SETTING_OR", "text", List.of(in("KEY_NAME", "text"), in("FALLBACK", "text")),
                block(assign("OUTCOME", "FALLBACK"),
                        selectInto("SELECT V FROM SETTINGS WHERE K = KEY_NAME", IntoRows.ONE_OR_NOT_FOUND, "OUTCOME"),
                        returnValue("OUTCOME || CASE WHEN MISSING THEN ' (missing)' ELSE '' END"))
                        .declare(variable("OUTCOME", "text"), variable("MISSING", "boolean", "FALSE"))
                        .continueOn(NOT_FOUND, assign("MISSING", "TRUE"))));

        assertThat(one("SELECT setting_or('colour', 'red')")).isEqualTo("blue");
        assertThat(one("SELECT setting_or('size', 'small')")).isEqualTo("small (missing)");
    }

    @Test
    void anErrorRaisedWithASqlstateIsCaughtByThatSqlstateWithItsMessage() throws Exception {
        create(function("CHECKED_RATIO", "text", List.of(in("A", "integer"), in("B", "integer")),
                block(ifThen("B = 0", raise(new Condition.SqlState("45000"), "'B must not be zero, A was ' || A")),
                        returnValue("CAST(A / B AS VARCHAR(20))"))
                        .declare(variable("STATE", "text"), variable("MESSAGE", "text"))
                        .onError(new Condition.SqlState("45000"),
                                assign(name("STATE"), handled(HandledError.SQLSTATE)),
                                assign(name("MESSAGE"), handled(HandledError.MESSAGE)),
                                returnValue("'rejected ' || STATE || ': ' || MESSAGE"))));

        assertThat(one("SELECT checked_ratio(6, 3)")).isEqualTo("2");
        assertThat(one("SELECT checked_ratio(6, 0)")).isEqualTo("rejected 45000: B must not be zero, A was 6");
    }

    @Test
    void anErrorOfTheDatabaseIsCaughtByItsStandardSqlstate() throws Exception {
        create(function("DIVIDE_OR_STATE", "text", List.of(in("A", "integer"), in("B", "integer")),
                block(returnValue("CAST(A / B AS VARCHAR(20))"))
                        .declare(variable("STATE", "text"))
                        .onError(new Condition.SqlState("22012"), assign(name("STATE"), handled(HandledError.SQLSTATE)),
                                returnValue("'failed with ' || STATE"))));

        assertThat(one("SELECT divide_or_state(1, 0)")).isEqualTo("failed with 22012");
    }

    @Test
    void anUncaughtErrorReachesTheCallerWithItsSqlstateAndMessage() throws Exception {
        create(procedure("REFUSE", List.of(), block(raise(new Condition.SqlState("45001"), "'refused'"))));

        assertThatThrownBy(() -> run("CALL refuse()"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("refused")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("45001"));
    }

    @Test
    void aDeclaredConditionIsRaisedAndCaughtByName() throws Exception {
        create(function("RESERVE", "text", List.of(in("QTY", "integer")),
                block(ifThen("QTY > 10", raise(new Condition.Named("OUT_OF_STOCK"), null)), returnValue("'reserved'"))
                        .declare(condition("OUT_OF_STOCK", null))
                        .onError(new Condition.Named("OUT_OF_STOCK"), returnValue("'out of stock'"))));

        assertThat(one("SELECT reserve(1)")).isEqualTo("reserved");
        assertThat(one("SELECT reserve(11)")).isEqualTo("out of stock");
    }

    @Test
    void anExitHandlerKeepsTheChangesMadeBeforeTheFailingStatement() throws Exception {
        run("CREATE TABLE journal (entry text)");
        String sql = create(procedure("RECORD_STEPS", List.of(),
                block(execute("INSERT INTO JOURNAL VALUES ('before')"),
                        execute("INSERT INTO JOURNAL VALUES (CAST(1 / 0 AS VARCHAR(10)))"),
                        execute("INSERT INTO JOURNAL VALUES ('never')"))
                        .onError(ANY_ERROR, execute("INSERT INTO JOURNAL VALUES ('handled')"))));
        run("CALL record_steps()");

        // PL/pgSQL's EXCEPTION clause alone would also undo 'before'; Oracle, MySQL and T-SQL keep it
        assertThat(one("SELECT string_agg(entry, ',') FROM journal")).isEqualTo("before,handled");
        assertThat(sql).contains("EXIT ss_try");
    }

    @Test
    void aContinueHandlerGoesOnWithTheNextStatement() throws Exception {
        run("CREATE TABLE steps (entry text)");
        create(function("TRY_ALL", "integer", List.of(),
                block(execute("INSERT INTO STEPS VALUES ('a')"),
                        execute("INSERT INTO STEPS VALUES (CAST(1 / 0 AS VARCHAR(10)))"),
                        execute("INSERT INTO STEPS VALUES ('c')"),
                        returnValue("ERRORS"))
                        .declare(variable("ERRORS", "integer", "0"))
                        .continueOn(ANY_ERROR, assign("ERRORS", "ERRORS + 1"))));

        assertThat(one("SELECT try_all()")).isEqualTo("1");
        assertThat(one("SELECT string_agg(entry, ',') FROM steps")).isEqualTo("a,c");
    }

    @Test
    void aReRaisedErrorGoesToTheEnclosingHandlerOnce() throws Exception {
        run("CREATE TABLE trail (entry text)");
        create(procedure("NESTED_FAILURE", List.of(),
                block(execute("INSERT INTO TRAIL VALUES ('start')"),
                        block(execute("INSERT INTO TRAIL VALUES (CAST(1 / 0 AS VARCHAR(10)))"))
                                .onError(ANY_ERROR, execute("INSERT INTO TRAIL VALUES ('inner')"), reraise()).build(),
                        execute("INSERT INTO TRAIL VALUES ('skipped')"))
                        .onError(new Condition.SqlState("22012"), execute("INSERT INTO TRAIL VALUES ('outer')"))));
        run("CALL nested_failure()");

        assertThat(one("SELECT string_agg(entry, ',') FROM trail")).isEqualTo("start,inner,outer");
    }

    @Test
    void aNativeExceptionClauseIsUsedWhenTheBlockChangesNoData() throws Exception {
        String sql = create(function("SAFE_DIVIDE", "integer", List.of(in("A", "integer"), in("B", "integer")),
                block(returnValue("A / B")).onError(new Condition.SqlState("22012"), returnValue("0"))));

        assertThat(one("SELECT safe_divide(7, 0)")).isEqualTo("0");
        assertThat(sql).contains("EXCEPTION\n    WHEN SQLSTATE '22012' THEN\n        RETURN 0;").doesNotContain("ss_try");
    }
}

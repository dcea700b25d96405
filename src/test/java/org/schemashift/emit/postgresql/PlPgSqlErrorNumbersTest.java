package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.model.proc.Condition.Standard.ANY_ERROR;
import static org.schemashift.testing.ProcIr.*;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcOperators.HandledError;
import org.schemashift.model.proc.Statement;

/** Oracle's application errors (RAISE_APPLICATION_ERROR), exceptions bound to them, and SQLCODE, run on PostgreSQL. */
class PlPgSqlErrorNumbersTest extends PlPgSqlTestBase {

    @Test
    void anApplicationErrorReachesTheCallerAsItsOwnSqlstateWithTheMessage() throws Exception {
        create(procedure("REJECT_ORDER", List.of(in("QTY", "integer")),
                block(ifThen("QTY > 5", raise(new Condition.ErrorNumber(-20042), "'too many: ' || QTY")))));

        run("CALL reject_order(1)");
        assertThatThrownBy(() -> run("CALL reject_order(9)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("too many: 9")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("UE042"));
    }

    @Test
    void anExceptionBoundToAnApplicationErrorCatchesExactlyThatNumber() throws Exception {
        create(procedure("FAIL_WITH", List.of(in("N", "integer")),
                block(ifElse(List.of(when("N = 1", raise(new Condition.ErrorNumber(-20001), "'one'")),
                                when("N = 2", raise(new Condition.ErrorNumber(-20002), "'two'"))),
                        assign("N", "1 / 0")))));
        create(function("CLASSIFY", "text", List.of(in("N", "integer")),
                block(call("FAIL_WITH", "N"), returnValue("'no error'"))
                        .declare(exceptionInit("E_ONE", -20001), variable("MSG", "text"), variable("CODE", "integer"))
                        .onError(new Condition.Named("E_ONE"), assign(name("MSG"), handled(HandledError.MESSAGE)),
                                assign(name("CODE"), handled(HandledError.NUMBER)),
                                returnValue("'caught ' || CODE || ': ' || MSG"))
                        .onError(ANY_ERROR, assign(name("CODE"), handled(HandledError.NUMBER)), returnValue("'other: ' || CODE"))));

        assertThat(one("SELECT classify(1)")).isEqualTo("caught -20001: one");
        assertThat(one("SELECT classify(2)")).isEqualTo("other: -20002");
        assertThat(one("SELECT classify(3)")).isEqualTo("other: -1476");
    }

    @Test
    void sqlcodeIsOraclesNumberForNoDataUserExceptionsAndPredefinedErrors() throws Exception {
        run("CREATE TABLE codes (k integer PRIMARY KEY)");
        create(function("SQLCODE_OF", "integer", List.of(in("CASE_NO", "integer")),
                block(ifElse(List.of(when("CASE_NO = 1", selectInto("SELECT K FROM CODES WHERE K = -1", IntoRows.EXACTLY_ONE, "V")),
                                when("CASE_NO = 2", raise(new Condition.Named("E_MINE"), null)),
                                when("CASE_NO = 3", execute("INSERT INTO CODES VALUES (1), (1)"))),
                                assign("V", "CAST('x' AS INTEGER)")),
                        returnValue("0"))
                        .declare(variable("V", "integer"), condition("E_MINE", null), variable("CODE", "integer"))
                        .onError(ANY_ERROR, assign(name("CODE"), handled(HandledError.NUMBER)), returnValue("CODE"))));
        create(function("SQLCODE_OUTSIDE", "integer", List.of(), block(new Statement.Return(handled(HandledError.NUMBER), AT))));

        assertThat(one("SELECT sqlcode_of(1)")).as("NO_DATA_FOUND").isEqualTo("100");
        assertThat(one("SELECT sqlcode_of(2)")).as("a user exception").isEqualTo("1");
        assertThat(one("SELECT sqlcode_of(3)")).as("DUP_VAL_ON_INDEX").isEqualTo("-1");
        assertThat(one("SELECT sqlcode_of(4)")).as("INVALID_NUMBER").isEqualTo("-1722");
        assertThat(one("SELECT sqlcode_outside()")).as("no error being handled").isEqualTo("0");
    }

    @Test
    void anExceptionBoundToAnotherErrorNumberIsReported() throws Exception {
        create(function("BUSY_OR_NOT", "text", List.of(),
                block(raise(new Condition.Named("E_BUSY"), null), returnValue("'free'"))
                        .declare(exceptionInit("E_BUSY", -54))
                        .onError(new Condition.Named("E_BUSY"), returnValue("'busy'"))));

        assertThat(one("SELECT busy_or_not()")).isEqualTo("busy");
        assertThat(items.all()).anySatisfy(i -> assertThat(i.code()).isEqualTo(PostgresqlCode.PLPGSQL_ERROR_NUMBER_UNMAPPED));
    }
}


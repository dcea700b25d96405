package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.testing.ProcIr.*;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.RoutineTraits;
import org.schemashift.model.proc.Statement;

/** Routine signatures and traits run on PostgreSQL: declared lengths, precisions and scales, volatility, rights, autonomous transactions. */
class PlPgSqlSignaturesTest extends PlPgSqlTestBase {
    private static final RoutineTraits DETERMINISTIC = new RoutineTraits(true, RoutineTraits.Rights.INVOKER, false);

    @Test
    void aParameterWithPrecisionAndScaleRoundsOnEntryAndRejectsTooManyDigits() throws Exception {
        create(function("PRICE_TEXT", "text", List.of(in("AMOUNT", "numeric(5,2)")),
                block(returnValue("CAST(AMOUNT AS VARCHAR(20))"))));

        assertThat(one("SELECT price_text(1.005)")).isEqualTo("1.01");
        assertThat(one("SELECT price_text(2)")).isEqualTo("2.00");
        assertThatThrownBy(() -> one("SELECT price_text(1234.5)")).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22003"));
    }

    @Test
    void aStringParameterLongerThanItsLengthIsRejectedAndAnInOutOneRoundsToo() throws Exception {
        create(function("CODE_OF", "text", List.of(in("CODE", "varchar(3)")), block(returnValue("CODE || '!'"))));
        create(procedure("SCALE_UP", List.of(inout("X", "numeric(6,1)")), block(assign("X", "X * 10"))));

        assertThat(one("SELECT code_of('abc')")).isEqualTo("abc!");
        assertThatThrownBy(() -> one("SELECT code_of('abcd')")).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22001"));
        assertThat(one("CALL scale_up(1.26)")).as("1.26 is 1.3 on entry").isEqualTo("13.0");
    }

    @Test
    void aResultWithScaleOrLengthIsRoundedOrRejectedAsTheSourceDeclaresIt() throws Exception {
        create(function("THIRD", "numeric(8,2)", List.of(in("X", "numeric")), block(returnValue("X / 3"))));
        create(function("INITIALS", "varchar(2)", List.of(in("NAME", "text")), block(returnValue("NAME"))));

        assertThat(one("SELECT third(2)")).isEqualTo("0.67");
        assertThat(one("SELECT initials('AB')")).isEqualTo("AB");
        assertThatThrownBy(() -> one("SELECT initials('ABC')")).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22001"));
    }

    @Test
    void deterministicFunctionsAreImmutableOrStableByWhatTheirBodiesDo() throws Exception {
        run("CREATE TABLE rates (code text, rate numeric); INSERT INTO rates VALUES ('eur', 1.1)");
        create(withTraits(function("TWICE", "integer", List.of(in("X", "integer")), block(returnValue("X * 2"))), DETERMINISTIC));
        create(withTraits(function("RATE_OF", "numeric", List.of(in("C", "text")),
                block(selectInto("SELECT RATE FROM RATES WHERE CODE = C", IntoRows.EXACTLY_ONE, "R"), returnValue("R"))
                        .declare(variable("R", "numeric"))), DETERMINISTIC));
        create(withTraits(function("COUNTED", "integer", List.of(in("X", "integer")),
                block(execute("INSERT INTO RATES VALUES ('n', X)"), returnValue("X"))), DETERMINISTIC));

        assertThat(one("SELECT string_agg(proname || '=' || provolatile::text, ',' ORDER BY proname) FROM pg_proc"
                + " WHERE proname IN ('twice', 'rate_of', 'counted')")).isEqualTo("counted=v,rate_of=s,twice=i");
        assertThat(one("SELECT twice(21) + rate_of('eur')")).isEqualTo("43.1");
    }

    @Test
    void definerRightsLetACallerReadWhatOnlyTheOwnerMayAndAreReported() throws Exception {
        run("DO $$ BEGIN CREATE ROLE plpgsql_caller; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                + "CREATE TABLE payroll (salary integer); INSERT INTO payroll VALUES (100), (200);"
                + "REVOKE ALL ON payroll FROM PUBLIC; GRANT USAGE ON SCHEMA public TO plpgsql_caller");
        RoutineTraits definer = new RoutineTraits(false, RoutineTraits.Rights.DEFINER, false);
        RoutineTraits invoker = new RoutineTraits(false, RoutineTraits.Rights.INVOKER, false);
        create(withTraits(function("PAYROLL_TOTAL", "integer", List.of(),
                block(selectInto("SELECT SUM(SALARY) FROM PAYROLL", IntoRows.EXACTLY_ONE, "T"), returnValue("T"))
                        .declare(variable("T", "integer"))), definer));
        create(withTraits(function("PAYROLL_TOTAL_AS_CALLER", "integer", List.of(),
                block(selectInto("SELECT SUM(SALARY) FROM PAYROLL", IntoRows.EXACTLY_ONE, "T"), returnValue("T"))
                        .declare(variable("T", "integer"))), invoker));
        create(withTraits(procedure("CLOSE_DAY", List.of(), block(execute("INSERT INTO PAYROLL VALUES (0)"),
                transaction(Statement.TransactionAction.COMMIT, null))), definer));

        try {
            run("SET ROLE plpgsql_caller");
            assertThat(one("SELECT payroll_total()")).isEqualTo("300");
            assertThatThrownBy(() -> one("SELECT payroll_total_as_caller()")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        } finally {
            run("RESET ROLE");
        }
        run("CALL close_day()");
        assertThat(one("SELECT string_agg(proname || '=' || prosecdef || coalesce(array_to_string(proconfig, ''), ''), ','"
                + " ORDER BY proname) FROM pg_proc WHERE proname IN ('payroll_total', 'close_day')"))
                .isEqualTo("close_day=false,payroll_total=true" + "search_path=\"$user\", public");
        assertThat(items.all()).filteredOn(i -> i.code() == PostgresqlCode.DEFINER_RIGHTS).hasSize(2);
    }

    @Test
    void anAutonomousTransactionIsWrittenAndReportedWithItsAlternative() throws Exception {
        run("CREATE TABLE error_log (message text)");
        create(withTraits(procedure("LOG_ERROR", List.of(in("MSG", "text")), block(execute("INSERT INTO ERROR_LOG VALUES (MSG)"),
                transaction(Statement.TransactionAction.COMMIT, null))), new RoutineTraits(false, RoutineTraits.Rights.INVOKER, true)));
        run("CALL log_error('disk full')");

        assertThat(one("SELECT message FROM error_log")).isEqualTo("disk full");
        assertThat(items.all()).anySatisfy(i -> assertThat(i.message()).contains("dblink_exec").contains("log_error_autonomous(%L)', msg)"));
    }

    @Test
    void aFunctionWithOutParametersAndAResultReturnsBothAsARow() throws Exception {
        create(function("SPLIT_EVENLY", "integer", List.of(in("TOTAL", "integer"), in("PARTS", "integer"), out("REST", "integer")),
                block(assign("REST", "MOD(TOTAL, PARTS)"), returnValue("TOTAL / PARTS"))));
        create(function("SPLIT_TEXT", "text", List.of(in("TOTAL", "integer")),
                block(dynamic("'SELECT rest, return_value FROM split_evenly($1, 4)'", List.of("TOTAL"), IntoRows.EXACTLY_ONE,
                                "LEFT_OVER", "SHARE"), returnValue("SHARE || ' r ' || LEFT_OVER"))
                        .declare(variable("SHARE", "integer"), variable("LEFT_OVER", "integer"))));

        assertThat(row("SELECT rest, return_value FROM split_evenly(10, 3)")).containsExactly("1", "3");
        assertThat(one("SELECT split_text(11)")).isEqualTo("2 r 3");
        assertThat(items.all()).anySatisfy(i -> assertThat(i.code()).isEqualTo(PostgresqlCode.FUNCTION_RESULT_AS_COLUMN));
    }

    @Test
    void aProcedureIsCalledWithNamedArgumentsDefaultsAndAnOutVariable() throws Exception {
        create(procedure("PRICE_LINE", List.of(in("BASE", "integer"), new Parameter("QTY", ParameterMode.IN, type("integer"), expr("1"), AT),
                        new Parameter("FACTOR", ParameterMode.IN, type("integer"), expr("10"), AT), out("TOTAL", "integer")),
                block(assign("TOTAL", "BASE * QTY * FACTOR"))));
        create(function("TWO_PRICES", "text", List.of(),
                block(new Statement.Call(name("PRICE_LINE"), List.of(new Argument("BASE", expr("5")), new Argument("FACTOR", expr("2")),
                                new Argument("TOTAL", expr("FIRST_PRICE"))), AT),
                        call("PRICE_LINE", "3", "2", "1", "SECOND_PRICE"),
                        returnValue("FIRST_PRICE || ',' || SECOND_PRICE"))
                        .declare(variable("FIRST_PRICE", "integer"), variable("SECOND_PRICE", "integer"))));

        assertThat(one("SELECT two_prices()")).isEqualTo("10,6");
    }
}

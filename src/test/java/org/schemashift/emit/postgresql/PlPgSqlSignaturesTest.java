package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.testing.ProcIr.*;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routine signatures run on PostgreSQL: declared lengths, precisions and scales of parameters and results. */
class PlPgSqlSignaturesTest extends PlPgSqlTestBase {

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
}

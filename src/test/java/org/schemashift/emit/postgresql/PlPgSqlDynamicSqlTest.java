package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Statement;

/** Oracle's EXECUTE IMMEDIATE and OPEN ... FOR with bind placeholders, written as PL/pgSQL and run. */
class PlPgSqlDynamicSqlTest extends PlPgSqlTestBase {

    @Test
    void namedPlaceholdersBindByPositionEvenWhenANameRepeats() throws Exception {
        run("CREATE TABLE stock (id integer, qty integer); INSERT INTO stock VALUES (1, 5), (2, 7)");
        create(function("RESTOCK", "text", List.of(in("P_ID", "integer"), in("P_QTY", "integer")),
                block(dynamic("'UPDATE stock SET qty = qty + :q WHERE id = :id'", List.of("P_QTY", "P_ID"), IntoRows.EXACTLY_ONE),
                        dynamic("'SELECT :a * 10 + :a'", List.of("1", "2"), IntoRows.EXACTLY_ONE, "PAIR"),
                        dynamic("'SELECT qty FROM ' || TABLE_NAME || ' WHERE id = :1'", List.of("P_ID"), IntoRows.EXACTLY_ONE, "NOW_QTY"),
                        returnValue("NOW_QTY || '/' || PAIR"))
                        .declare(variable("NOW_QTY", "integer"), variable("PAIR", "integer"), variable("TABLE_NAME", "text", "'stock'"))));

        // Oracle binds a SQL statement's placeholders by position: :a twice takes two arguments
        assertThat(one("SELECT restock(2, 3)")).isEqualTo("10/12");
    }

    @Test
    void quotedTextAndCastsKeepTheirColonsAndACallBindsARepeatedNameOnce() throws Exception {
        run("CREATE TABLE sums (total integer)");
        create(procedure("PUT_SUM", List.of(in("A", "integer"), in("B", "integer")), block(execute("INSERT INTO SUMS VALUES (A + B)"))));
        create(function("LABELLED", "text", List.of(in("N", "integer")),
                block(dynamic("'SELECT :n::text || '':kept'' || \":odd\"' || ' FROM (SELECT 1 AS \":odd\") AS t'", List.of("N"),
                                IntoRows.EXACTLY_ONE, "OUTCOME"),
                        dynamic("'CALL put_sum(:x, :x)'", List.of("N"), IntoRows.EXACTLY_ONE),
                        returnValue("OUTCOME"))
                        .declare(variable("OUTCOME", "text"))));

        assertThat(one("SELECT labelled(4)")).isEqualTo("4:kept1");
        assertThat(one("SELECT total FROM sums")).isEqualTo("8");
    }

    @Test
    void dynamicDmlReturnsIntoTheTargetsOfItsReturningClause() throws Exception {
        run("CREATE TABLE counters (id integer, hits integer); INSERT INTO counters VALUES (1, 0), (2, 40)");
        create(function("HIT", "integer", List.of(in("P_ID", "integer")),
                block(dynamic("'UPDATE counters SET hits = hits + :step WHERE id = :id RETURNING hits INTO :new_hits'",
                                List.of("2", "P_ID"), IntoRows.FIRST_ROW, "NEW_HITS"),
                        returnValue("NEW_HITS"))
                        .declare(variable("NEW_HITS", "integer"))));

        assertThat(one("SELECT hit(2)")).isEqualTo("42");
        assertThat(one("SELECT coalesce(hit(9), -1)")).as("no row: NULL, as Oracle's DML RETURNING INTO").isEqualTo("-1");
    }

    @Test
    void aCursorOpenedForDynamicSqlBindsItsPlaceholders() throws Exception {
        run("CREATE TABLE levels (n integer); INSERT INTO levels VALUES (1), (2), (3)");
        create(function("SUM_ABOVE", "integer", List.of(in("LOW", "integer")),
                block(new Statement.Open("R", List.of(), new QuerySource.Dynamic(expr("'SELECT n FROM levels WHERE n > :low'"),
                                List.of(expr("LOW"))), AT),
                        loop(fetch("R", "V"), exitWhen("V IS NULL"), assign("TOTAL", "TOTAL + V"), assign("V", "NULL")),
                        close("R"),
                        returnValue("TOTAL"))
                        .declare(variable("R", new ProcType.CursorReference()), variable("V", "integer"),
                                variable("TOTAL", "integer", "0"))));

        assertThat(one("SELECT sum_above(1)")).isEqualTo("5");
    }

    @Test
    void hiddenPlaceholdersDdlAndPlSqlBlocksAreReported() throws Exception {
        String sql = create(procedure("DYNAMIC_MIX", List.of(in("STMT", "text")),
                block(dynamic("STMT", List.of("1"), IntoRows.EXACTLY_ONE),
                        dynamic("'CREATE TABLE made_at_run_time (id integer)'", List.of(), IntoRows.EXACTLY_ONE),
                        dynamic("'BEGIN log_it(:1); END;'", List.of("2"), IntoRows.EXACTLY_ONE))));
        run("CALL dynamic_mix('SELECT $1')");

        assertThat(one("SELECT count(*) FROM made_at_run_time")).isEqualTo("0");
        assertThat(sql).contains("-- EXECUTE IMMEDIATE 'BEGIN log_it($1); END;' USING 2;");
        assertThat(items.all()).extracting(i -> i.code().code()).contains("SS-PG-0603", "SS-PG-0604", "SS-PG-0601");
    }
}

package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.model.proc.ProcOperators.CollectionMethod.COUNT;
import static org.schemashift.model.proc.ProcOperators.CursorAttribute.NOT_FOUND;
import static org.schemashift.model.proc.ProcOperators.CursorAttribute.ROW_COUNT;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcType;

/** Oracle's BULK COLLECT written as PL/pgSQL and run: every row into arrays, in order, and batches of a cursor. */
class PlPgSqlBulkCollectTest extends PlPgSqlTestBase {

    @Test
    void selectBulkCollectFillsOneArrayPerColumnInQueryOrderAndEmptyArraysWithoutRows() throws Exception {
        run("CREATE TABLE staff (id integer, name text); INSERT INTO staff VALUES (3, 'Cy'), (1, 'Al'), (2, 'Bo')");
        create(function("STAFF_LIST", "text", List.of(in("MIN_ID", "integer")),
                block(selectInto("SELECT ID, NAME FROM STAFF WHERE ID >= MIN_ID ORDER BY NAME DESC", IntoRows.ALL_ROWS, "IDS", "NAMES"),
                        assign(expr("FOUND_ROWS"), attribute(ROW_COUNT, null)),
                        assign(expr("N"), method(COUNT, "NAMES")),
                        returnValue("N || ':' || FOUND_ROWS || ':' || array_to_string(IDS, ',') || ':' || array_to_string(NAMES, ',')"))
                        .declare(tableOf("ID_LIST", "integer"), tableOf("NAME_LIST", "text"),
                                variableOf("IDS", "ID_LIST"), variableOf("NAMES", "NAME_LIST"),
                                variable("N", "integer"), variable("FOUND_ROWS", "integer"))));

        assertThat(one("SELECT staff_list(1)")).isEqualTo("3:3:3,2,1:Cy,Bo,Al");
        assertThat(one("SELECT staff_list(9)")).as("no row: empty collections, COUNT 0").isEqualTo("0:0::");
    }

    @Test
    void dmlReturningAndDynamicSqlCollectEveryRow() throws Exception {
        run("CREATE TABLE queue (id integer, done boolean); INSERT INTO queue VALUES (1, true), (2, false), (3, true)");
        create(function("PURGE_DONE", "text", List.of(in("LIMIT_ID", "integer")),
                block(returningAllInto("DELETE FROM QUEUE WHERE DONE", List.of("ID"), "GONE"),
                        assign(expr("DELETED"), attribute(ROW_COUNT, null)),
                        dynamic("'SELECT id FROM queue WHERE id <= $1'", List.of("LIMIT_ID"), IntoRows.ALL_ROWS, "LEFT_IDS"),
                        returnValue("DELETED || '/' || array_to_string(GONE, ',') || '/' || array_to_string(LEFT_IDS, ',')"))
                        .declare(tableOf("IDS", "integer"), variableOf("GONE", "IDS"), variableOf("LEFT_IDS", "IDS"),
                                variable("DELETED", "integer"))));

        assertThat(one("SELECT purge_done(5)")).isEqualTo("2/1,3/2");
    }

    @Test
    void oneCollectionOfRowsTakesWholeRows() throws Exception {
        run("CREATE TABLE points (x integer, y integer); INSERT INTO points VALUES (1, 10), (2, 20)");
        create(function("SUM_OF_Y", "integer", List.of(),
                block(selectInto("SELECT * FROM POINTS ORDER BY X", IntoRows.ALL_ROWS, "PTS"),
                        forRange("I", "1", "2", assign("TOTAL", "TOTAL + PTS[I].Y")),
                        returnValue("TOTAL"))
                        .declare(tableOf("POINT_LIST", new ProcType.Anchored(List.of("POINTS"), ProcType.Anchor.ROWTYPE, null)),
                                variableOf("PTS", "POINT_LIST"), variable("TOTAL", "integer", "0"))));

        create(function("Y_OF_LAST_BATCH", "integer", List.of(),
                block(open("C"), bulkFetch("C", "5", "PTS"), close("C"), returnValue("PTS[cardinality(PTS)].Y"))
                        .declare(tableOf("POINT_LIST", new ProcType.Anchored(List.of("POINTS"), ProcType.Anchor.ROWTYPE, null)),
                                variableOf("PTS", "POINT_LIST"), cursor("C", "SELECT * FROM POINTS ORDER BY X"))));

        assertThat(one("SELECT sum_of_y()")).isEqualTo("30");
        assertThat(one("SELECT y_of_last_batch()")).as("FETCH BULK COLLECT of whole rows").isEqualTo("20");
    }

    @Test
    void fetchBulkCollectWithLimitReadsBatchesUntilTheCollectionIsEmpty() throws Exception {
        run("CREATE TABLE readings (v integer); INSERT INTO readings SELECT g FROM generate_series(1, 5) g");
        create(function("BATCH_SIZES", "text", List.of(),
                block(open("C"),
                        loop(bulkFetch("C", "2", "VALS"),
                                exitWhen(SqlStdOperatorTable.EQUALS.createCall(SqlParserPos.ZERO, method(COUNT, "VALS"), expr("0"))),
                                assign("SIZES", "SIZES || CAST(cardinality(VALS) AS VARCHAR(5)) || ' '")),
                        close("C"),
                        returnValue("SIZES"))
                        .declare(tableOf("INTS", "integer"), variableOf("VALS", "INTS"), variable("SIZES", "text", "''"),
                                cursor("C", "SELECT V FROM READINGS ORDER BY V"))));

        assertThat(one("SELECT batch_sizes()")).isEqualTo("2 2 1 ");
    }

    @Test
    void notFoundAfterABatchSaysTheRowsRanOutBeforeTheLimit() throws Exception {
        run("CREATE TABLE items (v integer); INSERT INTO items SELECT g FROM generate_series(1, 4) g");
        create(function("TOTAL_IN_BATCHES", "text", List.of(in("BATCH", "integer")),
                block(open("C"),
                        loop(bulkFetch("C", "BATCH", "VALS"),
                                forRange("I", "1", "cardinality(VALS)", assign("TOTAL", "TOTAL + VALS[I]")),
                                exitWhen(attribute(NOT_FOUND, "C"))),
                        assign(expr("FETCHED"), attribute(ROW_COUNT, "C")),
                        close("C"),
                        returnValue("TOTAL || '/' || FETCHED"))
                        .declare(tableOf("INTS", "integer"), variableOf("VALS", "INTS"), variable("TOTAL", "integer", "0"),
                                variable("FETCHED", "integer"), cursor("C", "SELECT V FROM ITEMS ORDER BY V"))));
        create(function("FETCH_ALL_AT_ONCE", "integer", List.of(),
                block(open("C"), bulkFetch("C", null, "VALS"), close("C"), returnValue("cardinality(VALS)"))
                        .declare(tableOf("INTS", "integer"), variableOf("VALS", "INTS"), cursor("C", "SELECT V FROM ITEMS"))));

        // the last, partial batch is processed, then %NOTFOUND ends the loop; a full last batch needs one more empty fetch
        assertThat(one("SELECT total_in_batches(3)")).isEqualTo("10/4");
        assertThat(one("SELECT total_in_batches(2)")).isEqualTo("10/4");
        assertThat(one("SELECT fetch_all_at_once()")).isEqualTo("4");
    }
}

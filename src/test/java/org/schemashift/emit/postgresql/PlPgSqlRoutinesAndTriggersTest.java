package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Expr;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.Statement.TransactionAction;
import org.schemashift.model.proc.Unsupported;

/** Parameters, calls, triggers, transaction control and what cannot be converted, run on PostgreSQL. */
class PlPgSqlRoutinesAndTriggersTest extends PlPgSqlTestBase {

    @Test
    void outParametersArePassedBackToTheCaller() throws Exception {
        create(procedure("SPLIT_AMOUNT", List.of(in("TOTAL", "integer"), in("PARTS", "integer"), out("SHARE", "integer"),
                        out("REMAINDER", "integer")),
                block(assign("SHARE", "TOTAL / PARTS"), assign("REMAINDER", "MOD(TOTAL, PARTS)"))));
        create(procedure("DOUBLE_IT", List.of(inout("X", "integer")), block(assign("X", "X * 2"))));

        assertThat(row("CALL split_amount(10, 3, NULL, NULL)")).containsExactly("3", "1");
        assertThat(one("CALL double_it(21)")).isEqualTo("42");
    }

    @Test
    void aRoutineCallsAProcedureAndReadsItsOutParameters() throws Exception {
        create(procedure("MIN_MAX", List.of(in("A", "integer"), in("B", "integer"), out("LO", "integer"), out("HI", "integer")),
                block(assign("LO", "LEAST(A, B)"), assign("HI", "GREATEST(A, B)"))));
        create(function("SPAN_OF", "integer", List.of(in("A", "integer"), in("B", "integer")),
                block(call("MIN_MAX", "A", "B", "L", "H"), returnValue("H - L"))
                        .declare(variable("L", "integer"), variable("H", "integer"))));

        assertThat(one("SELECT span_of(9, 4)")).isEqualTo("5");
    }

    @Test
    void triggersReadAndChangeTheNewAndOldRows() throws Exception {
        run("CREATE TABLE accounts (id integer PRIMARY KEY, balance integer, changes integer DEFAULT 0);"
                + "CREATE TABLE account_audit (account_id integer, old_balance integer, new_balance integer)");
        create(new Trigger(ObjectName.of("COUNT_CHANGES"), ObjectName.of("ACCOUNTS"), "BEFORE", List.of("UPDATE"), true, null,
                body(block(assign(name("NEW.CHANGES"),
                        SqlStdOperatorTable.PLUS.createCall(SqlParserPos.ZERO, name("OLD.CHANGES"), expr("1"))))), AT));
        create(new Trigger(ObjectName.of("AUDIT_BALANCE"), ObjectName.of("ACCOUNTS"), "AFTER", List.of("UPDATE", "DELETE"), true,
                null, body(block(execute("INSERT INTO ACCOUNT_AUDIT VALUES (\"OLD\".ID, \"OLD\".BALANCE, \"NEW\".BALANCE)"))), AT));
        create(new Trigger(ObjectName.of("KEEP_OPEN_ACCOUNTS"), ObjectName.of("ACCOUNTS"), "BEFORE", List.of("DELETE"), true,
                new Expr(expr("\"OLD\".BALANCE > 0"), "OLD.BALANCE > 0"),
                body(block(returnValue("NULL"))), AT));
        run("INSERT INTO accounts (id, balance) VALUES (1, 100), (2, 0);"
                + "UPDATE accounts SET balance = balance + 5 WHERE id = 1; UPDATE accounts SET balance = balance - 1 WHERE id = 1;"
                + "DELETE FROM accounts");

        assertThat(one("SELECT changes || '/' || balance FROM accounts WHERE id = 1")).isEqualTo("2/104");
        assertThat(one("SELECT count(*) FROM accounts WHERE id = 2")).as("a BEFORE DELETE trigger that ends lets the delete happen")
                .isEqualTo("0");
        assertThat(one("SELECT string_agg(account_id || ':' || old_balance || '>' || coalesce(new_balance::text, '-'), ','"
                + " ORDER BY old_balance DESC) FROM account_audit")).isEqualTo("1:105>104,1:100>105,2:0>-");
    }

    @Test
    void aBeforeRowTriggerThatReturnsEarlyStillWritesTheRow() throws Exception {
        run("CREATE TABLE labels (id integer, label text)");
        create(new Trigger(ObjectName.of("NAME_LABELS"), ObjectName.of("LABELS"), "BEFORE", List.of("INSERT", "UPDATE"), true,
                null, body(block(ifThen("\"NEW\".LABEL IS NOT NULL", returnNothing()),
                        assign(name("NEW.LABEL"), expr("'label ' || \"NEW\".ID")))), AT));
        run("INSERT INTO labels VALUES (1, NULL), (2, 'kept')");

        assertThat(one("SELECT string_agg(label, ',' ORDER BY id) FROM labels")).isEqualTo("label 1,kept");
    }

    @Test
    void commitWorksInAProcedureAndSavepointsAreReported() throws Exception {
        run("CREATE TABLE batches (n integer)");
        String sql = create(procedure("LOAD_BATCHES", List.of(),
                block(forRange("I", "1", "3", execute("INSERT INTO BATCHES VALUES (I)"),
                        transaction(TransactionAction.COMMIT, null)),
                        transaction(TransactionAction.SAVEPOINT, "BEFORE_CLEANUP"))));
        run("CALL load_batches()");

        assertThat(one("SELECT count(*) FROM batches")).isEqualTo("3");
        assertThat(sql).contains("        COMMIT;\n", "-- [SS-PG-0601] PL/pgSQL has no savepoints", "-- SAVEPOINT BEFORE_CLEANUP;");
        assertThat(items.all()).extracting(i -> i.code()).containsExactly(PostgresqlCode.PLPGSQL_NOT_EXPRESSIBLE);
    }

    @Test
    void anUnsupportedStatementStaysInTheBodyCommentedOutWithAnItem() throws Exception {
        SourceSpan gotoLine = new SourceSpan("pkg.sql", 12, 5);
        String sql = create(function("RETRYING", "integer", List.of(),
                block(assign("TRIES", "TRIES + 1"),
                        new Unsupported("GOTO retry;", gotoLine, "GOTO is not converted"),
                        returnValue("TRIES"))
                        .declare(variable("TRIES", "integer", "0"))));

        assertThat(sql).contains("""
                    tries := tries + 1;
                    -- [SS-GEN-0018] GOTO is not converted
                    -- GOTO retry;
                    RETURN tries;
                """);
        assertThat(items.all()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo(GeneralCode.PROCEDURAL_NOT_CONVERTED);
            assertThat(item.span()).isEqualTo(gotoLine);
            assertThat(item.message()).isEqualTo("GOTO is not converted");
        });
        assertThat(one("SELECT retrying()")).as("the rest of the routine still runs").isEqualTo("1");
    }

    @Test
    void outputBecomesANotice() throws Exception {
        String sql = create(procedure("GREET", List.of(in("WHO", "text")), block(output("'hello ' || WHO"))));

        assertThat(sql).contains("RAISE NOTICE '%', 'hello ' || who;");
        try (java.sql.Statement call = db.createStatement()) {
            call.execute("CALL greet('world')");
            assertThat(call.getWarnings().getMessage()).isEqualTo("hello world");
        }
    }

    @Test
    void selectIntoStrictStaysStrictForOracleAndIsExactForMysql() throws Exception {
        run("CREATE TABLE twins (id integer); INSERT INTO twins VALUES (1), (1)");
        create(function("TWIN_ORACLE", "text", List.of(),
                block(selectInto("SELECT ID FROM TWINS", IntoRows.EXACTLY_ONE, "V"), returnValue("'one'"))
                        .declare(variable("V", "integer"))));

        assertThatThrownBy(() -> one("SELECT twin_oracle()"))
                .hasMessageContaining("more than one row");
    }

    @Test
    void declarationsAndHandlersPlPgSqlLacksAreReportedWhileTheRestRuns() throws Exception {
        String sql = create(function("COLLECT", "integer", List.of(),
                block(assign("VALUES_SEEN", "ARRAY[3, 4]"),
                        transaction(TransactionAction.COMMIT, null),
                        returnValue("CARDINALITY(VALUES_SEEN)"))
                        .declare(new Declaration.CollectionType("NUMBER_LIST", type("integer"), null, null, AT),
                                variable("VALUES_SEEN", new ProcType.Named(List.of("NUMBER_LIST"))),
                                new Declaration.RecordType("PAIR", List.of(new ProcType.Field("A", type("integer"))), AT),
                                new Declaration.CollectionType("BY_NAME", new ProcType.Named(List.of("PAIR")), type("text"), null, AT),
                                new Declaration.Subprogram("HELPER", new RoutineSignature(List.of(), null), null, AT))
                        .handler(Handler.Kind.EXIT, Condition.Standard.WARNING, returnValue("-1"))
                        .handler(Handler.Kind.EXIT, new Condition.ErrorNumber(1062), returnValue("-2"))));

        assertThat(one("SELECT collect()")).isEqualTo("2");
        assertThat(sql).contains("values_seen integer[];", "-- [SS-PG-0601] PL/pgSQL declares no types in a block",
                "-- [SS-PG-0601] COMMIT is allowed only in a PostgreSQL procedure", "-- handler not written, its body was:",
                "-- RETURN -1;");
        assertThat(items.all()).extracting(i -> i.message()).containsExactlyInAnyOrder(
                "PL/pgSQL cannot catch warnings",
                "PL/pgSQL cannot catch the source's error number 1062 (no SQLSTATE is known for it)",
                "COMMIT is allowed only in a PostgreSQL procedure",
                "PL/pgSQL declares no types in a block: variables of PAIR are written as record, which takes its fields from the row"
                        + " a SELECT INTO or FETCH puts in it; where a field is assigned first, create PAIR as a composite type"
                        + " (CREATE TYPE ... AS) and declare them with it",
                "an associative array of record rows (INDEX BY text) has no PL/pgSQL equivalent when its rows have no composite"
                        + " type (a block's record type, a cursor's row): create one (CREATE TYPE ... AS) for the array's jsonb values"
                        + " to be read back into",
                "PL/pgSQL has no nested subprograms: create HELPER as a routine of its own");
    }
}

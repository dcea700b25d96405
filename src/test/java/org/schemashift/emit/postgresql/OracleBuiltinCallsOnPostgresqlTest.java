package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.convert.MappingRules;
import org.schemashift.convert.proc.BuiltinCalls;
import org.schemashift.model.proc.Statement;

/**
 * Oracle supplied procedures called as statements, rewritten by {@link BuiltinCalls}, emitted as
 * PL/pgSQL, created with function bodies checked and run: DBMS_LOB's IN OUT LOB argument becomes
 * an assignment, DBMS_LOCK.SLEEP a PERFORM, DBMS_OUTPUT.ENABLE nothing at all.
 */
class OracleBuiltinCallsOnPostgresqlTest extends PlPgSqlTestBase {
    private final BuiltinCalls builtins = BuiltinCalls.load("oracle", MappingRules.load("oracle", "postgresql", null).functions());

    private Statement rewritten(Statement.Call call) {
        return builtins.rewrite(call, items);
    }

    @Test
    void lobProceduresChangeTheirInOutArgument() throws Exception {
        create(function("EDIT_DOC", "text", List.of(in("SEED", "text")), block(
                rewritten(call("DBMS_LOB.CREATETEMPORARY", "DOC", "TRUE")),
                rewritten(call("DBMS_LOB.OPEN", "DOC", "DBMS_LOB.LOB_READWRITE")),
                rewritten(call("DBMS_LOB.APPEND", "DOC", "SEED")),
                rewritten(call("DBMS_LOB.WRITEAPPEND", "DOC", "3", "'xyz-ignored'")),
                rewritten(call("DBMS_LOB.COPY", "DOC", "'AB'", "2", "2")),
                rewritten(call("DBMS_LOB.TRIM", "DOC", "5")),
                rewritten(call("DBMS_LOB.CLOSE", "DOC")),
                returnValue("DOC")).declare(variable("DOC", "text"))));

        // '' -> 'hello' -> 'helloxyz' -> 'hABloxyz' -> 'hABlo'
        assertThat(one("SELECT edit_doc('hello')")).isEqualTo("hABlo");
    }

    @Test
    void aFreedTemporaryLobIsNull() throws Exception {
        create(function("FREED", "text", List.of(), block(
                rewritten(call("DBMS_LOB.CREATETEMPORARY", "DOC", "TRUE", "DBMS_LOB.SESSION")),
                rewritten(call("DBMS_LOB.FREETEMPORARY", "DOC")),
                returnValue("COALESCE(DOC, 'freed')")).declare(variable("DOC", "text"))));

        assertThat(one("SELECT freed()")).isEqualTo("freed");
    }

    @Test
    void sleepAndModuleAreRunForTheirEffect() throws Exception {
        String sql = create(procedure("PAUSE_AND_NAME", List.of(), block(
                rewritten(call("DBMS_OUTPUT.ENABLE", "1000000")),
                rewritten(call("DBMS_LOCK.SLEEP", "0.2")),
                rewritten(call("DBMS_APPLICATION_INFO.SET_MODULE", "'nightly load'", "NULL")))));

        assertThat(sql).contains("PERFORM pg_sleep(0.2);").contains("PERFORM set_config('application_name', 'nightly load', FALSE);");
        long started = System.nanoTime();
        run("CALL pause_and_name()");
        assertThat(System.nanoTime() - started).isGreaterThan(200_000_000L);
        assertThat(one("SELECT current_setting('application_name')")).isEqualTo("nightly load");
    }
}

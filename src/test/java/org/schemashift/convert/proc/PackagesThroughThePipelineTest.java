package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.convert.proc.OracleCodeOnPostgres.oracle;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageDef;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.oracle.OracleCode;

/**
 * Packages from catalog to schema.sql: a schema per package, every subprogram a routine in it,
 * package state that lives for the session; run on PostgreSQL in one session across calls.
 */
class PackagesThroughThePipelineTest {

    private static final Routine BUMP = procedure("BUMP", List.of(in("AMOUNT", oracle("NUMBER"))), block(assign("N", "N + AMOUNT")));
    private static final Routine CURRENT = function("CURRENT_VALUE", oracle("NUMBER"), List.of(), block(returnValue("N")));
    private static final Routine RESET = procedure("RESET", List.of(), block(assign("COUNTER.N", "NULL")));
    private static final Routine IS_UNSET = function("IS_UNSET", oracle("NUMBER"), List.of(),
            block(ifThen("N IS NULL", returnValue("1")), returnValue("0")));
    private static final Routine LOAD = procedure("LOAD", List.of(),
            block(selectInto("SELECT COUNT(*) FROM items", IntoRows.EXACTLY_ONE, "N")));
    private static final Routine INITS = function("INITS", oracle("NUMBER"), List.of(), block(returnValue("INIT_RUNS")));

    /** COUNTER: N starts at 10, the initialisation section counts its runs; a spec, then a body. */
    private static SchemaChange[] counter() {
        PackageDef spec = new PackageDef(ObjectName.of("COUNTER"), List.of(variable("N", oracle("NUMBER"), "10"),
                header(BUMP), header(CURRENT), header(RESET), header(IS_UNSET), header(LOAD), header(INITS)), List.of(), null, AT);
        PackageDef body = new PackageDef(ObjectName.of("COUNTER"), List.of(), List.of(variable("INIT_RUNS", oracle("NUMBER"), "0"),
                member(BUMP), member(CURRENT), member(RESET), member(IS_UNSET), member(LOAD), member(INITS)),
                block(assign("INIT_RUNS", "INIT_RUNS + 1")).build(), AT);
        return new SchemaChange[] {new SchemaChange.CreatePackage(spec), new SchemaChange.CreatePackage(body)};
    }

    @Test
    void packageStateIsWrittenInOneCallAndReadInTheNext() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl("CREATE TABLE items (id NUMBER(10));\n").code(counter())) {
            code.apply();

            assertThat(code.one("SELECT counter.current_value()")).isEqualTo("10");
            code.run("CALL counter.bump(5)");
            code.run("CALL counter.bump(1)");
            assertThat(code.one("SELECT counter.current_value()")).isEqualTo("16");
            assertThat(code.one("SELECT counter.inits()")).as("the initialisation section runs once per session").isEqualTo("1");
            assertThat(code.itemsWith(OracleCode.PACKAGE_STATE_IN_SETTINGS.code())).hasSize(1);
            assertThat(code.codes()).doesNotContain(GeneralCode.DUPLICATE_OBJECT.code());
        }
    }

    @Test
    void aPackageVariableIsSetToNullAndTestedForNull() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl("CREATE TABLE items (id NUMBER(10));\n").code(counter())) {
            code.apply();

            assertThat(code.one("SELECT counter.is_unset()")).isEqualTo("0");
            code.run("CALL counter.reset()");
            assertThat(code.one("SELECT counter.is_unset()")).isEqualTo("1");
            assertThat(code.one("SELECT counter.current_value() IS NULL")).isEqualTo("t");
        }
    }

    @Test
    void selectIntoAPackageVariable() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl("CREATE TABLE items (id NUMBER(10));\n").code(counter())) {
            code.apply();
            code.run("INSERT INTO items VALUES (1), (2), (3)");

            code.run("CALL counter.load()");
            assertThat(code.one("SELECT counter.current_value()")).isEqualTo("3");
        }
    }

    @Test
    void codeOutsideThePackageReadsItsStateAndCallsItsRoutines() throws Exception {
        Routine report = function("REPORT", oracle("VARCHAR2(40)"), List.of(),
                block(call("COUNTER.BUMP", "2"), returnValue("'at ' || COUNTER.N || ' of ' || COUNTER.CURRENT_VALUE")));
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl("CREATE TABLE items (id NUMBER(10));\n")
                .code(counter()).code(new SchemaChange.CreateRoutine(report))) {
            code.apply();

            assertThat(code.one("SELECT report()")).isEqualTo("at 12 of 12");
        }
    }

    @Test
    void aPackageRecordTypeIsACompositeTypeAndARecordIsPackageState() throws Exception {
        ProcType pair = new ProcType.Named(List.of("PAIR"));
        Routine remember = procedure("REMEMBER", List.of(in("X", oracle("NUMBER"))),
                block(assign("P.A", "X"), assign("P.B", "'v' || X"), assign("LAST_PAIR", "P")).declare(variable("P", pair)));
        Routine lastB = function("LAST_B", oracle("VARCHAR2(10)"), List.of(),
                block(assign("P", "LAST_PAIR"), returnValue("P.B")).declare(variable("P", pair)));
        PackageDef memory = new PackageDef(ObjectName.of("MEMORY"), List.of(
                new Declaration.RecordType("PAIR", List.of(new ProcType.Field("A", oracle("NUMBER")),
                        new ProcType.Field("B", oracle("VARCHAR2(10)"))), AT),
                variable("LAST_PAIR", pair), header(remember), header(lastB)), List.of(member(remember), member(lastB)), null, AT);
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(new SchemaChange.CreatePackage(memory))) {
            code.apply();

            assertThat(code.one("SELECT memory.last_b() IS NULL")).isEqualTo("t");
            code.run("CALL memory.remember(5)");
            assertThat(code.one("SELECT memory.last_b()")).isEqualTo("v5");
            assertThat(code.one("SELECT (memory.last_pair__get()).a")).isEqualTo("5");
        }
    }

    @Test
    void anOutArgumentAndAPackageCursorServeThePackagesRoutines() throws Exception {
        Routine countItems = procedure("COUNT_ITEMS", List.of(out("HOW_MANY", oracle("NUMBER"))),
                block(assign("HOW_MANY", "0"), forCursor("R", "ALL_ITEMS", assign("HOW_MANY", "HOW_MANY + R.ID"))));
        Routine refresh = procedure("REFRESH", List.of(), block(call("COUNT_ITEMS", "TOTAL")));
        Routine total = function("TOTAL_NOW", oracle("NUMBER"), List.of(), block(returnValue("TOTAL")));
        PackageDef stock = new PackageDef(ObjectName.of("STOCK"), List.of(variable("TOTAL", oracle("NUMBER")),
                cursor("ALL_ITEMS", "SELECT id FROM items"), header(refresh), header(total)),
                List.of(member(countItems), member(refresh), member(total)), null, AT);
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl("CREATE TABLE items (id NUMBER(10));\n")
                .code(new SchemaChange.CreatePackage(stock))) {
            code.apply();
            code.run("INSERT INTO items VALUES (2), (5)");

            code.run("CALL stock.refresh()");
            assertThat(code.one("SELECT stock.total_now()")).as("a private procedure's OUT argument stored in package state")
                    .isEqualTo("7");
        }
    }

    @Test
    void aPackageNamedLikeASchemaGetsASchemaOfItsOwn() throws Exception {
        Routine hello = function("HELLO", oracle("VARCHAR2(10)"), List.of(), block(returnValue("'hi'")));
        PackageDef sales = new PackageDef(ObjectName.of("SALES"), List.of(header(hello)), List.of(member(hello)), null, AT);
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl("CREATE TABLE sales.orders (id NUMBER(10));\n")
                .code(new SchemaChange.CreatePackage(sales), new SchemaChange.CreateRoutine(function("GREET", oracle("VARCHAR2(10)"),
                        List.of(), block(returnValue("SALES.HELLO()")))))) {
            code.apply();

            assertThat(code.one("SELECT sales_pkg.hello()")).isEqualTo("hi");
            assertThat(code.one("SELECT greet()")).isEqualTo("hi");
            assertThat(code.itemsWith(GeneralCode.PACKAGE_SCHEMA_RENAMED.code())).hasSize(1);
        }
    }

    @Test
    void aPackageCollectionGrowsAcrossCallsAndARecordFieldIsChanged() throws Exception {
        Declaration.CollectionType numbers = new Declaration.CollectionType("NUMBERS", oracle("NUMBER"), null, null, AT);
        Routine add = procedure("ADD_ENTRY", List.of(in("X", oracle("NUMBER"))),
                block(call("HISTORY.EXTEND"), assign(expr("HISTORY(COLLECTED)"), expr("X"))));
        Routine entry = function("ENTRY", oracle("NUMBER"), List.of(in("I", oracle("NUMBER"))), block(returnValue("HISTORY(I)")));
        Routine collected = function("COLLECTED", oracle("NUMBER"), List.of(), block(new Statement.Return(name("HISTORY.COUNT"), AT)));
        Routine count = procedure("COUNT_INTO_LAST", List.of(), block(assign("LAST_COUNT.N", "1")));
        Routine lastCount = function("LAST_N", oracle("NUMBER"), List.of(), block(returnValue("LAST_COUNT.N + 1")));
        PackageDef log = new PackageDef(ObjectName.of("LOG"), List.of(numbers,
                new Declaration.RecordType("COUNTS", List.of(new ProcType.Field("N", oracle("NUMBER"))), AT),
                variable("HISTORY", new ProcType.Named(List.of("NUMBERS")), "NUMBERS()"),
                variable("LAST_COUNT", new ProcType.Named(List.of("COUNTS"))), header(add), header(entry)),
                List.of(member(add), member(entry), member(count), member(collected), member(lastCount)), null, AT);
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(new SchemaChange.CreatePackage(log))) {
            code.apply();

            code.run("CALL log.add_entry(7)");
            code.run("CALL log.add_entry(9)");
            assertThat(code.one("SELECT log.collected() || ':' || log.entry(1) || ',' || log.entry(2)")).isEqualTo("2:7,9");
            code.run("CALL log.count_into_last()");
            assertThat(code.one("SELECT log.last_n()")).isEqualTo("2");
            assertThat(code.codes()).doesNotContain(OracleCode.PACKAGE_STATE_NOT_REWRITTEN.code(), GeneralCode.UNMAPPED_FUNCTION.code());
        }
    }

    @Test
    void aViewCallsAPackageFunction() throws Exception {
        Routine net = function("NET", oracle("NUMBER"), List.of(in("GROSS", oracle("NUMBER"))), block(returnValue("GROSS - GROSS * RATE")));
        PackageDef pricing = new PackageDef(ObjectName.of("PRICING"), List.of(constant("RATE", oracle("NUMBER"), "0.25"), header(net)),
                List.of(member(net)), null, AT);
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres()
                .ddl("CREATE TABLE sales (amount NUMBER(10,2));\nCREATE VIEW net_sales AS SELECT pricing.net(amount) AS net FROM sales;\n")
                .code(new SchemaChange.CreatePackage(pricing))) {
            code.apply();
            code.run("INSERT INTO sales VALUES (100)");

            assertThat(code.one("SELECT net FROM net_sales")).isEqualTo("75.0000");
            assertThat(code.codes()).doesNotContain(GeneralCode.UNMAPPED_FUNCTION.code(), GeneralCode.VIEW_NOT_CONVERTED.code(),
                    OracleCode.PACKAGE_STATE_IN_SETTINGS.code());
        }
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.convert.proc.OracleCodeOnPostgres.oracle;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.source.oracle.OracleCode;

/** Standalone routines from catalog to schema.sql: overloads, calls from views and defaults, apply order; run on PostgreSQL. */
class RoutinesThroughThePipelineTest {

    @Test
    void everyOverloadIsKeptAndTheSameSignatureReplaces() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(
                new SchemaChange.CreateRoutine(function("DESCRIBE", oracle("VARCHAR2(40)"), List.of(in("N", oracle("NUMBER"))),
                        block(returnValue("'number ' || N")))),
                new SchemaChange.CreateRoutine(function("DESCRIBE", oracle("VARCHAR2(40)"), List.of(in("S", oracle("VARCHAR2(20)"))),
                        block(returnValue("'old text'")))),
                new SchemaChange.CreateRoutine(function("DESCRIBE", oracle("VARCHAR2(40)"), List.of(in("S", oracle("VARCHAR2(20)"))),
                        block(returnValue("'text ' || S")))))) {
            code.apply();

            assertThat(code.one("SELECT describe(42)")).isEqualTo("number 42");
            assertThat(code.one("SELECT describe('x'::varchar)")).isEqualTo("text x");
            assertThat(code.itemsWith(GeneralCode.DUPLICATE_OBJECT.code())).hasSize(1);
        }
    }

    @Test
    void aFunctionAViewCallsIsCreatedBeforeTheView() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres()
                .ddl("CREATE TABLE orders (id NUMBER(10) PRIMARY KEY, amount NUMBER(10,2));\n"
                        + "CREATE VIEW order_totals AS SELECT id, with_tax(amount) AS gross FROM orders;\n")
                .code(new SchemaChange.CreateRoutine(function("WITH_TAX", oracle("NUMBER"), List.of(in("AMOUNT", oracle("NUMBER"))),
                        block(returnValue("ROUND(AMOUNT * 1.2, 2)")))))) {
            code.apply();
            code.run("INSERT INTO orders VALUES (1, 10.00)");

            assertThat(code.one("SELECT gross FROM order_totals")).isEqualTo("12.00");
            assertThat(code.codes()).doesNotContain(GeneralCode.UNMAPPED_FUNCTION.code(), GeneralCode.VIEW_NOT_CONVERTED.code());
            assertThat(order(code.emitted())).containsSubsequence("orders", "with_tax", "order_totals");
        }
    }

    @Test
    void aCallOfAnInputFunctionHasTheFamilyOfItsResult() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres()
                .ddl("CREATE TABLE orders (id NUMBER(10), placed DATE);\n"
                        + "CREATE VIEW due_dates AS SELECT id, due(placed) + 1 AS reminder FROM orders;\n")
                .code(new SchemaChange.CreateRoutine(function("DUE", oracle("DATE"), List.of(in("D", oracle("DATE"))),
                        block(returnValue("D + 30")))))) {
            code.apply();
            code.run("INSERT INTO orders VALUES (1, '2024-01-01')");

            assertThat(code.one("SELECT reminder FROM due_dates")).as("date + number adds days").isEqualTo("2024-02-01 00:00:00");
        }
    }

    @Test
    void functionsATableCallsAreCreatedBeforeTheTable() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres()
                .ddl("CREATE TABLE tickets (id NUMBER(10), code VARCHAR2(20) DEFAULT next_code() CHECK (valid_code(code) = 1));\n")
                .code(new SchemaChange.CreateRoutine(function("NEXT_CODE", oracle("VARCHAR2(20)"), List.of(),
                                block(returnValue("'T-' || 7")))),
                        new SchemaChange.CreateRoutine(function("VALID_CODE", oracle("NUMBER"), List.of(in("C", oracle("VARCHAR2(20)"))),
                                block(ifThen("C LIKE 'T-%'", returnValue("1")), returnValue("0")))))) {
            code.apply();
            code.run("INSERT INTO tickets (id) VALUES (1)");

            assertThat(code.one("SELECT code FROM tickets")).isEqualTo("T-7");
            assertThatThrownBy(() -> code.run("INSERT INTO tickets VALUES (2, 'X-1')")).hasMessageContaining("check");
            assertThat(order(code.emitted())).containsSubsequence("next_code", "tickets").containsSubsequence("valid_code", "tickets");
        }
    }

    @Test
    void variablesAreTypedForTheExpressionRules() throws Exception {
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(new SchemaChange.CreateRoutine(
                function("LABEL", oracle("VARCHAR2(100)"), List.of(in("QTY", oracle("NUMBER(10)")), in("DUE", oracle("DATE"))),
                        block(assign("TOTAL", "NVL(QTY, 0) + 1"),
                                returnValue("'n=' || TOTAL || ' ' || TO_CHAR(DUE + 1, 'YYYY-MM-DD')"))
                                .declare(variable("TOTAL", oracle("NUMBER(10)"))))))) {
            code.apply();

            assertThat(code.one("SELECT label(NULL, TIMESTAMP '2024-01-31 10:00:00')")).isEqualTo("n=1 2024-02-01");
            assertThat(code.codes()).doesNotContain(GeneralCode.UNMAPPED_FUNCTION.code());
        }
    }

    @Test
    void nestedSubprogramsBecomeRoutinesOfTheirOwn() throws Exception {
        Routine twice = function("TWICE", oracle("NUMBER"), List.of(in("X", oracle("NUMBER"))), block(returnValue("X * 2")));
        Routine addToTotal = procedure("ADD_TO_TOTAL", List.of(in("X", oracle("NUMBER"))), block(assign("TOTAL", "TOTAL + X")));
        Routine plusTotal = function("PLUS_TOTAL", oracle("NUMBER"), List.of(in("X", oracle("NUMBER"))), block(returnValue("X + TOTAL")));
        Routine outer = function("QUADRUPLE", oracle("NUMBER"), List.of(in("N", oracle("NUMBER"))),
                block(call("ADD_TO_TOTAL", "N"), call("ADD_TO_TOTAL", "N"), returnValue("PLUS_TOTAL(TWICE(TOTAL)) - TOTAL"))
                        .declare(variable("TOTAL", oracle("NUMBER"), "0"), member(twice), member(addToTotal), member(plusTotal)));
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(new SchemaChange.CreateRoutine(outer))) {
            code.apply();

            assertThat(code.one("SELECT quadruple(3)")).as("the procedure changes TOTAL through an INOUT parameter").isEqualTo("12");
            assertThat(code.one("SELECT quadruple__twice(5)")).isEqualTo("10");
            assertThat(code.itemsWith(OracleCode.NESTED_SUBPROGRAM_SHARES_VARIABLES.code())).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("PLUS_TOTAL", "TOTAL"));
        }
    }

    /** The emitted objects' names in apply order, bare and lower case. */
    private static List<String> order(List<EmittedObject> objects) {
        return objects.stream().map(o -> o.name().replace("\"", "").replaceAll(".*\\.", "").toLowerCase(java.util.Locale.ROOT)).toList();
    }
}

package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.convert.proc.OracleCodeOnPostgres.oracle;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;
import org.schemashift.model.Catalog;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.model.sql.PseudoFunctions;

/** What names in code resolve to: anchored types, collection methods and elements, trigger rows; run on PostgreSQL where the emitter writes them. */
class NamesInCodeTest {

    private static final String ORDERS = "CREATE TABLE orders (id NUMBER(10) PRIMARY KEY, amount NUMBER(10,2), placed DATE);\n";

    @Test
    void anchoredTypesTakeTheConvertedColumnAndTableTypes() throws Exception {
        Routine largest = function("LARGEST", new ProcType.Anchored(List.of("ORDERS", "AMOUNT"), ProcType.Anchor.TYPE, null), List.of(),
                block(selectInto("SELECT * FROM orders ORDER BY amount DESC FETCH FIRST 1 ROWS ONLY", IntoRows.EXACTLY_ONE, "R"),
                        assign("A", "R.AMOUNT"), returnValue("A"))
                        .declare(variable("R", new ProcType.Anchored(List.of("ORDERS"), ProcType.Anchor.ROWTYPE, null)),
                                variable("A", new ProcType.Anchored(List.of("R", "AMOUNT"), ProcType.Anchor.TYPE, null)),
                                variable("B", new ProcType.Anchored(List.of("A"), ProcType.Anchor.TYPE, null))));
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl(ORDERS).code(new SchemaChange.CreateRoutine(largest))) {
            Routine converted = code.converted().routines().get(0);
            List<Declaration> declarations = converted.body().block().declarations();

            assertThat(((ProcType.Anchored) converted.signature().returns().type()).resolved())
                    .isEqualTo(new ProcType.Declared(DataType.named("numeric(10,2)")));
            assertThat(((ProcType.Anchored) ((Declaration.Variable) declarations.get(0)).type()).resolved())
                    .isEqualTo(new ProcType.Named(List.of("ORDERS")));
            assertThat(((ProcType.Anchored) ((Declaration.Variable) declarations.get(2)).type()).resolved()).as("%TYPE of a variable")
                    .isEqualTo(((Declaration.Variable) declarations.get(1)).type());
            code.apply();
            code.run("INSERT INTO orders VALUES (1, 5.50, NULL), (2, 7.25, NULL)");
            assertThat(code.one("SELECT largest()")).isEqualTo("7.25");
        }
    }

    @Test
    void anAnchorToNothingInTheInputIsKeptAndReported() {
        Routine f = function("F", new ProcType.Anchored(List.of("NOWHERE", "X"), ProcType.Anchor.TYPE, null), List.of(),
                block(returnValue("NULL")));
        OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(new SchemaChange.CreateRoutine(f));

        Routine converted = code.converted().routines().get(0);
        assertThat(((ProcType.Anchored) converted.signature().returns().type()).resolved()).isNull();
        assertThat(code.itemsWith(GeneralCode.ANCHOR_NOT_RESOLVED.code())).hasSize(1);
    }

    @Test
    void collectionMethodsAndElementsBecomeTheirOperators() {
        Declaration.CollectionType numbers = new Declaration.CollectionType("NUMBERS", oracle("NUMBER"), null, null, AT);
        SqlNode exists = PseudoFunctions.function(name("V.EXISTS")).createCall(SqlParserPos.ZERO, expr("2"));
        Routine f = procedure("FILL", List.of(), block(call("V.EXTEND", "2"), assign(expr("V(1)"), name("V.COUNT")),
                new Statement.If(List.of(new Statement.Branch(exists, List.of(assign("V(2)", "V(1) + 1")))), List.of(), AT))
                .declare(numbers, variable("V", new ProcType.Named(List.of("NUMBERS")))));
        Catalog converted = new OracleCodeOnPostgres().code(new SchemaChange.CreateRoutine(f)).converted();
        List<Statement> statements = converted.routines().get(0).body().block().statements();

        Statement.Assign extend = (Statement.Assign) statements.get(0);
        assertThat(extend.target()).hasToString("V");
        assertThat(ProcOperators.collectionMethodOf(extend.value())).isEqualTo(CollectionMethod.EXTEND);
        Statement.Assign first = (Statement.Assign) statements.get(1);
        assertThat(first.target().getKind()).isEqualTo(SqlKind.ITEM);
        assertThat(ProcOperators.collectionMethodOf(first.value())).isEqualTo(CollectionMethod.COUNT);
        Statement.If test = (Statement.If) statements.get(2);
        assertThat(ProcOperators.collectionMethodOf(test.branches().get(0).when())).isEqualTo(CollectionMethod.EXISTS);
        assertThat(((SqlCall) ((Statement.Assign) test.branches().get(0).body().get(0)).value()).operand(0).getKind())
                .isEqualTo(SqlKind.ITEM);
    }

    @Test
    void aListConstructorIsAnArrayAndAnElementIsReadByIndex() throws Exception {
        Declaration.CollectionType numbers = new Declaration.CollectionType("NUMBERS", oracle("NUMBER"), null, null, AT);
        Routine second = function("SECOND_OF_THREE", oracle("NUMBER"), List.of(),
                block(returnValue("V(2)")).declare(numbers, variable("V", new ProcType.Named(List.of("NUMBERS")), "NUMBERS(4, 5, 6)")));
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(new SchemaChange.CreateRoutine(second))) {
            code.apply();

            assertThat(code.one("SELECT second_of_three()")).isEqualTo("5");
        }
    }

    @Test
    void aStatementWithAnExpressionNoRuleConvertsIsCommentedOut() throws Exception {
        Routine f = function("KEEPS_GOING", oracle("NUMBER"), List.of(),
                block(assign("X", "NO_SUCH_FUNCTION(1)"), returnValue("2"))
                        .declare(variable("X", oracle("NUMBER")), variable("Y", oracle("NUMBER"), "NO_SUCH_FUNCTION(2)")));
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(new SchemaChange.CreateRoutine(f))) {
            Routine converted = code.converted().routines().get(0);

            assertThat(converted.body().block().statements().get(0)).isInstanceOf(Unsupported.class);
            assertThat(converted.body().block().declarations()).hasSize(3).element(2).isInstanceOf(Unsupported.class);
            code.apply();
            assertThat(code.one("SELECT keeps_going()")).isEqualTo("2");
            assertThat(code.itemsWith(GeneralCode.UNMAPPED_FUNCTION.code())).hasSize(2);
        }
    }

    @Test
    void triggerRowsAreTypedAsTheTablesColumns() throws Exception {
        Trigger stamp = new Trigger(ObjectName.of("STAMP_ORDERS"), ObjectName.of("ORDERS"), "BEFORE", List.of("INSERT"), true,
                new Expr(expr("\"NEW\".PLACED IS NULL"), "NEW.PLACED IS NULL"),
                body(block(assign(name("NEW.PLACED"), expr("TO_DATE('2024-03-01', 'YYYY-MM-DD') + \"NEW\".ID")))), AT);
        try (OracleCodeOnPostgres code = new OracleCodeOnPostgres().ddl(ORDERS).code(new SchemaChange.CreateTrigger(stamp))) {
            code.apply();
            code.run("INSERT INTO orders (id, amount) VALUES (2, 1)");

            assertThat(code.one("SELECT placed FROM orders")).isEqualTo("2024-03-03 00:00:00");
        }
    }
}

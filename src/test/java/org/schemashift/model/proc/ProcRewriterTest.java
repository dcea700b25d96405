package org.schemashift.model.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.testing.ProcIr.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.Statement.*;

/**
 * The rewriter is the one place that knows where the IR holds Calcite trees: the convert stage relies
 * on it to pass every expression of a body through the rules. Each slot of each node kind below holds
 * the name X; after renaming X to Y none is left.
 */
class ProcRewriterTest {

    /** One of every statement kind, each with X in every expression it holds. */
    private static List<Statement> everyStatementKind() {
        List<Statement> body = List.of(assign("X", "X"));
        SqlNode x = expr("X");
        QuerySource.Static query = new QuerySource.Static(sql("SELECT X FROM T"));
        QuerySource.Dynamic dynamic = new QuerySource.Dynamic(x, List.of(x));
        return List.of(
                block(assign("X", "X + 1")).declare(variable("V", "integer", "X"), cursor("C", "SELECT X FROM T"),
                                condition("E", "45000"), new Declaration.Subprogram("S", new RoutineSignature(
                                        List.of(new Parameter("P", ParameterMode.IN, type("integer"), x, AT)), null),
                                        new RoutineBody(block(assign("X", "1")).build(), NameConflict.COLUMN), AT))
                        .onError(Condition.Standard.ANY_ERROR, assign("X", "X")).build(),
                assign("X", "X"),
                new If(List.of(new Branch(x, body)), body, AT),
                new Case(x, List.of(new Branch(x, body)), body, AT),
                new Loop(null, body, AT),
                new While(null, x, body, AT),
                new Repeat(null, body, x, AT),
                new NumericFor(null, "I", x, x, x, false, body, AT),
                new BulkChange("I", new BulkChange.IndicesOf(x, x, x), assign("X", "X"), true, AT),
                new CursorFor(null, "R", "C", List.of(x), body, AT),
                new QueryFor(null, "R", query, body, AT),
                new Exit(null, x, AT),
                new Continue(null, x, AT),
                new Open("C", List.of(x), dynamic, AT),
                new Fetch("C", FetchDirection.ABSOLUTE, x, List.of(x), false, AT),
                new Close("C", AT),
                new SqlStatement(sql("UPDATE T SET A = X"), List.of(x), List.of(x), IntoRows.EXACTLY_ONE, AT),
                new DynamicSql(x, List.of(x), List.of(x), IntoRows.EXACTLY_ONE, AT),
                new CreateTable("T2", true, List.of(new TableColumn("A", type("integer"), true, x, 1L, 1L)), List.of(List.of("A")),
                        sql("SELECT X FROM T"), AT),
                new DropTable("T2", AT),
                new InsertExec(sql("INSERT INTO T SELECT X FROM T"), name("P"),
                        new Unsupported("INSERT INTO T EXEC P", AT, "INSERT ... EXEC"), AT),
                new Call(name("X"), List.of(Argument.positional(x)), AT),
                new Return(x, AT),
                new ReturnQuery(query, AT),
                new ReturnNext(x, AT),
                new ResultSet(sql("SELECT X FROM T"), AT),
                new Output(x, AT),
                new Raise(Condition.Standard.ANY_ERROR, x, AT),
                new Reraise(AT),
                new GetDiagnostics(List.of(new DiagnosticItem(x, Diagnostic.ROW_COUNT)), AT),
                new Transaction(TransactionAction.COMMIT, null, AT),
                new Null(AT),
                new Statement.Comment("why", AT),
                new Unsupported("GOTO l;", AT, "GOTO"));
    }

    @Test
    void theSampleHoldsEveryStatementKind() {
        Set<Class<?>> kinds = everyStatementKind().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(Statement.class.getPermittedSubclasses()));
    }

    @Test
    void everyExpressionSlotIsRewritten() {
        Block sample = new Block(null, List.of(), everyStatementKind(), List.of(), AT);
        Block renamed = (Block) sample.accept(new ProcRewriter() {
            @Override
            protected SqlNode expression(SqlNode node) {
                return node.accept(new SqlShuttle() {
                    @Override
                    public SqlNode visit(SqlIdentifier id) {
                        return id.names.contains("X") ? new SqlIdentifier("Y", id.getParserPosition()) : id;
                    }
                });
            }
        });

        assertThat(names(sample)).contains("X");
        assertThat(names(renamed)).doesNotContain("X").contains("Y");
    }

    private static List<String> names(Block block) {
        List<String> seen = new ArrayList<>();
        block.accept(new ProcRewriter() {
            @Override
            protected SqlNode expression(SqlNode node) {
                node.accept(new SqlShuttle() {
                    @Override
                    public SqlNode visit(SqlIdentifier id) {
                        seen.addAll(id.names);
                        return id;
                    }
                });
                return node;
            }
        });
        return seen;
    }
}

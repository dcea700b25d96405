package org.schemashift.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.pipeline.ConversionResult;

/**
 * Promise 4, no hang: generated adversarial inputs convert in bounded time, each dialect, and the
 * statement after the adversarial one is still converted. The limit is generous on purpose (a
 * benchmark-style check that catches exponential or hanging behaviour, not a timing assertion):
 * each input must finish within {@link #LIMIT_SECONDS}, well under the per-statement parse budget.
 */
class AdversarialInputTest {
    private static final long LIMIT_SECONDS = 120;
    private static final List<String> DIALECTS = List.of("oracle", "mysql", "sqlserver");

    private record Input(String name, String statement) {
    }

    private static List<Input> inputs() {
        StringBuilder caseExpression = new StringBuilder("CASE");
        for (int i = 0; i < 10_000; i++) caseExpression.append(" WHEN a = ").append(i).append(" THEN ").append(i);
        caseExpression.append(" END");
        StringBuilder inList = new StringBuilder("a IN (0");
        for (int i = 1; i < 20_000; i++) inList.append(", ").append(i);
        inList.append(')');
        StringBuilder oneLine = new StringBuilder();
        for (int i = 0; i < 5_000; i++) oneLine.append("CREATE TABLE x").append(i).append(" (a INT); ");
        return List.of(
                new Input("parentheses 200 deep", "CREATE TABLE deep (a INT CHECK (" + "(".repeat(200) + "a > 0" + ")".repeat(200) + "))"),
                new Input("parentheses 100,000 deep", "CREATE TABLE deeper (a INT CHECK (" + "(".repeat(100_000) + "a" + ")".repeat(100_000) + "))"),
                new Input("10,000-way CASE", "CREATE VIEW v_case AS SELECT " + caseExpression + " AS c FROM t"),
                new Input("IN list of 20,000", "CREATE VIEW v_in AS SELECT a FROM t WHERE " + inList),
                new Input("5,000 statements on one line", oneLine.toString().strip().replaceAll(";$", "")),
                new Input("nested blocks", "CREATE VIEW v_sub AS SELECT a FROM t WHERE a IN " + "(SELECT a FROM t WHERE a IN ".repeat(60)
                        + "(1)" + ")".repeat(60)),
                new Input("unterminated string", "CREATE TABLE s (a VARCHAR(10) DEFAULT 'never closed" + " x".repeat(50_000) + "\n"),
                new Input("unterminated comment", "CREATE TABLE c (a INT) /* never closed" + " y".repeat(50_000) + "\n"));
    }

    @TestFactory
    Stream<DynamicTest> adversarialInputsConvertInBoundedTime() {
        return DIALECTS.stream().flatMap(dialect -> inputs().stream().map(input -> DynamicTest.dynamicTest(dialect + ": " + input.name(), () -> {
            String go = dialect.equals("sqlserver") ? "\nGO\n" : ";\n";
            String script = "CREATE TABLE t (a INT)" + go + input.statement() + go + "CREATE TABLE after_it (b INT)" + go;
            long started = System.nanoTime();
            ConversionResult result = FuzzedConversion.convert(dialect, "postgresql", script);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertThat(seconds).as("seconds for " + input.name()).isLessThan(LIMIT_SECONDS);
            assertThat(result.objects()).as("the statement after it still converts")
                    .anyMatch(object -> object.name().toLowerCase(java.util.Locale.ROOT).contains("after_it"));
        })));
    }
}

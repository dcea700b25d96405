package org.schemashift.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any text as an expression (a column default, a CHECK condition and a view's select list) in
 * each source dialect, through the expression converter to both targets: it never throws.
 * Regression mode replays the seeds in ExpressionFuzzTestInputs/; fuzzing: docs/robustness.md.
 */
class ExpressionFuzzTest {
    private static final List<String> SOURCES = List.of("oracle", "mysql", "sqlserver");
    private static final List<String> TARGETS = List.of("postgresql", "mysql");

    @FuzzTest(maxDuration = "10m")
    void anyExpression(FuzzedDataProvider data) {
        String source = data.pickValue(SOURCES);
        String target = data.pickValue(TARGETS);
        String expression = data.consumeRemainingAsString();
        String script = "CREATE TABLE t (a INT, b VARCHAR(20), c DATE, d INT DEFAULT " + expression + ");\n"
                + "CREATE TABLE u (a INT, b VARCHAR(20), CHECK (" + expression + "));\n"
                + "CREATE VIEW v AS SELECT " + expression + " AS x FROM t;\n";
        FuzzedConversion.convert(source, target, script);
    }
}

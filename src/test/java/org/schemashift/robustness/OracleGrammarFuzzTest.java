package org.schemashift.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes as a oracle script: the conversion to PostgreSQL and to MySQL never throws. Regression
 * mode (every test run) replays the seeds in OracleGrammarFuzzTestInputs/; fuzzing: docs/robustness.md.
 */
class OracleGrammarFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void anyScript(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzedConversion.convert("oracle", "postgresql", text);
        FuzzedConversion.convert("oracle", "mysql", text);
    }
}

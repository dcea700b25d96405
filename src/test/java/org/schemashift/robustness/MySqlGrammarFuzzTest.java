package org.schemashift.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes as a mysql script: the conversion to PostgreSQL and to MySQL never throws. Regression
 * mode (every test run) replays the seeds in MySqlGrammarFuzzTestInputs/; fuzzing: docs/robustness.md.
 */
class MySqlGrammarFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void anyScript(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzedConversion.convert("mysql", "postgresql", text);
        FuzzedConversion.convert("mysql", "mysql", text);
    }
}

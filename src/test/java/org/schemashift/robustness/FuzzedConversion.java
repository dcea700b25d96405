package org.schemashift.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.schemashift.model.SourceStatement;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.source.SourceFile;

/**
 * What every fuzz target checks: any text, converted from a source dialect, gives a result
 * without throwing; every statement read has a disposition, and every one that was not converted
 * carries an action item saying why.
 */
final class FuzzedConversion {
    private static final Map<String, ConversionPipeline> PIPELINES = new ConcurrentHashMap<>();

    private FuzzedConversion() {
    }

    static ConversionResult convert(String source, String target, String text) {
        ConversionPipeline pipeline = PIPELINES.computeIfAbsent(source + "->" + target, k -> new ConversionPipeline(source, target, null));
        ConversionResult result = pipeline.run(List.of(new SourceFile("fuzz.sql", text)));
        for (SourceStatement statement : result.statements()) {
            assertThat(statement.disposition()).isNotNull();
            switch (statement.disposition()) {
                case ERROR, UNSUPPORTED -> assertThat(statement.actionItems()).as("why %s was not converted", statement.span()).isNotEmpty();
                default -> { }
            }
        }
        return result;
    }
}

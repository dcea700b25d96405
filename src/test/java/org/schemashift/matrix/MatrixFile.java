package org.schemashift.matrix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One file of the conversion matrix ({@code src/test/resources/matrix/<source>/<topic>.yaml}): a
 * fixture schema written once in the source dialect, rows to load into it, and cases. A case is a
 * source query written once, with, per target, the text SchemaShift must write and the rows the
 * target must return (the same rows for every target unless a target overrides them).
 */
record MatrixFile(String source, String fixture, List<String> rows, List<Case> cases) {

    /**
     * {@code query}: the source query (it becomes the body of a view); {@code write}: target id →
     * expected query text; {@code result}: the rows every target returns, each row its values
     * joined by '|' (NULL as "null"); {@code results}: a target's own rows where they differ;
     * {@code unconvertible}: target id → the construct its action item names (no view is written).
     */
    record Case(String name, String query, Map<String, String> write, List<String> result,
                Map<String, List<String>> results, Map<String, String> unconvertible) {
        Case {
            write = write == null ? Map.of() : write;
            results = results == null ? Map.of() : results;
            unconvertible = unconvertible == null ? Map.of() : unconvertible;
        }

        /** The targets this case states an outcome for, in a stable order. */
        List<String> targets() {
            return java.util.stream.Stream.concat(write.keySet().stream(), unconvertible.keySet().stream())
                    .distinct().sorted().toList();
        }

        List<String> expectedRows(String target) {
            return results.getOrDefault(target, result);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static MatrixFile read(Path file) throws IOException {
        return YAML.readValue(file.toFile(), MatrixFile.class);
    }
}

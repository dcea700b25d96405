package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A rule id names one rule: reports, decisions and `schemashift rules` point at a bundled rule by it. */
class BundledRuleIdsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyBundledRuleIdIsUsedOnceInItsFile() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("mappings"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Set<String> seen = new HashSet<>();
                collectIds(YAML.readTree(file.toFile()), id -> {
                    if (!seen.add(id)) repeated.add(file + ": " + id);
                });
            }
        }
        assertThat(repeated).isEmpty();
    }

    private static void collectIds(JsonNode node, Consumer<String> ids) {
        if (node == null) return;
        if (node.isObject() && node.path("id").isTextual()) ids.accept(node.get("id").asText());
        node.elements().forEachRemaining(child -> collectIds(child, ids));
    }
}

package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.schemashift.emit.mysql.MySqlTargetCode;
import org.schemashift.emit.postgresql.PostgresqlCode;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.source.mysql.MySqlCode;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * The catalogue is complete and the only source of codes: every code named in rule files,
 * docs and golden expectations exists, and every entry documents itself fully.
 */
class ActionCodeCatalogueTest {
    private static final Pattern CODE = Pattern.compile("SS-[A-Z]+(?:-[A-Z]+)*-\\d{4}");

    @Test
    void everyEntryHasAStableCodeATitleAnExplanationARecommendationAndAnExample() {
        for (ActionCode c : ActionCatalogue.all()) {
            assertThat(c.code()).as(c.name()).matches(CODE);
            assertThat(List.of(c.title(), c.explanation(), c.recommendation(), c.exampleBefore(), c.exampleAfter()))
                    .as("texts of " + c.code()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(c.effortHours()).as("effort of " + c.code()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void codesAreUnique() {
        assertThat(ActionCatalogue.all().stream().map(ActionCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void aCodesPrefixNamesTheStageThatOwnsIt() {
        Map<Class<?>, String> prefixes = Map.of(GeneralCode.class, "SS-GEN-", OracleCode.class, "SS-ORA-",
                MySqlCode.class, "SS-MY-", SqlServerCode.class, "SS-MSS-", PostgresqlCode.class, "SS-PG-",
                MySqlTargetCode.class, "SS-MYSQL-");
        for (ActionCode c : ActionCatalogue.all()) {
            assertThat(prefixes).as("owner of " + c.code()).containsKey(c.getClass());
            assertThat(c.code()).as(c.getClass().getSimpleName() + "." + c.name()).startsWith(prefixes.get(c.getClass()));
        }
    }

    @Test
    void everyActionNamedInMappingsExists() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Path> actions = new TreeMap<>();
        for (Path file : files(Path.of("mappings"), ".yaml")) {
            collectActions(yaml.readTree(file.toFile()), file, actions);
        }
        assertThat(actions).as("action codes in mappings/**/*.yaml").isNotEmpty();
        actions.forEach((code, file) -> assertThat(ActionCatalogue.byCode(code)).as("action " + code + " in " + file).isNotNull());
    }

    @Test
    void everyCodeMentionedInDocsAndGoldenExpectationsExists() throws IOException {
        List<Path> texts = new ArrayList<>(files(Path.of("docs"), ".md"));
        texts.addAll(files(Path.of("mappings"), ".md"));
        texts.add(Path.of("README.md"));
        texts.addAll(files(Path.of("src/test/resources/golden"), ".txt"));
        for (Path file : texts) {
            Matcher m = CODE.matcher(Files.readString(file));
            while (m.find()) {
                assertThat(ActionCatalogue.byCode(m.group())).as(m.group() + " mentioned in " + file).isNotNull();
            }
        }
    }

    private static void collectActions(JsonNode node, Path file, Map<String, Path> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("action") && f.getValue().isTextual()) into.put(f.getValue().asText(), file);
                collectActions(f.getValue(), file, into);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectActions(child, file, into));
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}

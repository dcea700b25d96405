package org.schemashift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;

/**
 * dms-table-mappings.json follows the table-mapping format AWS documents for
 * {@code create-replication-task --table-mappings} ("Specifying table selection and
 * transformations rules using JSON", "Transformation rules and actions"), and says every rename
 * and type change the conversion made.
 */
class DmsTableMappingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than PostgreSQL's 63 bytes: the plan shortens it and keeps it unique with a hash. */
    private static final String LONG = "a_column_name_that_is_much_longer_than_postgresql_allows_for_names_x";

    /** The documented shape: {"rules": [...]}, each rule's keys and values as the AWS guide lists them. */
    private static final Set<String> RULE_KEYS = Set.of("rule-type", "rule-id", "rule-name", "object-locator", "rule-action",
            "rule-target", "value", "old-value", "data-type", "filters", "load-order", "expression", "before-image-def",
            "primary-key-def", "parallel-load", "lob-settings");
    private static final Set<String> LOB_MODES = Set.of("limited", "unlimited", "none");
    private static final Set<String> LOCATOR_KEYS = Set.of("schema-name", "table-name", "column-name", "table-type",
            "data-type", "index-tablespace-name", "table-tablespace-name");
    private static final Set<String> SELECTION_ACTIONS = Set.of("include", "exclude", "explicit");
    private static final Set<String> TRANSFORMATION_ACTIONS = Set.of("add-column", "include-column", "remove-column", "rename",
            "convert-lowercase", "convert-uppercase", "add-prefix", "remove-prefix", "replace-prefix", "add-suffix",
            "remove-suffix", "replace-suffix", "define-primary-key", "change-data-type", "add-before-image-columns",
            "data-masking-digits-mask", "data-masking-digits-randomize", "data-masking-hash-mask");
    private static final Set<String> RULE_TARGETS = Set.of("schema", "table", "column", "table-tablespace", "index-tablespace");
    private static final Set<String> DATA_TYPES = Set.of("bytes", "date", "time", "datetime", "int1", "int2", "int4", "int8",
            "numeric", "real4", "real8", "string", "uint1", "uint2", "uint4", "uint8", "wstring", "blob", "nclob", "clob",
            "boolean", "set", "list", "map", "tuple");
    private static final Set<String> DATA_TYPE_KEYS = Set.of("type", "length", "precision", "scale");

    @Test
    void everyConvertedTableIsSelectedAndEveryRenameAndRetypeIsATransformationDmsApplies() throws Exception {
        // Paid is renamed (folded) and retyped: DMS applies one transformation per column (the lowest rule-id), so one
        // add-column makes the column by its target name and type from $Paid, and Paid itself is removed
        JsonNode mappings = JSON.readTree(DmsTableMappings.render(CopiedTables.of(convert("""
                CREATE TABLE Shop.Orders (
                  Id INT PRIMARY KEY,
                  Paid BOOLEAN NOT NULL,
                  Total DECIMAL(10,2),
                  Doubled DECIMAL(11,2) AS (Total * 2) STORED,
                  %s INT
                );
                CREATE TABLE Shop.lines (id INT PRIMARY KEY, order_id INT REFERENCES Shop.Orders (Id));
                """.formatted(LONG)))));

        assertDocumentedShape(mappings);
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : mappings.get("rules")) {
            JsonNode at = rule.get("object-locator");
            rules.add(rule.get("rule-type").asText() + " " + (rule.has("rule-target") ? rule.get("rule-target").asText() + " " : "")
                    + at.get("schema-name").asText() + "." + at.path("table-name").asText()
                    + (at.has("column-name") ? "." + at.get("column-name").asText() : "") + " " + rule.get("rule-action").asText()
                    + (rule.has("value") ? " " + rule.get("value").asText() : "")
                    + (rule.has("data-type") ? " " + rule.get("data-type").get("type").asText() : ""));
        }
        assertThat(rules).containsExactly(
                "selection Shop.Orders include",
                "selection Shop.lines include",
                "transformation schema Shop. rename shop",
                "transformation table Shop.Orders rename orders",
                "transformation column Shop.Orders.Id rename id",
                "transformation column Shop.Orders add-column paid boolean",
                "transformation column Shop.Orders.Paid remove-column",
                "transformation column Shop.Orders.Total rename total",
                "transformation column Shop.Orders.Doubled remove-column",
                "transformation column Shop.Orders." + LONG + " rename a_column_name_that_is_much_longer_than_postgresql_allo_27deec3d");
    }

    @Test
    void everyTypeChangeOfAnotherKindIsADataTypeChangeAndLobTablesAreCopiedWhole(@org.junit.jupiter.api.io.TempDir
                                                                                  java.nio.file.Path dir) throws Exception {
        java.nio.file.Path rules = dir.resolve("rules.yaml");
        java.nio.file.Files.writeString(rules, """
                types:
                  - {id: KEY-BIGINT, match: {type: number, lengthUnset: true}, target: bigint}
                  - {id: FLAG-BOOL, match: {type: number, length: 1}, target: boolean}
                """);
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", rules).run(List.of(new SourceFile("hr.sql", """
                CREATE TABLE HR.NOTES (
                  ID NUMBER PRIMARY KEY,
                  ACTIVE NUMBER(1),
                  AMOUNT NUMBER(8,2),
                  BODY CLOB,
                  CREATED DATE
                );
                """)));
        JsonNode mappings = JSON.readTree(DmsTableMappings.render(CopiedTables.of(result)));

        assertDocumentedShape(mappings);
        List<String> changes = new ArrayList<>();
        for (JsonNode rule : mappings.get("rules")) {
            if (rule.has("data-type")) {
                changes.add(rule.get("rule-action").asText() + " " + rule.path("value").asText() + " " + rule.path("expression").asText()
                        + " " + rule.get("data-type"));
            }
        }
        assertThat(changes).as("every Oracle column is renamed (folded): each retyped one is made by add-column").containsExactly(
                "add-column id $ID {\"type\":\"int8\"}", "add-column active $ACTIVE {\"type\":\"boolean\"}");
        JsonNode last = mappings.get("rules").get(mappings.get("rules").size() - 1);
        assertThat(last.get("rule-type").asText()).isEqualTo("table-settings");
        assertThat(last.get("object-locator").toString()).isEqualTo("{\"schema-name\":\"HR\",\"table-name\":\"NOTES\"}");
        assertThat(last.get("lob-settings").toString()).isEqualTo("{\"mode\":\"unlimited\",\"bulk-max-size\":\"0\"}");
    }

    @Test
    void aTableWithoutASchemaIsLocatedInTheSourcesDefaultSchemaAndGetsItsLobSetting() throws Exception {
        ConversionResult result = new ConversionPipeline("sqlserver", "postgresql", null).run(List.of(new SourceFile("notes.sql", """
                CREATE TABLE Notes (Id INT PRIMARY KEY, Body NVARCHAR(MAX), Flag BIT)
                GO
                """)));
        assertThat(lines(JSON.readTree(DmsTableMappings.render(CopiedTables.of(result))))).as("SQL Server keeps an unqualified table in dbo; PostgreSQL creates it in public").containsExactly(
                "selection {\"schema-name\":\"dbo\",\"table-name\":\"Notes\"} include ",
                "transformation {\"schema-name\":\"dbo\"} rename public",
                "transformation {\"schema-name\":\"dbo\",\"table-name\":\"Notes\"} rename notes",
                "transformation {\"schema-name\":\"dbo\",\"table-name\":\"Notes\",\"column-name\":\"Id\"} rename id",
                "transformation {\"schema-name\":\"dbo\",\"table-name\":\"Notes\",\"column-name\":\"Body\"} rename body",
                "transformation {\"schema-name\":\"dbo\",\"table-name\":\"Notes\",\"column-name\":\"Flag\"} rename flag",
                "table-settings {\"schema-name\":\"dbo\",\"table-name\":\"Notes\"}  {\"mode\":\"unlimited\",\"bulk-max-size\":\"0\"}");
    }

    @Test
    void unqualifiedOracleAndMySqlTablesAreLocatedInTheSchemaTheScriptsRanInWhenTheUserSaysIt() throws Exception {
        ConversionResult oracle = new ConversionPipeline("oracle", "postgresql", null).run(List.of(new SourceFile("notes.sql",
                "CREATE TABLE NOTES (ID NUMBER(9) PRIMARY KEY, BODY CLOB);\n")), SourceOptions.NONE.withSchema("HR"));
        assertThat(lines(JSON.readTree(DmsTableMappings.render(CopiedTables.of(oracle))))).as("Oracle: the connecting user HR")
                .contains("selection {\"schema-name\":\"HR\",\"table-name\":\"NOTES\"} include ",
                        "transformation {\"schema-name\":\"HR\"} rename public",
                        "table-settings {\"schema-name\":\"HR\",\"table-name\":\"NOTES\"}  {\"mode\":\"unlimited\",\"bulk-max-size\":\"0\"}");

        List<SourceFile> mysql = List.of(new SourceFile("notes.sql", "CREATE TABLE notes (id INT PRIMARY KEY, body LONGTEXT);\n"));
        ConversionResult inShop = new ConversionPipeline("mysql", "postgresql", null).run(mysql, SourceOptions.NONE.withSchema("shop"));
        assertThat(lines(JSON.readTree(DmsTableMappings.render(CopiedTables.of(inShop))))).as("MySQL: the database in use").containsExactly(
                "selection {\"schema-name\":\"shop\",\"table-name\":\"notes\"} include ",
                "transformation {\"schema-name\":\"shop\"} rename public",
                "table-settings {\"schema-name\":\"shop\",\"table-name\":\"notes\"}  {\"mode\":\"unlimited\",\"bulk-max-size\":\"0\"}");

        ConversionResult unsaid = new ConversionPipeline("mysql", "postgresql", null).run(mysql);
        assertThat(lines(JSON.readTree(DmsTableMappings.render(CopiedTables.of(unsaid))))).as("not said: any schema, no LOB setting")
                .containsExactly("selection {\"schema-name\":\"%\",\"table-name\":\"notes\"} include ");
    }

    /** Each rule as {@code type locator action value lob-settings}. */
    private static List<String> lines(JsonNode mappings) {
        assertDocumentedShape(mappings);
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : mappings.get("rules")) {
            rules.add(rule.get("rule-type").asText() + " " + rule.get("object-locator") + " " + rule.path("rule-action").asText()
                    + " " + rule.path("value").asText() + rule.path("lob-settings"));
        }
        return rules;
    }

    private static ConversionResult convert(String sql) {
        return new ConversionPipeline("mysql", "postgresql", null).run(List.of(new SourceFile("orders.sql", sql)));
    }

    private static void assertDocumentedShape(JsonNode mappings) {
        assertThat(names(mappings)).containsExactly("rules");
        assertThat(mappings.get("rules").isArray()).isTrue();
        Set<String> ids = new HashSet<>();
        Set<String> ruleNames = new HashSet<>();
        for (JsonNode rule : mappings.get("rules")) {
            assertThat(RULE_KEYS).as(rule.toString()).containsAll(names(rule));
            assertThat(rule.get("rule-id").isTextual() && rule.get("rule-id").asText().matches("[0-9]+")).as(rule.toString()).isTrue();
            assertThat(ids.add(rule.get("rule-id").asText())).as("rule-id unique: " + rule).isTrue();
            assertThat(ruleNames.add(rule.get("rule-name").asText())).as("rule-name unique: " + rule).isTrue();
            JsonNode locator = rule.get("object-locator");
            assertThat(LOCATOR_KEYS).as(rule.toString()).containsAll(names(locator));
            assertThat(locator.get("schema-name").isTextual()).as(rule.toString()).isTrue();
            String action = rule.path("rule-action").asText();
            switch (rule.get("rule-type").asText()) {
                case "selection" -> {
                    assertThat(SELECTION_ACTIONS).contains(action);
                    assertThat(locator.get("table-name").isTextual()).as(rule.toString()).isTrue();
                    assertThat(rule.has("rule-target")).isFalse();
                }
                case "transformation" -> {
                    assertThat(TRANSFORMATION_ACTIONS).contains(action);
                    String target = rule.get("rule-target").asText();
                    assertThat(RULE_TARGETS).contains(target);
                    if (!target.equals("schema")) assertThat(locator.get("table-name").isTextual()).as(rule.toString()).isTrue();
                    if (target.equals("column") && !action.equals("add-column")) {
                        assertThat(locator.get("column-name").isTextual()).as(rule.toString()).isTrue();
                    }
                    if (action.equals("rename")) assertThat(rule.get("value").isTextual()).as(rule.toString()).isTrue();
                    if (action.equals("add-column")) {
                        assertThat(locator.has("column-name")).as("add-column locates the table: " + rule).isFalse();
                        assertThat(rule.get("expression").asText()).as(rule.toString()).startsWith("$");
                    }
                    if (action.equals("change-data-type") || action.equals("add-column")) {
                        JsonNode type = rule.get("data-type");
                        assertThat(DATA_TYPE_KEYS).containsAll(names(type));
                        assertThat(DATA_TYPES).contains(type.get("type").asText());
                    }
                }
                case "table-settings" -> {
                    assertThat(locator.get("schema-name").asText()).as("no wildcard in table-settings").doesNotContain("%");
                    assertThat(locator.get("table-name").asText()).as("no wildcard in table-settings").doesNotContain("%");
                    assertThat(LOB_MODES).contains(rule.get("lob-settings").get("mode").asText());
                    assertThat(rule.has("rule-action")).isFalse();
                }
                default -> throw new AssertionError("rule-type is selection, transformation or table-settings: " + rule);
            }
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) names.add(it.next().getKey());
        return names;
    }
}

package org.schemashift.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schemashift.emit.TableLoad;

/**
 * OUT/dms-table-mappings.json: the table-mapping document of an AWS DMS replication task
 * ({@code aws dms create-replication-task --table-mappings file://dms-table-mappings.json}), so the
 * task loads into the tables as the conversion named them. A selection rule includes each
 * converted table; a transformation rule renames each schema, table and column whose target name
 * differs from the source's (DMS matches names case-sensitively, as the source catalog stores
 * them), removes the generated columns the target computes itself, and changes to boolean the
 * columns the conversion made boolean (DMS reads TINYINT(1), NUMBER(1) as integers). A column both
 * renamed and made boolean gets both rules (check them in the task: DMS documents one transformation
 * per object outside data masking). A source table without a schema
 * is located in every schema ({@code %}).
 */
public final class DmsTableMappings {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Map<String, Object>> rules = new ArrayList<>();

    private DmsTableMappings() {
    }

    public static String render(CopiedTables copied) {
        DmsTableMappings mappings = new DmsTableMappings();
        for (TableLoad.Copy table : copied.tables()) {
            mappings.rule("selection", null, locator(table, null), "include", null);
        }
        Set<String> schemas = new LinkedHashSet<>();
        for (TableLoad.Copy table : copied.tables()) {
            String source = table.source().schema();
            String target = table.target().schema();
            if (source != null && target != null && !source.equals(target) && schemas.add(source)) {
                Map<String, Object> locator = new LinkedHashMap<>();
                locator.put("schema-name", source);
                mappings.rule("transformation", "schema", locator, "rename", target);
            }
        }
        for (TableLoad.Copy table : copied.tables()) {
            if (!table.source().name().equals(table.target().name())) {
                mappings.rule("transformation", "table", locator(table, null), "rename", table.target().name());
            }
            for (TableLoad.CopiedColumn column : table.columns()) mappings.column(table, column, copied.source());
        }
        try {
            return JSON.writeValueAsString(Map.of("rules", mappings.rules)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void column(TableLoad.Copy table, TableLoad.CopiedColumn column, String source) {
        Map<String, Object> locator = locator(table, column.source());
        if (column.generated()) {
            rule("transformation", "column", locator, "remove-column", null);
            return;
        }
        if (!column.source().equals(column.target())) rule("transformation", "column", locator, "rename", column.target());
        if (isBoolean(column.type()) && !Objects.equals(source, "postgresql")) {
            rule("transformation", "column", locator, "change-data-type", null).put("data-type", Map.of("type", "boolean"));
        }
    }

    private static boolean isBoolean(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("boolean") || t.equals("bool");
    }

    private static Map<String, Object> locator(TableLoad.Copy table, String column) {
        Map<String, Object> locator = new LinkedHashMap<>();
        locator.put("schema-name", table.source().schema() == null ? "%" : table.source().schema());
        locator.put("table-name", table.source().name());
        if (column != null) locator.put("column-name", column);
        return locator;
    }

    private Map<String, Object> rule(String type, String target, Map<String, Object> locator, String action, String value) {
        Map<String, Object> rule = new LinkedHashMap<>();
        String id = Integer.toString(rules.size() + 1);
        rule.put("rule-type", type);
        rule.put("rule-id", id);
        rule.put("rule-name", id);
        if (target != null) rule.put("rule-target", target);
        rule.put("object-locator", locator);
        rule.put("rule-action", action);
        if (value != null) rule.put("value", value);
        rules.add(rule);
        return rule;
    }
}

package org.schemashift.convert.rules.sqlserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.BundledMappings;

/**
 * CONVERT's date and time styles as format models, from the data in
 * {@code mappings/styles/sqlserver.yaml}.
 */
final class ConvertStyles {
    private static final String RESOURCE = "/mappings/styles/sqlserver.yaml";
    private static final Map<Integer, Style> STYLES = load();

    /** The format model of a style, and where its text differs from SQL Server's (null when it does not). */
    record Style(String model, String differs) {}

    private ConvertStyles() {
    }

    /** The style's format model, or null when no model writes it. */
    static Style of(int style) {
        return STYLES.get(style);
    }

    private static Map<Integer, Style> load() {
        Map<Integer, Style> styles = new HashMap<>();
        for (JsonNode s : BundledMappings.read(RESOURCE).get("styles")) {
            styles.put(s.get("style").asInt(), new Style(s.get("model").asText(), s.has("differs") ? s.get("differs").asText() : null));
        }
        return Map.copyOf(styles);
    }
}

package org.schemashift.source.mysql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.proc.Condition;

/**
 * MySQL's condition values in the IR's vocabulary, from the data in
 * {@code mappings/conditions/mysql.yaml}: a MySQL error number with a PostgreSQL equivalent becomes
 * that SQLSTATE (or NOT FOUND, TOO MANY ROWS), so a target can catch it; any other number stays an
 * {@link Condition.ErrorNumber}, which a target reports. An SQLSTATE value PostgreSQL spells
 * otherwise (MySQL's 42Sxx) is PostgreSQL's; any other is kept, the standard codes meaning the same.
 */
final class MySqlConditions {
    private static final String RESOURCE = "/mappings/conditions/mysql.yaml";
    private static final Map<Integer, Condition> ERRORS = new HashMap<>();
    private static final Map<String, Condition> SQLSTATES = new HashMap<>();

    static {
        try (InputStream in = MySqlConditions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing bundled " + RESOURCE);
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            for (JsonNode e : root.get("errors")) ERRORS.put(e.get("number").asInt(), condition(e));
            for (JsonNode s : root.get("sqlstates")) SQLSTATES.put(s.get("mysql").asText(), condition(s));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled " + RESOURCE + " is malformed", e);
        }
    }

    private MySqlConditions() {
    }

    private static Condition condition(JsonNode entry) {
        return entry.has("standard") ? Condition.Standard.valueOf(entry.get("standard").asText())
                : new Condition.SqlState(entry.get("sqlstate").asText());
    }

    static Condition sqlState(String code) {
        return SQLSTATES.getOrDefault(code, new Condition.SqlState(code));
    }

    static Condition errorNumber(int number) {
        return ERRORS.getOrDefault(number, new Condition.ErrorNumber(number));
    }
}

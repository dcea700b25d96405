package org.schemashift.source.mysql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.BundledMappings;
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
        JsonNode root = BundledMappings.read(RESOURCE);
        for (JsonNode e : root.get("errors")) ERRORS.put(e.get("number").asInt(), condition(e));
        for (JsonNode s : root.get("sqlstates")) SQLSTATES.put(s.get("mysql").asText(), condition(s));
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

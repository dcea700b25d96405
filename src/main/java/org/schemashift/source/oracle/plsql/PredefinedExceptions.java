package org.schemashift.source.oracle.plsql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.BundledMappings;
import org.schemashift.model.proc.Condition;

/**
 * Oracle's predefined exceptions (NO_DATA_FOUND, ZERO_DIVIDE, ...) as IR conditions, from the data
 * in {@code mappings/conditions/oracle.yaml}: by name for handlers and RAISE, by error number for
 * PRAGMA EXCEPTION_INIT, which also binds server errors that have no predefined name (ORA-02291).
 */
final class PredefinedExceptions {
    private static final String RESOURCE = "/mappings/conditions/oracle.yaml";
    private static final PredefinedExceptions INSTANCE = load();

    private final Map<String, Condition> byName;
    private final Map<Integer, Condition> byNumber;

    private PredefinedExceptions(Map<String, Condition> byName, Map<Integer, Condition> byNumber) {
        this.byName = byName;
        this.byNumber = byNumber;
    }

    static PredefinedExceptions instance() {
        return INSTANCE;
    }

    /** The condition a predefined exception name stands for, or null when {@code name} is not one. */
    Condition byName(String name) {
        return byName.get(name);
    }

    /** The SQLSTATE of Oracle error {@code number} when a predefined exception or a listed server error gives one, else null. */
    String sqlStateOf(int number) {
        return byNumber.get(number) instanceof Condition.SqlState s ? s.code() : null;
    }

    private static PredefinedExceptions load() {
        Map<String, Condition> byName = new HashMap<>();
        Map<Integer, Condition> byNumber = new HashMap<>();
        for (JsonNode e : BundledMappings.read(RESOURCE).get("exceptions")) {
            int number = e.get("number").asInt();
            Condition condition = e.has("standard") ? Condition.Standard.valueOf(e.get("standard").asText())
                    : e.has("sqlstate") ? new Condition.SqlState(e.get("sqlstate").asText())
                    : new Condition.ErrorNumber(number);
            byName.put(e.get("name").asText(), condition);
            byNumber.put(number, condition);
        }
        for (JsonNode e : BundledMappings.read(RESOURCE).get("errors")) {
            byNumber.put(e.get("number").asInt(), new Condition.SqlState(e.get("sqlstate").asText()));
        }
        return new PredefinedExceptions(Map.copyOf(byName), Map.copyOf(byNumber));
    }
}

package org.schemashift.source.sqlserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.BundledMappings;

/** SQL Server error numbers and the PostgreSQL SQLSTATEs that mean the same, as data (mappings/conditions/sqlserver.yaml). */
final class TsqlErrorNumbers {
    private static final Map<Integer, String> SQLSTATES = new HashMap<>();

    static {
        for (JsonNode e : BundledMappings.read("/mappings/conditions/sqlserver.yaml").get("errors")) {
            SQLSTATES.put(e.get("number").asInt(), e.get("sqlstate").asText());
        }
    }

    private TsqlErrorNumbers() {
    }

    /** The SQLSTATE of error {@code number}; null when it has none listed. */
    static String sqlState(int number) {
        return SQLSTATES.get(number);
    }
}

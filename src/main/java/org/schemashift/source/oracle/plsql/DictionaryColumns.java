package org.schemashift.source.oracle.plsql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemashift.model.BundledMappings;
import org.schemashift.model.DataType;

/**
 * The documented types of Oracle's data dictionary view columns ({@code mappings/dictionary/oracle.yaml}),
 * for anchors such as {@code user_tab_columns.data_length%TYPE}: the input never creates those views,
 * so the anchor would otherwise resolve to nothing. USER_, ALL_ and DBA_ views (also as {@code SYS.})
 * share one entry.
 */
final class DictionaryColumns {
    private static final String RESOURCE = "/mappings/dictionary/oracle.yaml";
    private static final Pattern TYPE = Pattern.compile("([A-Z0-9_]+)(?:\\((\\d+)\\))?");
    private static final DictionaryColumns INSTANCE = load();

    private final Map<String, DataType> byColumn;

    private DictionaryColumns(Map<String, DataType> byColumn) {
        this.byColumn = byColumn;
    }

    static DictionaryColumns instance() {
        return INSTANCE;
    }

    /** The type of column {@code reference} ([SYS.]view.column, upper case) of a dictionary view, or null when it names none. */
    DataType type(List<String> reference) {
        List<String> name = reference.size() == 3 && reference.get(0).equals("SYS") ? reference.subList(1, 3) : reference;
        if (name.size() != 2) return null;
        String view = name.get(0);
        for (String prefix : List.of("USER_", "ALL_", "DBA_")) {
            if (view.startsWith(prefix)) return byColumn.get(view.substring(prefix.length()) + "." + name.get(1));
        }
        return null;
    }

    private static DictionaryColumns load() {
        Map<String, DataType> byColumn = new HashMap<>();
        BundledMappings.read(RESOURCE).get("views").fields().forEachRemaining(view ->
                view.getValue().fields().forEachRemaining(column ->
                        byColumn.put(view.getKey() + "." + column.getKey(), type(column.getValue()))));
        return new DictionaryColumns(Map.copyOf(byColumn));
    }

    private static DataType type(JsonNode spelling) {
        Matcher m = TYPE.matcher(spelling.asText());
        if (!m.matches()) throw new IllegalStateException("bundled " + RESOURCE + ": not a type: " + spelling.asText());
        Integer length = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return new DataType(m.group(1).toLowerCase(Locale.ROOT), length, null, Set.of(), List.of(), null, null, spelling.asText());
    }
}

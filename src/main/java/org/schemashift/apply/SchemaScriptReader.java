package org.schemashift.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.pipeline.ObjectMarker;

/**
 * Reads schema.sql back into objects by its {@link ObjectMarker} lines, keeping every statement
 * as written, so a user's edits are applied, never regenerated. Statements before the first
 * marker (a hand-written preamble, or a script without markers) form one object
 * "script preamble". A kind and name that occur twice get "#2", "#3" so journal keys stay unique.
 */
public final class SchemaScriptReader {
    static final String PREAMBLE_KIND = "script";
    static final String PREAMBLE_NAME = "preamble";

    private SchemaScriptReader() {
    }

    public static List<ScriptObject> read(String script, StatementSplitter splitter) {
        List<ScriptObject> objects = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        ObjectMarker current = new ObjectMarker(PREAMBLE_KIND, PREAMBLE_NAME, null);
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\r?\n", -1)) {
            ObjectMarker marker = ObjectMarker.parse(line);
            if (marker == null) {
                text.append(line).append('\n');
                continue;
            }
            add(objects, seen, current, text.toString(), splitter);
            current = marker;
            text.setLength(0);
        }
        add(objects, seen, current, text.toString(), splitter);
        return objects;
    }

    private static void add(List<ScriptObject> objects, Map<String, Integer> seen, ObjectMarker marker, String text,
                            StatementSplitter splitter) {
        List<String> statements = splitter.split(text);
        // the preamble is usually only the header comment; a marked object stays even if emptied by hand
        if (statements.isEmpty() && marker.kind().equals(PREAMBLE_KIND)) return;
        int occurrence = seen.merge(marker.kind() + " " + marker.name(), 1, Integer::sum);
        String name = occurrence == 1 ? marker.name() : marker.name() + "#" + occurrence;
        objects.add(new ScriptObject(marker.kind(), name, marker.source(), statements));
    }
}

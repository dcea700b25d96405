package org.schemashift.source.mysql;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.schemashift.model.ObjectKind;

/**
 * The names of the procedures events become. MySQL keeps events apart from procedures and
 * functions, PostgreSQL has one namespace of routines: an event named like a routine of the input
 * gets {@code name_event} (then {@code name_event2}, ...), a name no routine or event has.
 */
final class MySqlEventProcedures {
    private final Set<String> routines = new HashSet<>();
    private final Set<String> taken = new HashSet<>();

    /** Notes a statement of the input by its kind and name as the classifier read them. */
    void add(ObjectKind kind, String name) {
        if (name == null) return;
        String key = key(name);
        if (kind == ObjectKind.PROCEDURE || kind == ObjectKind.FUNCTION) routines.add(key);
        if (kind == ObjectKind.PROCEDURE || kind == ObjectKind.FUNCTION || kind == ObjectKind.EVENT) taken.add(key);
    }

    /** The procedure name for event {@code event} (a bare name): its own unless a routine has it. */
    String procedureFor(String event) {
        if (!routines.contains(key(event))) return event;
        String name = event + "_event";
        for (int n = 2; taken.contains(key(name)); n++) name = event + "_event" + n;
        return name;
    }

    /** Routine names compare case-insensitively; a schema qualifier is not part of the comparison. */
    private static String key(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}

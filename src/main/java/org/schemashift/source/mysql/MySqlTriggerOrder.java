package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Trigger;

/**
 * MySQL fires the triggers of one table, timing and event in creation order, a FOLLOWS x trigger
 * placed right after x and a PRECEDES x trigger right before x when it is created
 * (https://dev.mysql.com/doc/refman/8.0/en/create-trigger.html, ACTION_ORDER); PostgreSQL fires
 * them in the order of their names. Where the names of such a group do not sort in MySQL's order,
 * each trigger of the group gets a numbered prefix giving it ({@code t1_}, {@code t2_}, ...),
 * with an item, and the FOLLOWS / PRECEDES references follow the new names. A reference to a
 * trigger that is not in the group (MySQL rejects it) places the trigger last, with an item.
 */
final class MySqlTriggerOrder {
    private MySqlTriggerOrder() {
    }

    static Catalog complete(Catalog catalog, ActionItems items) {
        Map<String, List<Trigger>> groups = new LinkedHashMap<>();
        for (Trigger t : catalog.triggers()) {
            groups.computeIfAbsent(t.table() + " " + t.timing() + " " + t.events(), k -> new ArrayList<>()).add(t);
        }
        Map<String, String> renamed = new HashMap<>();
        for (List<Trigger> group : groups.values()) {
            List<Trigger> order = mysqlOrder(group, items);
            if (!sortsByName(order)) rename(order, renamed, items);
        }
        if (renamed.isEmpty()) return catalog;
        List<Trigger> triggers = catalog.triggers().stream().map(t -> new Trigger(renamed(t.name(), renamed), t.table(),
                t.timing(), t.events(), t.forEachRow(), t.when(), t.body(), t.span(), t.updateColumns(),
                t.follows().stream().map(f -> renamed(f, renamed)).toList(), t.precedes().stream().map(p -> renamed(p, renamed)).toList(),
                t.disabled(), t.transitions(), t.firesOnOwnChanges())).toList();
        return catalog.withCode(catalog.routines(), triggers, catalog.packageStates());
    }

    private static ObjectName renamed(ObjectName name, Map<String, String> renamed) {
        String to = renamed.get(name.name());
        return to == null ? name : new ObjectName(name.schema(), to);
    }

    /** The group in firing order: the list MySQL keeps, each trigger put at its end, right after the one it FOLLOWS or right before the one it PRECEDES. */
    private static List<Trigger> mysqlOrder(List<Trigger> created, ActionItems items) {
        Map<String, Trigger> byName = new HashMap<>();
        Map<String, String> next = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        String first = null;
        String last = null;
        for (Trigger t : created) {
            String name = t.name().name();
            String follows = existing(t, t.follows(), byName, items);
            String precedes = follows == null ? existing(t, t.precedes(), byName, items) : null;
            byName.put(name, t);
            String before = precedes != null ? previous.get(precedes) : follows != null ? follows : last;
            String after = precedes != null ? precedes : before == null ? first : next.get(before);
            if (before == null) first = name;
            else next.put(before, name);
            if (after == null) last = name;
            else previous.put(after, name);
            if (before != null) previous.put(name, before);
            if (after != null) next.put(name, after);
        }
        List<Trigger> order = new ArrayList<>(created.size());
        for (String n = first; n != null; n = next.get(n)) order.add(byName.get(n));
        return order;
    }

    /** The trigger a FOLLOWS / PRECEDES names when it was created before in the group; else null, with an item if there was a name. */
    private static String existing(Trigger t, List<ObjectName> named, Map<String, Trigger> byName, ActionItems items) {
        for (ObjectName other : named) {
            if (byName.containsKey(other.name())) return other.name();
            items.add(MySqlCode.TRIGGER_ORDER, t.span(), "trigger " + t.name().name() + " is placed relative to " + other.name()
                    + ", which is not an earlier " + t.timing() + " " + String.join(" ", t.events()) + " trigger of " + t.table().name()
                    + " in the input: it is taken to fire after the triggers created before it");
        }
        return null;
    }

    private static boolean sortsByName(List<Trigger> order) {
        for (int i = 1; i < order.size(); i++) {
            if (key(order.get(i - 1)).compareTo(key(order.get(i))) >= 0) return false;
        }
        return true;
    }

    private static String key(Trigger t) {
        return t.name().name().toLowerCase(Locale.ROOT);
    }

    private static void rename(List<Trigger> order, Map<String, String> renamed, ActionItems items) {
        String digits = "%0" + String.valueOf(order.size()).length() + "d";
        for (int i = 0; i < order.size(); i++) {
            Trigger t = order.get(i);
            String name = "t" + String.format(Locale.ROOT, digits, i + 1) + "_" + t.name().name();
            renamed.put(t.name().name(), name);
            items.add(MySqlCode.TRIGGER_RENAMED_FOR_ORDER, t.span(), "trigger " + t.name().name() + " is named " + name
                    + ": it fires as number " + (i + 1) + " of the " + t.timing() + " " + String.join(" ", t.events()) + " triggers of "
                    + t.table().name() + ", which PostgreSQL fires in the order of their names");
        }
    }
}

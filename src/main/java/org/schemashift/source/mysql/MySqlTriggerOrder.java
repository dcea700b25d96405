package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Trigger;

/**
 * MySQL fires the triggers of one table, timing and event in creation order, a FOLLOWS x trigger
 * right after x (https://dev.mysql.com/doc/refman/8.0/en/create-trigger.html); PostgreSQL fires
 * them in the order of their names. Where the names of such a group do not sort in MySQL's order,
 * each trigger of the group gets a numbered prefix giving it ({@code t1_}, {@code t2_}, ...),
 * with an item, and the FOLLOWS references follow the new names.
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
            List<Trigger> order = mysqlOrder(group);
            if (!sortsByName(order)) rename(order, renamed, items);
        }
        if (renamed.isEmpty()) return catalog;
        List<Trigger> triggers = catalog.triggers().stream().map(t -> new Trigger(renamed(t.name(), renamed), t.table(),
                t.timing(), t.events(), t.forEachRow(), t.when(), t.body(), t.span(), t.updateColumns(),
                t.follows().stream().map(f -> renamed(f, renamed)).toList(), t.disabled(), t.transitions())).toList();
        return catalog.withCode(catalog.routines(), triggers, catalog.packageStates());
    }

    private static ObjectName renamed(ObjectName name, Map<String, String> renamed) {
        String to = renamed.get(name.name());
        return to == null ? name : new ObjectName(name.schema(), to);
    }

    /** The group in firing order: each trigger after the last one created, or right after the one it FOLLOWS. */
    private static List<Trigger> mysqlOrder(List<Trigger> created) {
        Map<String, Trigger> byName = new HashMap<>();
        Map<String, String> next = new HashMap<>();
        String first = null;
        String last = null;
        for (Trigger t : created) {
            String name = t.name().name();
            byName.put(name, t);
            String after = t.follows().stream().map(ObjectName::name).filter(byName::containsKey).findFirst().orElse(last);
            if (after == null) {
                first = name;
            } else {
                String following = next.put(after, name);
                if (following != null) next.put(name, following);
            }
            if (Objects.equals(after, last)) last = name;
        }
        List<Trigger> order = new ArrayList<>(created.size());
        for (String n = first; n != null; n = next.get(n)) order.add(byName.get(n));
        return order;
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

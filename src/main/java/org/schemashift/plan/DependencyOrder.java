package org.schemashift.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Objects in dependency order: depth first, each after the objects whose names it references,
 * input order otherwise; a cycle is broken where it is found. Names are compared upper case and
 * several objects may share one (overloads): a reference waits for all of them. Linear in the
 * objects and references, through one index by name.
 */
final class DependencyOrder<T> {
    private final Map<String, List<T>> byName = new HashMap<>();
    private final Function<T, Set<String>> references;
    private final Set<T> done = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<T> path = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<T> ordered = new ArrayList<>();

    private DependencyOrder(Function<T, Set<String>> references) {
        this.references = references;
    }

    /** {@code references}: the upper-case names an object refers to. */
    static <T> List<T> of(List<T> objects, Function<T, String> name, Function<T, Set<String>> references) {
        DependencyOrder<T> order = new DependencyOrder<>(references);
        for (T object : objects) {
            order.byName.computeIfAbsent(name.apply(object).toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(object);
        }
        objects.forEach(order::visit);
        return order.ordered;
    }

    private void visit(T object) {
        if (done.contains(object) || !path.add(object)) return;
        for (String name : references.apply(object)) {
            for (T dependency : byName.getOrDefault(name, List.of())) {
                if (dependency != object) visit(dependency);
            }
        }
        path.remove(object);
        done.add(object);
        ordered.add(object);
    }
}

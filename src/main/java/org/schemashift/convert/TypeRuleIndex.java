package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ordered type rules indexed by the type names their {@code type} condition accepts (rules without
 * one join every list, in order), so finding a type's rule does not scan the whole file. The
 * earliest rule that applies wins, also when a type answers to two names (a canonical type's
 * extension and its Calcite name).
 */
final class TypeRuleIndex<R> {
    private record Entry<R>(int order, R rule) {}

    private final Map<String, List<Entry<R>>> byName = new HashMap<>();
    /** Rules without a type-name condition: the candidates for a name no rule mentions. */
    private final List<Entry<R>> anyName = new ArrayList<>();

    TypeRuleIndex(List<R> rules, Function<R, TypeRule.Match> match) {
        for (int i = 0; i < rules.size(); i++) {
            Entry<R> entry = new Entry<>(i, rules.get(i));
            TypeRule.Match m = match.apply(entry.rule());
            if (m == null || m.type() == null) {
                anyName.add(entry);
                byName.values().forEach(list -> list.add(entry));
            } else {
                for (String name : m.type()) {
                    byName.computeIfAbsent(name, n -> new ArrayList<>(anyName)).add(entry);
                }
            }
        }
    }

    /** The result of the earliest rule for which {@code apply} gives non-null, trying the rules for {@code names}; null when none. */
    <T> T first(List<String> names, Function<R, T> apply) {
        int bestOrder = Integer.MAX_VALUE;
        T best = null;
        for (String name : names) {
            for (Entry<R> entry : byName.getOrDefault(name, anyName)) {
                if (entry.order() >= bestOrder) break;
                T result = apply.apply(entry.rule());
                if (result != null) {
                    bestOrder = entry.order();
                    best = result;
                    break;
                }
            }
        }
        return best;
    }
}

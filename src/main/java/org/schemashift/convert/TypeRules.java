package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.model.DataType;

/**
 * Ordered type rules for one (source, target) pair; user rules first, first match wins. Rules are
 * indexed by the type names they match (rules without a name condition join every list, in
 * order), so finding a column's rule does not scan the whole file.
 */
public final class TypeRules {
    private final Map<String, List<TypeRule>> byTypeName = new HashMap<>();
    /** Rules without a type-name condition: the candidates for a name no rule mentions. */
    private final List<TypeRule> anyType = new ArrayList<>();

    TypeRules(List<TypeRule> rules) {
        for (TypeRule rule : rules) {
            List<String> names = rule.match() == null ? null : rule.match().type();
            if (names == null) {
                anyType.add(rule);
                byTypeName.values().forEach(list -> list.add(rule));
            } else {
                for (String name : names) {
                    byTypeName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>(anyType)).add(rule);
                }
            }
        }
    }

    /** The first rule matching {@code type}, or null. */
    public TypeRule find(DataType type, boolean autoIncrement) {
        for (TypeRule rule : byTypeName.getOrDefault(type.name(), anyType)) {
            if ((rule.match() == null || rule.match().matches(type, autoIncrement)) && rule.expand(type) != null) {
                return rule;
            }
        }
        return null;
    }
}

package org.schemashift.convert;

import java.util.List;
import org.schemashift.model.DataType;

/** Ordered type rules for one (source, target) pair; user rules first, first match wins. */
public final class TypeRules {
    private final List<TypeRule> rules;

    TypeRules(List<TypeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The first rule matching {@code type}, or null. */
    public TypeRule find(DataType type, boolean autoIncrement) {
        for (TypeRule rule : rules) {
            if ((rule.match() == null || rule.match().matches(type, autoIncrement)) && rule.expand(type) != null) {
                return rule;
            }
        }
        return null;
    }
}

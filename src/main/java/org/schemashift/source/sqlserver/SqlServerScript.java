package org.schemashift.source.sqlserver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.Expr;
import org.schemashift.model.ObjectName;

/**
 * What earlier statements of the input defined that a later statement needs to be read: rules and
 * defaults (CREATE RULE / DEFAULT) until sp_bindrule / sp_bindefault binds them, and the views, so
 * that an index on a view is known as an indexed view. One per run, filled in input order.
 */
final class SqlServerScript {
    private final Map<String, Expr> rules = new HashMap<>();
    private final Map<String, Expr> defaults = new HashMap<>();
    private final Set<String> views = new HashSet<>();

    void rule(ObjectName name, Expr condition) {
        rules.put(name.key(), condition);
    }

    void defaultValue(ObjectName name, Expr value) {
        defaults.put(name.key(), value);
    }

    void view(ObjectName name) {
        views.add(name.key());
    }

    /** The condition of rule {@code name}, null when the input does not create it. */
    Expr rule(ObjectName name) {
        return rules.get(name.key());
    }

    Expr defaultValue(ObjectName name) {
        return defaults.get(name.key());
    }

    boolean isView(ObjectName name) {
        return views.contains(name.key());
    }
}

package org.schemashift.source.sqlserver;

import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.Expr;
import org.schemashift.model.ObjectName;
import org.schemashift.model.View;

/**
 * What earlier statements of the input defined that a later statement needs to be read: rules and
 * defaults (CREATE RULE / DEFAULT) until sp_bindrule / sp_bindefault binds them, and the views, so
 * that an index on a view makes it an indexed (materialized) view. One per run, filled in input order.
 */
final class SqlServerScript {
    private final Map<String, Expr> rules = new HashMap<>();
    private final Map<String, Expr> defaults = new HashMap<>();
    private final Map<String, View> views = new HashMap<>();

    void rule(ObjectName name, Expr condition) {
        rules.put(name.key(), condition);
    }

    void defaultValue(ObjectName name, Expr value) {
        defaults.put(name.key(), value);
    }

    void view(View view) {
        views.put(view.name().key(), view);
    }

    /** The condition of rule {@code name}, null when the input does not create it. */
    Expr rule(ObjectName name) {
        return rules.get(name.key());
    }

    Expr defaultValue(ObjectName name) {
        return defaults.get(name.key());
    }

    /** The view {@code name} as created earlier in the input, null when it is none. */
    View view(ObjectName name) {
        return views.get(name.key());
    }
}

package org.schemashift.plan;

import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.ObjectName;

/**
 * The claimed target name of every table and view, resolved before anything refers to them, so
 * constraints, views and grants can name a relation in any order.
 */
public final class TargetNames {
    private final Map<String, TargetName> byKey = new HashMap<>();
    private final TargetNaming naming;

    TargetNames(TargetNaming naming) {
        this.naming = naming;
    }

    void put(ObjectName source, TargetName target) {
        byKey.put(naming.sourceKey(source), target);
    }

    /** True when the relation is created by the conversion. */
    public boolean known(ObjectName source) {
        return byKey.containsKey(naming.sourceKey(source));
    }

    /** The target of a source relation; one not in the input keeps its folded source name. */
    public TargetName of(ObjectName source) {
        TargetName t = byKey.get(naming.sourceKey(source));
        if (t != null) return t;
        return new TargetName(schema(source), naming.name(source.name()));
    }

    /** The target of a source relation the claim did not name by folding (a clash, a long name); null for any other. */
    public TargetName renamed(ObjectName source) {
        TargetName t = byKey.get(naming.sourceKey(source));
        return t == null || t.name().equals(naming.name(source.name())) ? null : t;
    }

    /** The target schema of a source name's schema, or null when the name is unqualified. */
    public String schema(ObjectName source) {
        return source.schema() == null ? null : naming.name(source.schema());
    }
}

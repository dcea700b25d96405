package org.schemashift.plan;

import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.ObjectName;

/**
 * The claimed target name of every table and view, resolved before anything refers to them, so
 * constraints, views and grants can name a relation in any order.
 */
public final class TargetNames {
    private static final TargetName AMBIGUOUS = new TargetName(null, "");
    private final Map<String, TargetName> byKey = new HashMap<>();
    private final Map<String, TargetName> byBareName = new HashMap<>();
    private final Map<TargetName, ObjectName> byTarget = new HashMap<>();
    private final TargetNaming naming;

    TargetNames(TargetNaming naming) {
        this.naming = naming;
    }

    void put(ObjectName source, TargetName target) {
        byKey.put(naming.sourceKey(source), target);
        byTarget.put(target, source);
        // an unqualified reference to a qualified relation (a view's FROM employees, of HR.EMPLOYEES) finds it when it is the only one
        String bare = naming.sourceKey(ObjectName.of(source.name()));
        if (source.schema() != null && byBareName.putIfAbsent(bare, target) != null && !byBareName.get(bare).equals(target)) {
            byBareName.put(bare, AMBIGUOUS);
        }
    }

    /** True when the relation is created by the conversion. */
    public boolean known(ObjectName source) {
        return byKey.containsKey(naming.sourceKey(source));
    }

    /** The target of a source relation; one not in the input keeps its folded (or renamed) source name. */
    public TargetName of(ObjectName source) {
        TargetName t = byKey.get(naming.sourceKey(source));
        if (t == null && source.schema() == null) t = byBareName.get(naming.sourceKey(source));
        if (t != null && t != AMBIGUOUS) return t;
        return new TargetName(schema(source), naming.spelling().shorten(naming.relation(source)));
    }

    /** The source relation created as {@code target}, or null when none is. */
    public ObjectName createdAs(TargetName target) {
        return byTarget.get(target);
    }

    /**
     * The target of a source relation not named by folding alone (a rename rule, a clash, a long
     * name, a renamed schema); null for any other.
     */
    public TargetName renamed(ObjectName source) {
        TargetName t = of(source);
        boolean folded = t.name().equals(naming.name(source.name()))
                && java.util.Objects.equals(source.schema() == null ? null : t.schema(),
                source.schema() == null ? null : naming.name(source.schema()));
        return folded ? null : t;
    }

    /** The target schema of a source name's schema (renamed by a rule or folded), or null when the name is unqualified. */
    public String schema(ObjectName source) {
        return source.schema() == null ? null : naming.schema(source.schema());
    }
}

package org.schemashift.plan;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;

/**
 * What the parts of the planner share while planning one catalog: the target's capabilities, the
 * naming policy, the claimed relation names, the namespaces and the action items.
 */
record Planning(TargetCapabilities capabilities, TargetNaming naming, TargetNames names, Namespace namespace, Scopes scopes,
                ActionItems items) {

    /** The target's product name, for messages. */
    String target() {
        return capabilities.displayName();
    }

    /** Claims a relation's name (table, view, sequence, type) among the relations of its schema. */
    TargetName claimRelation(ObjectName source, SourceSpan span, String what) {
        String schema = names.schema(source);
        return new TargetName(schema, namespace.claim(scopes.relations(schema), naming.relation(source), span, what,
                GeneralCode.NAME_COLLISION));
    }

    /**
     * The name a constraint or index of {@code table} keeps: its source name (renamed by a rule or
     * folded; a claim shortens and reports it), else the target's usual pattern, shortened without a
     * report (nobody wrote it).
     */
    String constraintName(ObjectName table, String sourceName, String fallback) {
        return sourceName == null ? naming.spelling().shorten(fallback) : naming.member(table, sourceName);
    }

    /** Column names of {@code table} joined for a generated constraint name: {@code a_b}. */
    String columnNames(ObjectName table, List<String> columns) {
        return String.join("_", columns.stream().map(c -> naming.column(table, c)).toList());
    }

    /** DEFERRABLE kept where the target has it; elsewhere the constraint becomes immediate, with an item. */
    boolean keepDeferrable(boolean deferrable, SourceSpan span, String what) {
        if (!deferrable) return false;
        if (capabilities.constraints().deferrable()) return true;
        items.add(capabilities.gaps().deferrable(), span, what + " is DEFERRABLE in the source; " + target() + " checks it at once");
        return false;
    }
}

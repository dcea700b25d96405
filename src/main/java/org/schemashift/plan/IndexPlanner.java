package org.schemashift.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Index;
import org.schemashift.model.Table;

/**
 * Plans the indexes a table needs beyond its keys: names claimed in the target's index namespace;
 * an index the target cannot create (expression key parts, a unique WHERE) commented out, a plain
 * partial index created on every row, each with the target's item.
 */
record IndexPlanner(Planning planning) {

    /** The table's indexes, but for those that only serve its primary key or a unique constraint. */
    List<PlannedStep.CreateIndex> plan(Table table) {
        List<PlannedStep.CreateIndex> steps = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (!servesConstraint(table, index)) steps.add(index(table, index));
        }
        return steps;
    }

    private PlannedStep.CreateIndex index(Table table, Index index) {
        TargetName target = planning.names().of(table.name());
        String wanted = index.name() != null ? planning.naming().member(table.name(), index.name())
                : target.name() + "_" + String.join("_", index.parts().stream()
                        .map(p -> p.column() == null ? "expr" : planning.naming().column(table.name(), p.column())).toList()) + "_idx";
        String name = planning.namespace().claim(planning.scopes().indexes(target), wanted, index.span(), "index",
                GeneralCode.NAME_MADE_UNIQUE);
        String what = "index " + (index.name() == null ? name : index.name()) + " on " + table.name();
        boolean commentedOut = false;
        Index planned = index;
        if (!planning.capabilities().indexes().expressions() && index.parts().stream().anyMatch(p -> p.expression() != null)) {
            planning.items().add(planning.capabilities().gaps().expressionIndex(), index.span(), what
                    + " has expression key parts, which " + planning.target() + " cannot index; it is written commented out");
            commentedOut = true;
        } else if (!planning.capabilities().indexes().partial() && index.where() != null) {
            commentedOut = index.unique();
            planning.items().add(planning.capabilities().gaps().partialIndex(), index.span(), what + " has a WHERE clause, which "
                    + planning.target() + " indexes cannot have; "
                    + (index.unique() ? "unique on every row it could reject data, so it is written commented out"
                    : "it is created on every row"));
            if (!index.unique()) planned = new Index(index.name(), index.table(), false, index.parts(), index.method(), null,
                    index.comment(), index.span());
        }
        return new PlannedStep.CreateIndex(table, target, planned, name, commentedOut);
    }

    /**
     * A unique index on exactly the columns of the primary key or a unique constraint: Oracle scripts
     * create it first and the constraint then uses it; the target creates the constraint's own index.
     */
    private static boolean servesConstraint(Table table, Index index) {
        if (!index.unique() || index.parts().stream().anyMatch(p -> p.column() == null || p.descending())) return false;
        List<String> columns = index.parts().stream().map(p -> p.column().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) keys.add(table.primaryKey().columns());
        table.uniques().forEach(u -> keys.add(u.columns()));
        return keys.stream().anyMatch(k -> k.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().equals(columns));
    }
}

package org.schemashift.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.View;

/** Views in dependency order: depth first, every view after the views its query names; input order otherwise. */
final class ViewOrder {

    private ViewOrder() {
    }

    static List<View> of(List<View> views) {
        Map<String, View> byName = new LinkedHashMap<>();
        for (View v : views) byName.put(v.name().name().toUpperCase(Locale.ROOT), v);
        List<View> ordered = new ArrayList<>();
        Set<View> done = new HashSet<>();
        for (View v : views) visit(v, byName, done, new HashSet<>(), ordered);
        return ordered;
    }

    private static void visit(View view, Map<String, View> byName, Set<View> done, Set<View> path, List<View> ordered) {
        if (done.contains(view) || !path.add(view)) return;
        if (view.query() != null && view.query().node() != null) {
            for (String name : namesIn(view.query().node())) {
                View dependency = byName.get(name);
                if (dependency != null && dependency != view) visit(dependency, byName, done, path, ordered);
            }
        }
        done.add(view);
        ordered.add(view);
    }

    private static Set<String> namesIn(SqlNode node) {
        Set<String> names = new HashSet<>();
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                id.names.forEach(n -> names.add(n.toUpperCase(Locale.ROOT)));
                return null;
            }
        });
        return names;
    }
}

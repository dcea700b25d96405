package org.schemashift.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.Expr;
import org.schemashift.model.Routine;
import org.schemashift.model.Table;
import org.schemashift.model.View;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcType;

/**
 * Where code goes in the apply order, for every target. A routine's body is only checked for
 * syntax when it is created (PL/pgSQL, MySQL), so routines may call each other in any order; what
 * must exist first is what a statement uses at once: the functions a table calls (column defaults,
 * generated columns, checks, index expressions: created before the tables), the functions a view calls and the types a routine's signature names (views
 * and routines ordered together by what they reference). Package state (types, getters and
 * setters) comes before the views and routines, triggers after everything they fire on.
 */
final class CodePlanner {
    private final Set<Routine> beforeTables = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * The routines the tables of {@code catalog} call (in column defaults, generated columns, checks
     * and index expressions), which must exist before the tables.
     */
    List<Routine> neededByTables(Catalog catalog) {
        Set<String> called = new HashSet<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                addNames(column.defaultValue(), called);
                if (column.generated() != null) addNames(column.generated().expression(), called);
            }
            table.checks().forEach(check -> addNames(check.condition(), called));
            table.indexes().forEach(index -> index.parts().forEach(part -> addNames(part.expression(), called)));
        }
        List<Routine> routines = new ArrayList<>();
        for (Routine routine : catalog.routines()) {
            if (called.contains(key(routine.name().name()))) routines.add(routine);
        }
        beforeTables.addAll(routines);
        return routines;
    }

    private static void addNames(Expr expr, Set<String> names) {
        if (expr != null && expr.node() != null) names.addAll(names(expr.node()));
    }

    /** Views and the routines not created before the tables, in dependency order. */
    List<Object> viewsAndRoutines(Catalog catalog) {
        List<Object> objects = new ArrayList<>(catalog.views());
        catalog.routines().stream().filter(r -> !beforeTables.contains(r)).forEach(objects::add);
        return DependencyOrder.of(objects, CodePlanner::name, CodePlanner::references);
    }

    private static String name(Object object) {
        return object instanceof View view ? view.name().name() : ((Routine) object).name().name();
    }

    private static Set<String> references(Object object) {
        if (object instanceof View view) return view.query() == null || view.query().node() == null ? Set.of() : names(view.query().node());
        Set<String> names = new LinkedHashSet<>();
        Routine routine = (Routine) object;
        if (routine.signature() == null) return names;
        for (Parameter parameter : routine.signature().parameters()) typeNames(parameter.type(), names);
        if (routine.signature().returns() != null) typeNames(routine.signature().returns().type(), names);
        return names;
    }

    private static void typeNames(ProcType type, Set<String> names) {
        if (type instanceof ProcType.Named named) names.add(key(named.name().get(named.name().size() - 1)));
        if (type instanceof ProcType.Anchored anchored) {
            if (anchored.resolved() != null) typeNames(anchored.resolved(), names);
            else anchored.reference().forEach(part -> names.add(key(part)));
        }
        if (type instanceof ProcType.Row row) row.fields().forEach(f -> typeNames(f.type(), names));
    }

    /** Every name a tree uses: its identifiers' parts and the last part of each function it calls. */
    static Set<String> names(SqlNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                id.names.forEach(n -> names.add(key(n)));
                return null;
            }

            @Override
            public Void visit(SqlCall call) {
                if (call.getOperator() instanceof SqlFunction f) {
                    names.add(key(f.getSqlIdentifier() == null ? f.getName()
                            : f.getSqlIdentifier().names.get(f.getSqlIdentifier().names.size() - 1)));
                }
                return super.visit(call);
            }
        });
        return names;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}

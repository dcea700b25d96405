package org.schemashift.emit.postgresql;

import static org.schemashift.emit.postgresql.PostgresqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Synonym;
import org.schemashift.model.View;

/**
 * Views and materialized views, in dependency order (a view after the views its query names), then
 * synonyms. A view whose converted query is null (the rules could not convert it) is written
 * commented out with an item. A synonym for a table or view becomes a view selecting everything
 * from it; a synonym for anything else (or with its target's own name) is left to search_path.
 */
final class PostgresqlViewWriter {
    private final TableNames tableNames;
    private final RelationNamespace relations;
    private final PostgresqlExpressions expressions;
    private final ActionItems items;

    PostgresqlViewWriter(TableNames tableNames, RelationNamespace relations, PostgresqlExpressions expressions, ActionItems items) {
        this.tableNames = tableNames;
        this.relations = relations;
        this.expressions = expressions;
        this.items = items;
    }

    List<EmittedObject> createViews(List<View> views) {
        List<EmittedObject> out = new ArrayList<>();
        for (View view : dependencyOrder(views)) {
            out.add(createView(view));
        }
        return out;
    }

    private EmittedObject createView(View view) {
        String schema = view.name().schema() == null ? null : tableNames.schema(view.name().schema());
        String name = relations.claim(schema, tableNames.column(view.name().name()), view.span(),
                view.materialized() ? "materialized view" : "view", GeneralCode.NAME_COLLISION);
        tableNames.put(view.name(), new TableNames.Target(schema, name));
        String qualified = PostgresqlSchemaObjectWriter.qualified(schema, name);
        String columns = view.columns().isEmpty() ? ""
                : " (" + view.columns().stream().map(c -> quote(tableNames.column(c))).collect(Collectors.joining(", ")) + ")";
        String head = "CREATE " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified + columns + " AS";
        if (view.query() == null || view.query().node() == null) {
            items.add(GeneralCode.VIEW_NOT_CONVERTED, view.span(), "view " + view.name() + " is written commented out");
            String original = view.sourceText().strip().replace("\r", "");
            return new EmittedObject(ObjectKind.VIEW, qualified, "-- not converted: " + head + "\n-- "
                    + original.replace("\n", "\n-- "), view.span());
        }
        if (view.readOnly() && !view.materialized()) {
            items.add(GeneralCode.READ_ONLY_VIEW, view.span(), "view " + view.name() + " WITH READ ONLY");
        }
        String sql = head + "\n" + expressions.write(view.query().node()) + (view.checkOption() ? "\nWITH CHECK OPTION" : "") + ";"
                + comments(view, qualified);
        return new EmittedObject(ObjectKind.VIEW, qualified, sql, view.span());
    }

    /** COMMENT ON the view and its columns, each on its own line after the CREATE. */
    private String comments(View view, String qualified) {
        StringBuilder sql = new StringBuilder();
        String kind = view.materialized() ? "MATERIALIZED VIEW " : "VIEW ";
        if (view.comment() != null && !view.comment().isEmpty()) {
            sql.append("\nCOMMENT ON ").append(kind).append(qualified).append(" IS ")
                    .append(PostgresqlTableWriter.literal(view.comment())).append(';');
        }
        view.columnComments().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                sql.append("\nCOMMENT ON COLUMN ").append(qualified).append('.').append(quote(tableNames.column(e.getKey())))
                        .append(" IS ").append(PostgresqlTableWriter.literal(e.getValue())).append(';'));
        return sql.toString();
    }

    EmittedObject createSynonym(Synonym synonym, boolean targetIsRelation) {
        String schema = synonym.name().schema() == null ? null : tableNames.schema(synonym.name().schema());
        String wanted = tableNames.column(synonym.name().name());
        TableNames.Target target = tableNames.of(synonym.target());
        boolean sameName = wanted.equals(target.name()) && (schema == null ? target.schema() == null : schema.equals(target.schema()));
        if (!targetIsRelation || synonym.dbLink() != null || sameName) {
            items.add(GeneralCode.SYNONYM_EMULATED, synonym.span(), "synonym " + synonym.name() + " for " + synonym.target()
                    + (synonym.dbLink() == null ? "" : "@" + synonym.dbLink()) + ": add the target's schema to search_path");
            return new EmittedObject(ObjectKind.SYNONYM, wanted, "-- synonym " + synonym.name() + " for " + synonym.target()
                    + ": not created (see the action item)", synonym.span());
        }
        String name = relations.claim(schema, wanted, synonym.span(), "synonym", GeneralCode.NAME_COLLISION);
        String qualified = PostgresqlSchemaObjectWriter.qualified(schema, name);
        items.add(GeneralCode.SYNONYM_EMULATED, synonym.span(), "synonym " + synonym.name() + " becomes view " + qualified);
        return new EmittedObject(ObjectKind.SYNONYM, qualified, "CREATE VIEW " + qualified + " AS SELECT * FROM " + target.sql() + ";",
                synonym.span());
    }

    /** Depth-first: every view after the views its query names; input order otherwise. */
    private static List<View> dependencyOrder(List<View> views) {
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

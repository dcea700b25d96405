package org.schemashift.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.TargetOptions;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Catalog;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Index;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.model.UserType;
import org.schemashift.model.View;
import org.schemashift.model.NameCase;
import org.schemashift.plan.PlannedStep.AddComments;
import org.schemashift.plan.PlannedStep.AddForeignKey;
import org.schemashift.plan.PlannedStep.AddOnUpdateTrigger;
import org.schemashift.plan.PlannedStep.CreateIndex;
import org.schemashift.plan.PlannedStep.CreateSchema;
import org.schemashift.plan.PlannedStep.CreateSequence;
import org.schemashift.plan.PlannedStep.CreateSynonym;
import org.schemashift.plan.PlannedStep.CreateTable;
import org.schemashift.plan.PlannedStep.CreateType;
import org.schemashift.plan.PlannedStep.CreateView;
import org.schemashift.plan.PlannedStep.HelperLibraries;

/**
 * Plans a converted catalog for a target, whatever the target: apply order (schemas, helper
 * libraries, types, sequences before the tables whose defaults use them, tables, indexes that do
 * not serve a key, foreign keys after every table, comments, ON UPDATE triggers, views after the
 * views they read, synonyms, grants), names (folded, shortened, unique in the target's namespaces)
 * and what the target cannot take as it is (commented out or changed, with an action item), all
 * driven by the target's {@link TargetCapabilities}.
 */
public final class DdlPlanner {
    private final TargetCapabilities capabilities;
    private final TargetOptions options;
    private final ActionItems items;
    private final TargetNaming naming;
    private final TargetNames names;
    private final Namespace namespace;
    private final Scopes scopes;
    private final Map<String, Table> tablesByKey = new HashMap<>();

    public DdlPlanner(TargetCapabilities capabilities, NameCase sourceCase, ActionItems items, TargetOptions options) {
        this.capabilities = capabilities;
        this.options = options;
        this.items = items;
        this.naming = new TargetNaming(sourceCase, capabilities.identifiers());
        this.names = new TargetNames(naming);
        this.namespace = new Namespace(naming, items);
        this.scopes = new Scopes(capabilities, naming);
    }

    public DdlPlan plan(Catalog catalog) {
        List<PlannedStep> steps = new ArrayList<>();
        schemas(catalog).forEach(schema -> steps.add(new CreateSchema(schema)));
        steps.add(new HelperLibraries());
        catalog.types().forEach(type -> type(type, steps));
        for (Sequence sequence : catalog.sequences()) {
            steps.add(new CreateSequence(sequence, claimRelation(sequence.name(), sequence.span(), "sequence")));
        }
        for (Table table : catalog.tables()) {
            names.put(table.name(), claimRelation(table.name(), table.span(), "table"));
            tablesByKey.put(table.name().key(), table);
        }
        for (Table table : catalog.tables()) {
            steps.add(new CreateTable(new TablePlanner(table, names.of(table.name())).plan()));
        }
        for (Table table : catalog.tables()) {
            for (Index index : table.indexes()) {
                if (!servesConstraint(table, index)) steps.add(index(table, index));
            }
        }
        ReferenceableKeys keys = new ReferenceableKeys(catalog.tables(), capabilities.constraints());
        for (Table table : catalog.tables()) {
            for (ForeignKey fk : table.foreignKeys()) steps.add(foreignKey(table, fk, keys));
        }
        if (capabilities.comments() == TargetCapabilities.CommentSyntax.COMMENT_ON) {
            catalog.tables().stream().filter(DdlPlanner::hasComments)
                    .forEach(table -> steps.add(new AddComments(table, names.of(table.name()))));
        }
        if (!capabilities.columns().onUpdate()) {
            for (Table table : catalog.tables()) {
                List<Column> onUpdate = table.columns().stream()
                        .filter(c -> c.onUpdate() != null && c.onUpdate().node() != null).toList();
                if (!onUpdate.isEmpty()) steps.add(new AddOnUpdateTrigger(table, names.of(table.name()), onUpdate));
            }
        }
        ViewOrder.of(catalog.views()).forEach(view -> steps.add(view(view)));
        Set<String> relationKeys = new HashSet<>();
        catalog.tables().forEach(t -> relationKeys.add(t.name().name().toLowerCase(Locale.ROOT)));
        catalog.views().forEach(v -> relationKeys.add(v.name().name().toLowerCase(Locale.ROOT)));
        for (Synonym synonym : catalog.synonyms()) {
            steps.add(synonym(synonym, relationKeys.contains(synonym.target().name().toLowerCase(Locale.ROOT))));
        }
        new GrantPlanner(catalog, naming, names, items, capabilities.displayName()).plan(options.grants(), steps);
        return new DdlPlan(steps, naming, names, namespace, scopes);
    }

    /** The schemas the catalog declares, then those its qualified names imply (an Oracle HR.EMPLOYEES: the HR user's). */
    private Set<String> schemas(Catalog catalog) {
        Set<String> schemas = new LinkedHashSet<>();
        catalog.schemas().forEach(schema -> schemas.add(naming.name(schema)));
        List<ObjectName> qualified = new ArrayList<>();
        catalog.types().forEach(t -> qualified.add(t.name()));
        catalog.sequences().forEach(q -> qualified.add(q.name()));
        catalog.tables().forEach(t -> qualified.add(t.name()));
        catalog.views().forEach(v -> qualified.add(v.name()));
        catalog.synonyms().forEach(y -> qualified.add(y.name()));
        qualified.stream().map(ObjectName::schema).filter(Objects::nonNull).forEach(schema -> schemas.add(naming.name(schema)));
        return schemas;
    }

    private TargetName claimRelation(ObjectName source, SourceSpan span, String what) {
        String schema = names.schema(source);
        return new TargetName(schema, namespace.claim(scopes.relations(schema), naming.fold(source.name()), span, what,
                GeneralCode.NAME_COLLISION));
    }

    private void type(UserType type, List<PlannedStep> steps) {
        if (!capabilities.userDefinedTypes()) {
            items.add(capabilities.gaps().userType(), type.span(), "type " + type.name() + " is not created: "
                    + capabilities.displayName() + " has no user-defined types");
            return;
        }
        // a table's row type shares the relation's name, so types claim names among relations
        steps.add(new CreateType(type, claimRelation(type.name(), type.span(), "type")));
    }

    /**
     * The name a constraint keeps: its source name (folded; a claim shortens and reports it), else
     * the target's usual pattern, shortened without a report (nobody wrote it).
     */
    private String constraintName(String sourceName, String fallback) {
        return sourceName == null ? naming.spelling().shorten(fallback) : naming.fold(sourceName);
    }

    private String columnNames(List<String> columns) {
        return String.join("_", columns.stream().map(naming::name).toList());
    }

    /** Plans one table: its columns, keys and checks, claiming names in the table's order. */
    private final class TablePlanner {
        private final Table table;
        private final TargetName target;

        TablePlanner(Table table, TargetName target) {
            this.table = table;
            this.target = target;
        }

        PlannedTable plan() {
            List<PlannedTable.PlannedColumn> columns = columns();
            PlannedTable.Key primaryKey = table.primaryKey() == null ? null : primaryKey(table.primaryKey());
            List<PlannedTable.Key> uniques = new ArrayList<>();
            for (UniqueConstraint unique : table.uniques()) {
                String name = namespace.claim(scopes.indexes(target),
                        constraintName(unique.name(), target.name() + "_" + columnNames(unique.columns()) + "_key"),
                        unique.span(), "unique constraint", GeneralCode.NAME_MADE_UNIQUE);
                uniques.add(key(name, unique.columns(), unique.deferrable(), unique.initiallyDeferred(), unique.span(),
                        "unique constraint"));
            }
            return new PlannedTable(table, target, columns, primaryKey, uniques, checks());
        }

        private List<PlannedTable.PlannedColumn> columns() {
            List<PlannedTable.PlannedColumn> columns = new ArrayList<>();
            Map<String, String> folded = new HashMap<>();
            for (Column column : table.columns()) {
                String name = naming.name(column.name());
                if (!name.equals(naming.fold(column.name()))) {
                    items.add(GeneralCode.NAME_SHORTENED, column.span(), "column " + naming.fold(column.name()) + " of "
                            + table.name() + " is longer than " + naming.spelling().limit() + "; named " + name);
                }
                String previous = folded.putIfAbsent(naming.key(name), column.name());
                if (previous != null) {
                    // Oracle "Name" and NAME, say: distinct in the source, one name in the target. The second is
                    // written commented out so the table still applies; the item asks for a rename.
                    items.add(GeneralCode.NAME_COLLISION, column.span(), "columns " + previous + " and " + column.name()
                            + " of " + table.name() + " are both named " + name + " in " + capabilities.displayName()
                            + "; " + column.name() + " is commented out");
                }
                columnItems(column);
                columns.add(new PlannedTable.PlannedColumn(column, name, previous != null));
            }
            return columns;
        }

        private void columnItems(Column column) {
            String where = table.name() + "." + column.name();
            if (column.generated() != null && column.generated().expression().node() != null
                    && !column.generated().stored() && !capabilities.virtualColumns()) {
                items.add(capabilities.gaps().virtualColumn(), column.span(), where);
            }
            if (column.invisible() && !capabilities.columns().invisible()) {
                items.add(capabilities.gaps().invisibleColumn(), column.span(), where);
            }
        }

        private PlannedTable.Key primaryKey(PrimaryKey pk) {
            String name = !capabilities.constraints().namedPrimaryKey() ? null
                    : namespace.claim(scopes.indexes(target), constraintName(pk.name(), target.name() + "_pkey"), pk.span(),
                    "primary key", GeneralCode.NAME_MADE_UNIQUE);
            return key(name, pk.columns(), pk.deferrable(), pk.initiallyDeferred(), pk.span(), "primary key");
        }

        private PlannedTable.Key key(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred,
                                     SourceSpan span, String what) {
            boolean kept = keepDeferrable(deferrable, span, what + (name == null ? "" : " " + name) + " on " + table.name());
            return new PlannedTable.Key(name, columns, kept, kept && initiallyDeferred, span);
        }

        private List<PlannedTable.Check> checks() {
            List<PlannedTable.Check> checks = new ArrayList<>();
            int number = 0;
            for (CheckConstraint check : table.checks()) {
                number++;
                String name = namespace.claim(scopes.constraints(target),
                        constraintName(check.name(), target.name() + "_check" + (number == 1 ? "" : number)),
                        check.span(), "check", GeneralCode.NAME_MADE_UNIQUE);
                boolean commentedOut = check.condition().node() == null;
                if (!commentedOut && !check.enforced()) {
                    items.add(capabilities.gaps().unenforcedCheck(), check.span(), "check " + name + " on " + table.name());
                    commentedOut = true;
                }
                checks.add(new PlannedTable.Check(check, name, commentedOut));
            }
            return checks;
        }
    }

    /** DEFERRABLE kept where the target has it; elsewhere the constraint becomes immediate, with an item. */
    private boolean keepDeferrable(boolean deferrable, SourceSpan span, String what) {
        if (!deferrable) return false;
        if (capabilities.constraints().deferrable()) return true;
        items.add(capabilities.gaps().deferrable(), span, what + " is DEFERRABLE in the source; "
                + capabilities.displayName() + " checks it at once");
        return false;
    }

    private PlannedStep index(Table table, Index index) {
        TargetName target = names.of(table.name());
        String wanted = index.name() != null ? naming.fold(index.name())
                : target.name() + "_" + String.join("_", index.parts().stream()
                        .map(p -> p.column() == null ? "expr" : naming.name(p.column())).toList()) + "_idx";
        String name = namespace.claim(scopes.indexes(target), wanted, index.span(), "index", GeneralCode.NAME_MADE_UNIQUE);
        String what = "index " + (index.name() == null ? name : index.name()) + " on " + table.name();
        boolean commentedOut = false;
        Index planned = index;
        if (!capabilities.indexes().expressions() && index.parts().stream().anyMatch(p -> p.expression() != null)) {
            items.add(capabilities.gaps().expressionIndex(), index.span(), what + " has expression key parts, which "
                    + capabilities.displayName() + " cannot index; it is written commented out");
            commentedOut = true;
        } else if (!capabilities.indexes().partial() && index.where() != null) {
            commentedOut = index.unique();
            items.add(capabilities.gaps().partialIndex(), index.span(), what + " has a WHERE clause, which "
                    + capabilities.displayName() + " indexes cannot have; "
                    + (index.unique() ? "unique on every row it could reject data, so it is written commented out"
                    : "it is created on every row"));
            if (!index.unique()) planned = new Index(index.name(), index.table(), false, index.parts(), index.method(), null,
                    index.comment(), index.span());
        }
        return new CreateIndex(table, target, planned, name, commentedOut);
    }

    private PlannedStep foreignKey(Table table, ForeignKey fk, ReferenceableKeys keys) {
        TargetName target = names.of(table.name());
        String name = namespace.claim(scopes.constraints(target),
                constraintName(fk.name(), target.name() + "_" + columnNames(fk.columns()) + "_fkey"), fk.span(),
                "foreign key", GeneralCode.NAME_MADE_UNIQUE);
        boolean commentedOut = true;
        // A constraint the target would reject stays in the script commented out, with the reason.
        if (!names.known(fk.refTable())) {
            items.add(GeneralCode.UNKNOWN_TABLE, fk.span(), "foreign key " + name + " on " + table.name() + " references "
                    + fk.refTable() + ", which is not created in the input; the constraint is commented out");
        } else if (!keys.referenceable(fk.refTable(), fk.refColumns())) {
            items.add(GeneralCode.FOREIGN_KEY_NOT_UNIQUE, fk.span(), "foreign key " + name + " on " + table.name()
                    + " references " + fk.refTable() + " " + fk.refColumns() + ", which " + referenceableKeys()
                    + "; the constraint is commented out");
        } else {
            commentedOut = false;
        }
        boolean deferrable = keepDeferrable(fk.deferrable(), fk.span(), "foreign key " + name + " on " + table.name());
        ForeignKey planned = deferrable == fk.deferrable() ? fk : new ForeignKey(fk.name(), fk.columns(), fk.refTable(),
                fk.refColumns(), fk.onDelete(), fk.onUpdate(), false, false, fk.span());
        return new AddForeignKey(table, target, planned, names.of(fk.refTable()), parentColumns(fk), name, commentedOut);
    }

    /** The referenced columns; REFERENCES t without columns means t's primary key (SQL standard, Oracle). */
    private List<String> parentColumns(ForeignKey fk) {
        if (!fk.refColumns().isEmpty()) return fk.refColumns();
        Table parent = tablesByKey.get(fk.refTable().key());
        return parent == null || parent.primaryKey() == null ? List.of() : parent.primaryKey().columns();
    }

    private String referenceableKeys() {
        return switch (capabilities.constraints().foreignKeyTarget()) {
            case UNIQUE_KEY -> "is not a primary key or unique constraint that " + capabilities.displayName() + " accepts"
                    + (capabilities.constraints().deferrable() ? " (one that is not DEFERRABLE)" : "");
            case INDEXED_COLUMNS -> "are not the leading columns of a key or index of that table, as "
                    + capabilities.displayName() + " requires";
        };
    }

    private PlannedStep view(View view) {
        String schema = names.schema(view.name());
        String name = namespace.claim(scopes.relations(schema), naming.fold(view.name().name()), view.span(),
                view.materialized() ? "materialized view" : "view", GeneralCode.NAME_COLLISION);
        TargetName target = new TargetName(schema, name);
        names.put(view.name(), target);
        boolean converted = view.query() != null && view.query().node() != null;
        if (!converted) {
            items.add(GeneralCode.VIEW_NOT_CONVERTED, view.span(), "view " + view.name() + " is written commented out");
        } else if (view.readOnly() && !view.materialized()) {
            items.add(GeneralCode.READ_ONLY_VIEW, view.span(), "view " + view.name() + " WITH READ ONLY");
        }
        return new CreateView(view, target, converted);
    }

    /**
     * A synonym for a table or view becomes a view selecting everything from it; a synonym for
     * anything else, over a database link or with its target's own name is only reported.
     */
    private PlannedStep synonym(Synonym synonym, boolean targetIsRelation) {
        String schema = names.schema(synonym.name());
        String wanted = naming.name(synonym.name().name());
        TargetName target = names.of(synonym.target());
        boolean sameName = wanted.equals(target.name()) && Objects.equals(schema, target.schema());
        if (!targetIsRelation || synonym.dbLink() != null || sameName) {
            items.add(GeneralCode.SYNONYM_EMULATED, synonym.span(), "synonym " + synonym.name() + " for " + synonym.target()
                    + (synonym.dbLink() == null ? "" : "@" + synonym.dbLink()) + ": "
                    + capabilities.containers().unqualifiedAdvice());
            return new CreateSynonym(synonym, null, target);
        }
        String name = namespace.claim(scopes.relations(schema), wanted, synonym.span(), "synonym", GeneralCode.NAME_COLLISION);
        TargetName view = new TargetName(schema, name);
        items.add(GeneralCode.SYNONYM_EMULATED, synonym.span(), "synonym " + synonym.name() + " becomes view "
                + naming.qualified(view));
        return new CreateSynonym(synonym, view, target);
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

    private static boolean hasComments(Table table) {
        return table.comment() != null && !table.comment().isEmpty()
                || table.columns().stream().anyMatch(c -> c.comment() != null && !c.comment().isEmpty());
    }
}

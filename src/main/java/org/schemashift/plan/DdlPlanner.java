package org.schemashift.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.TargetOptions;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.Sequence;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.UserType;
import org.schemashift.model.View;

/**
 * Plans a converted catalog for a target, whatever the target: apply order (schemas, helper
 * libraries, types, sequences before the tables whose defaults use them, tables, indexes that do
 * not serve a key, foreign keys after every table, comments, ON UPDATE and DEFAULT ON NULL triggers, views after the
 * views they read, synonyms, grants), names (folded, shortened, unique in the target's namespaces)
 * and what the target cannot take as it is (commented out or changed, with an action item), all
 * driven by the target's {@link TargetCapabilities}. Code goes where {@link CodePlanner} says: routines
 * the tables call before the tables, package state, views and routines by what they reference,
 * triggers last. Names are claimed in that order, so the
 * same input always gets the same names.
 */
public final class DdlPlanner {
    private final TargetCapabilities targetCapabilities;
    private final TargetNaming folding;
    private final ActionItems actionItems;
    private final TargetOptions options;
    /** The planning of the catalog {@link #plan} was given: its names include the user's renames of that catalog. */
    private Planning planning;

    public DdlPlanner(TargetCapabilities capabilities, NameCase sourceCase, ActionItems items, TargetOptions options) {
        this.targetCapabilities = capabilities;
        this.folding = new TargetNaming(sourceCase, capabilities.identifiers());
        this.actionItems = items;
        this.options = options;
    }

    public DdlPlan plan(Catalog catalog) {
        TargetNaming naming = folding.withRenames(Renames.of(options.renames(), catalog, folding, actionItems));
        planning = new Planning(targetCapabilities, naming, new TargetNames(naming), new Namespace(naming, actionItems),
                new Scopes(targetCapabilities, naming), actionItems);
        TargetCapabilities capabilities = planning.capabilities();
        List<PlannedStep> steps = new ArrayList<>();
        schemas(catalog).forEach(schema -> steps.add(new PlannedStep.CreateSchema(schema)));
        steps.add(new PlannedStep.HelperLibraries());
        Set<String> relations = new HashSet<>();
        catalog.tables().forEach(t -> relations.add(planning.naming().sourceKey(t.name())));
        catalog.views().forEach(v -> relations.add(planning.naming().sourceKey(v.name())));
        catalog.types().forEach(type -> type(type, steps, relations));
        for (Sequence sequence : catalog.sequences()) {
            steps.add(new PlannedStep.CreateSequence(sequence, planning.claimRelation(sequence.name(), sequence.span(), "sequence")));
        }
        CodePlanner code = new CodePlanner();
        code.neededByTables(catalog).forEach(routine -> steps.add(new PlannedStep.CreateRoutine(routine)));
        for (Table table : catalog.tables()) {
            planning.names().put(table.name(), planning.claimRelation(table.name(), table.span(), "table"));
        }
        catalog.tables().forEach(table -> steps.add(new PlannedStep.CreateTable(new TablePlanner(planning, table).plan())));
        IndexPlanner indexes = new IndexPlanner(planning);
        catalog.tables().forEach(table -> steps.addAll(indexes.plan(table)));
        ForeignKeyPlanner foreignKeys = new ForeignKeyPlanner(planning, catalog.tables());
        for (Table table : catalog.tables()) {
            for (ForeignKey fk : table.foreignKeys()) steps.add(foreignKeys.plan(table, fk));
        }
        if (capabilities.comments() == TargetCapabilities.CommentSyntax.COMMENT_ON) {
            catalog.tables().stream().filter(DdlPlanner::hasComments)
                    .forEach(table -> steps.add(new PlannedStep.AddComments(table, planning.names().of(table.name()))));
        }
        if (!capabilities.columns().onUpdate()) catalog.tables().forEach(table -> onUpdateTrigger(table, steps));
        catalog.tables().forEach(table -> defaultOnNullTrigger(table, steps));
        catalog.packageStates().stream().filter(state -> !state.isEmpty())
                .forEach(state -> steps.add(new PlannedStep.CreatePackageState(state)));
        ViewPlanner views = new ViewPlanner(planning);
        for (Object viewOrRoutine : code.viewsAndRoutines(catalog)) {
            steps.add(viewOrRoutine instanceof View view ? views.view(view) : new PlannedStep.CreateRoutine((Routine) viewOrRoutine));
        }
        catalog.triggers().forEach(trigger -> steps.add(new PlannedStep.CreateTrigger(trigger)));
        Set<String> relationKeys = new HashSet<>();
        catalog.tables().forEach(t -> relationKeys.add(t.name().name().toLowerCase(Locale.ROOT)));
        catalog.views().forEach(v -> relationKeys.add(v.name().name().toLowerCase(Locale.ROOT)));
        for (Synonym synonym : catalog.synonyms()) {
            steps.add(views.synonym(synonym, relationKeys.contains(synonym.target().name().toLowerCase(Locale.ROOT))));
        }
        new GrantPlanner(planning, catalog).plan(options.grants(), steps);
        return new DdlPlan(steps, planning.naming(), planning.names(), planning.namespace(), planning.scopes());
    }

    /** The schemas the catalog declares, then those its qualified names imply (an Oracle HR.EMPLOYEES: the HR user's). */
    private Set<String> schemas(Catalog catalog) {
        Set<String> schemas = new LinkedHashSet<>();
        catalog.schemas().forEach(schema -> schemas.add(planning.naming().schema(schema)));
        List<ObjectName> qualified = new ArrayList<>();
        catalog.types().forEach(t -> qualified.add(t.name()));
        catalog.sequences().forEach(q -> qualified.add(q.name()));
        catalog.tables().forEach(t -> qualified.add(t.name()));
        catalog.views().forEach(v -> qualified.add(v.name()));
        catalog.synonyms().forEach(y -> qualified.add(y.name()));
        catalog.routines().forEach(r -> qualified.add(r.name()));
        catalog.packageStates().stream().filter(p -> p.schema() != null).forEach(p -> schemas.add(planning.naming().schema(p.schema())));
        qualified.stream().map(ObjectName::schema).filter(Objects::nonNull)
                .forEach(schema -> schemas.add(planning.naming().schema(schema)));
        return schemas;
    }

    private void type(UserType type, List<PlannedStep> steps, Set<String> relations) {
        if (UserType.DOMAIN.equals(type.category()) && relations.contains(planning.naming().sourceKey(type.name()))) {
            // columns carry a domain's base type, so a domain named like a table (its only column type) can go
            planning.items().add(GeneralCode.NAME_COLLISION, type.span(), "domain " + type.name()
                    + " is not created: a table or view has its name; its columns use the base type");
            return;
        }
        if (!planning.capabilities().userDefinedTypes()) {
            // a domain's columns already carry its base type and checks: nothing of it is lost
            if (UserType.DOMAIN.equals(type.category())) return;
            planning.items().add(planning.capabilities().gaps().userType(), type.span(), "type " + type.name()
                    + " is not created: " + planning.target() + " has no user-defined types");
            return;
        }
        // a table's row type shares the relation's name, so types claim names among relations
        steps.add(new PlannedStep.CreateType(type, planning.claimRelation(type.name(), type.span(), "type")));
    }

    /** An ON UPDATE clause the target lacks, as a trigger step. */
    private void onUpdateTrigger(Table table, List<PlannedStep> steps) {
        List<Column> onUpdate = table.columns().stream().filter(c -> c.onUpdate() != null && c.onUpdate().node() != null).toList();
        if (!onUpdate.isEmpty()) steps.add(new PlannedStep.AddOnUpdateTrigger(table, planning.names().of(table.name()), onUpdate));
    }

    /**
     * DEFAULT ON NULL, which no target has, as a trigger step: the default's columns (a default that
     * was not converted has none) and identity columns (the target writes what makes NULL the next value).
     */
    private void defaultOnNullTrigger(Table table, List<PlannedStep> steps) {
        List<Column> columns = table.columns().stream().filter(c -> c.defaultOnNull()
                && (c.identity() != null || c.defaultValue() != null && c.defaultValue().node() != null)).toList();
        if (!columns.isEmpty()) steps.add(new PlannedStep.AddDefaultOnNullTrigger(table, planning.names().of(table.name()), columns));
    }

    private static boolean hasComments(Table table) {
        return table.comment() != null && !table.comment().isEmpty()
                || table.columns().stream().anyMatch(c -> c.comment() != null && !c.comment().isEmpty());
    }
}

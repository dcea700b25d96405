package org.schemashift.model;

import java.util.List;

/**
 * The whole schema as the source scripts leave it, in definition order. Indexes live on their
 * tables. Built once by the convert stage from the statements, then only copied-on-change.
 */
public record Catalog(List<String> schemas, List<UserType> types, List<Sequence> sequences, List<Table> tables,
                      List<View> views, List<Routine> routines, List<PackageDef> packages, List<Trigger> triggers,
                      List<Synonym> synonyms, List<Grant> grants, List<PackageState> packageStates) {
    public Catalog {
        schemas = List.copyOf(schemas);
        types = List.copyOf(types);
        sequences = List.copyOf(sequences);
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        routines = List.copyOf(routines);
        packages = List.copyOf(packages);
        triggers = List.copyOf(triggers);
        synonyms = List.copyOf(synonyms);
        grants = List.copyOf(grants);
        packageStates = List.copyOf(packageStates);
    }

    /** A catalog as the source gives it: packages not yet converted, so no package state. */
    public Catalog(List<String> schemas, List<UserType> types, List<Sequence> sequences, List<Table> tables,
                   List<View> views, List<Routine> routines, List<PackageDef> packages, List<Trigger> triggers,
                   List<Synonym> synonyms, List<Grant> grants) {
        this(schemas, types, sequences, tables, views, routines, packages, triggers, synonyms, grants, List.of());
    }

    public Catalog withTables(List<Table> t) {
        return new Catalog(schemas, types, sequences, t, views, routines, packages, triggers, synonyms, grants, packageStates);
    }

    public Catalog withViews(List<View> v) {
        return new Catalog(schemas, types, sequences, tables, v, routines, packages, triggers, synonyms, grants, packageStates);
    }

    public Catalog withTypes(List<UserType> t) {
        return new Catalog(schemas, t, sequences, tables, views, routines, packages, triggers, synonyms, grants, packageStates);
    }

    /** The converted code: routines (packages' subprograms included), triggers and the packages' state. */
    public Catalog withCode(List<Routine> r, List<Trigger> t, List<PackageState> states) {
        return new Catalog(schemas, types, sequences, tables, views, r, packages, t, synonyms, grants, states);
    }
}

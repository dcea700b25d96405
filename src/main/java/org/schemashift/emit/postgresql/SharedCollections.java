package org.schemashift.emit.postgresql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.model.PackageState;
import org.schemashift.model.Routine;
import org.schemashift.model.UserType;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;

/**
 * The collection types code names without declaring them: the schema's own ({@code T}, CREATE TYPE
 * ... AS TABLE OF / VARRAY, a domain over an array in the target) and those of other packages
 * ({@code PKG.T}, element types already the target's), by upper-case name; and the collection type
 * each function returning one returns, by its upper-case qualified name ({@code PKG.F}), so that
 * {@code F(x)(i)} reads an element of what {@code F} returns as it would of a variable of that type.
 */
record SharedCollections(Map<String, Declaration.CollectionType> schema, Map<String, Declaration.CollectionType> packages,
                         Map<String, Declaration.CollectionType> results) {
    static final SharedCollections NONE = new SharedCollections(Map.of(), Map.of(), Map.of());

    static SharedCollections of(List<UserType> types, List<PackageState> states, List<Routine> routines) {
        Map<String, Declaration.CollectionType> packaged = new HashMap<>();
        for (PackageState state : states) {
            for (Declaration type : state.types()) {
                if (type instanceof Declaration.CollectionType c) packaged.put(key(List.of(state.pkg().name(), c.name())), c);
            }
        }
        Map<String, Declaration.CollectionType> schema = Declaration.CollectionType.of(types);
        Map<String, Declaration.CollectionType> results = new HashMap<>();
        for (Routine routine : routines) {
            Declaration.CollectionType returned = returned(routine, schema, packaged);
            if (returned != null) results.put(key(routine.name().parts()), returned);
        }
        for (PackageState state : states) {
            // a package variable's getter returns the variable, whose elements are read as the variable's would be
            for (Declaration.Variable variable : state.variables()) {
                Declaration.CollectionType type = !(variable.type() instanceof ProcType.Named named) ? null
                        : named.name().size() == 2 ? packaged.get(key(named.name()))
                        : packaged.getOrDefault(key(List.of(state.pkg().name(), named.name().get(0))), schema.get(key(named.name())));
                if (type != null) results.put(key(List.of(state.schema(), PackageState.getter(variable.name()))), type);
            }
        }
        return new SharedCollections(schema, packaged, results);
    }

    /**
     * The collection type a function returns: one its body declares (a package's or enclosing block's
     * type, declared again in each routine), its package's, another package's ({@code PKG.T}) or the schema's; else null.
     */
    private static Declaration.CollectionType returned(Routine routine, Map<String, Declaration.CollectionType> schema,
                                                        Map<String, Declaration.CollectionType> packaged) {
        Returns returns = routine.signature() == null ? null : routine.signature().returns();
        if (returns == null || returns.setOf() || !(returns.type() instanceof ProcType.Named named)) return null;
        if (named.name().size() == 2) return packaged.get(key(named.name()));
        String name = named.name().get(0);
        if (routine.body() != null) {
            for (Declaration d : routine.body().block().declarations()) {
                if (d instanceof Declaration.CollectionType c && c.name().equalsIgnoreCase(name)) return c;
            }
        }
        Declaration.CollectionType own = routine.name().schema() == null ? null : packaged.get(key(List.of(routine.name().schema(), name)));
        return own != null ? own : schema.get(key(List.of(name)));
    }

    /** The collection type {@code PKG.T} names, or null. */
    Declaration.CollectionType packaged(ProcType.Named named) {
        return named.name().size() == 2 ? packages.get(key(named.name())) : null;
    }

    private static String key(List<String> name) {
        return PlPgSqlScan.key(String.join(".", name));
    }
}

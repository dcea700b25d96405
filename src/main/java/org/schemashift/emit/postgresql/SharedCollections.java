package org.schemashift.emit.postgresql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.model.PackageState;
import org.schemashift.model.UserType;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;

/**
 * The collection types code names without declaring them: the schema's own ({@code T}, CREATE TYPE
 * ... AS TABLE OF / VARRAY, a domain over an array in the target) and those of other packages
 * ({@code PKG.T}, element types already the target's), by upper-case name.
 */
record SharedCollections(Map<String, Declaration.CollectionType> schema, Map<String, Declaration.CollectionType> packages) {
    static final SharedCollections NONE = new SharedCollections(Map.of(), Map.of());

    static SharedCollections of(List<UserType> types, List<PackageState> states) {
        Map<String, Declaration.CollectionType> packaged = new HashMap<>();
        for (PackageState state : states) {
            for (Declaration type : state.types()) {
                if (type instanceof Declaration.CollectionType c) packaged.put(key(List.of(state.pkg().name(), c.name())), c);
            }
        }
        return new SharedCollections(Declaration.CollectionType.of(types), packaged);
    }

    /** The collection type {@code PKG.T} names, or null. */
    Declaration.CollectionType packaged(ProcType.Named named) {
        return named.name().size() == 2 ? packages.get(key(named.name())) : null;
    }

    private static String key(List<String> name) {
        return PlPgSqlScan.key(String.join(".", name));
    }
}

package org.schemashift.convert.proc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;

/**
 * What a package declares at package level, as its own code and its callers see it: variables and
 * constants ({@link Symbol}s, package state or inlined), cursors, record and collection types, the
 * types its specification names (SUBTYPE, as read), and the names of its subprograms. Names are upper case. Private members are visible from outside too:
 * the source compiled, so outside code only names public ones.
 */
record PackageScope(String name, String schema, Map<String, Symbol> symbols, Map<String, Declaration> types,
                    Map<String, Declaration.Cursor> cursors, Map<String, Declaration.NamedCondition> conditions,
                    Map<String, ProcType> subtypes, Set<String> routines) {

    static PackageScope empty(String name, String schema, Map<String, ProcType> subtypes, Set<String> routines) {
        Map<String, ProcType> byKey = new LinkedHashMap<>();
        subtypes.forEach((n, t) -> byKey.put(key(n), t));
        return new PackageScope(name, schema, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), byKey, routines);
    }

    Symbol symbol(String name) {
        return symbols.get(key(name));
    }

    boolean hasRoutine(String name) {
        return routines.contains(key(name));
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}

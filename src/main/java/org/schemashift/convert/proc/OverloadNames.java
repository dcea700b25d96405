package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.RoutineOverloads;
import org.schemashift.model.PackageDef;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.source.oracle.OracleCode;

/**
 * The name each subprogram of a package is created under. PostgreSQL tells routines of a schema
 * apart by name and argument types only (a function's input arguments, a procedure's all, lengths
 * and precisions ignored, functions and procedures alike), so overloads whose parameter types
 * differ in the source but map to the same target types ({@code tochar(DATE)} and
 * {@code tochar(TIMESTAMP)}: both timestamp) would replace each other. The first overload, in
 * source order, keeps the name; each later one that clashes with an earlier one gets its source
 * parameter types where they differ as a suffix ({@code tochar_timestamp}), or its kind when they do
 * not (a function and a procedure of the same parameters), made unique in the package. Reported,
 * naming both source lines.
 */
final class OverloadNames {
    private OverloadNames() {
    }

    /**
     * The distinct subprograms of {@code pkg} (a specification's declaration and the body's
     * definition are one), first declaration first: its span and signature speak for both.
     */
    static List<Declaration.Subprogram> subprograms(PackageDef pkg) {
        Map<String, Declaration.Subprogram> distinct = new LinkedHashMap<>();
        for (Declaration d : pkg.specification()) {
            if (d instanceof Declaration.Subprogram s) distinct.putIfAbsent(key(s), s);
        }
        for (Declaration d : pkg.body()) {
            if (d instanceof Declaration.Subprogram s) distinct.putIfAbsent(key(s), s);
        }
        return List.copyOf(distinct.values());
    }

    /** A subprogram as the source tells it from its overloads: name, kind, parameter modes and types. */
    static String key(Declaration.Subprogram s) {
        return s.name().toUpperCase(Locale.ROOT) + sourceSignature(s) + (s.signature().returns() == null ? "" : " RETURN");
    }

    /** {@code (IN varchar2, IN timestamp with local time zone)}: modes and source types, without lengths. */
    private static String sourceSignature(Declaration.Subprogram s) {
        return s.signature().parameters().stream().map(p -> p.mode() + " " + sourceType(p.type()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String sourceType(ProcType type) {
        if (!(type instanceof ProcType.Declared d)) return RoutineOverloads.typeKey(type);
        return d.type().sourceText().toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").trim();
    }

    /**
     * The renamed subprograms of {@code pkg} by {@link #key}, each to its new name; {@code identity}
     * gives the target type of a source type as PostgreSQL compares them.
     */
    static Map<String, String> renamed(PackageDef pkg, Function<ProcType, String> identity, ActionItems items) {
        List<Declaration.Subprogram> subprograms = subprograms(pkg);
        Set<String> taken = new HashSet<>();
        subprograms.forEach(s -> taken.add(s.name().toUpperCase(Locale.ROOT)));
        Map<String, Declaration.Subprogram> first = new HashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Declaration.Subprogram s : subprograms) {
            String signature = s.name().toUpperCase(Locale.ROOT) + targetSignature(s, identity);
            Declaration.Subprogram earlier = first.putIfAbsent(signature, s);
            if (earlier == null) continue;
            String name = unique(s.name() + "_" + suffix(s, earlier), taken);
            renamed.put(key(s), name);
            items.add(OracleCode.OVERLOAD_RENAMED, s.span(), "package " + pkg.name() + ": " + describe(s) + " becomes " + name
                    + ": in PostgreSQL its signature " + targetSignature(s, identity) + " is that of " + describe(earlier)
                    + " at line " + earlier.span().line() + ", which keeps the name");
        }
        return renamed;
    }

    /** The argument types PostgreSQL identifies the routine by. */
    private static String targetSignature(Declaration.Subprogram s, Function<ProcType, String> identity) {
        boolean function = s.signature().returns() != null;
        return s.signature().parameters().stream()
                .filter(p -> !function || p.mode() != ParameterMode.OUT)
                .map(p -> identity.apply(p.type()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The source types of {@code s}'s parameters that differ from {@code earlier}'s, or its kind when none do. */
    private static String suffix(Declaration.Subprogram s, Declaration.Subprogram earlier) {
        List<Parameter> mine = s.signature().parameters();
        List<Parameter> theirs = earlier.signature().parameters();
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            String type = sourceType(mine.get(i).type());
            if (i >= theirs.size() || !type.equals(sourceType(theirs.get(i).type()))) differing.add(type);
        }
        String suffix = differing.isEmpty() ? (s.signature().returns() == null ? "proc" : "fn") : String.join("_", differing);
        suffix = suffix.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return s.name().equals(s.name().toUpperCase(Locale.ROOT)) ? suffix.toUpperCase(Locale.ROOT) : suffix.toLowerCase(Locale.ROOT);
    }

    private static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int n = 2; !taken.add(name.toUpperCase(Locale.ROOT)); n++) name = wanted + "_" + n;
        return name;
    }

    private static String describe(Declaration.Subprogram s) {
        return (s.signature().returns() == null ? "procedure " : "function ") + s.name() + sourceSignature(s);
    }
}

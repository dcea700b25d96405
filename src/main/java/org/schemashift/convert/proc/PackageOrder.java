package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.schemashift.model.PackageDef;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;

/**
 * The order in which packages' members are declared: a package whose variables, record fields or
 * collection elements are typed after another package ({@code PKG.V%TYPE}, {@code PKG.T}) comes after
 * it, so the anchor finds the variable's converted type. Oracle compiles dependencies first whatever
 * order the install script gives; otherwise the input order stands (and in a cycle).
 */
final class PackageOrder {
    private final Map<String, PackageDef> byKey = new LinkedHashMap<>();
    private final Set<String> placed = new HashSet<>();
    private final Set<String> visiting = new HashSet<>();
    private final List<PackageDef> ordered = new ArrayList<>();

    private PackageOrder(List<PackageDef> packages) {
        packages.forEach(p -> byKey.put(PackageScope.key(p.name().name()), p));
    }

    static List<PackageDef> of(List<PackageDef> packages) {
        PackageOrder order = new PackageOrder(packages);
        order.byKey.keySet().forEach(order::place);
        return order.ordered;
    }

    private void place(String key) {
        if (placed.contains(key) || !visiting.add(key)) return;
        PackageDef pkg = byKey.get(key);
        for (String dependency : dependencies(pkg)) {
            if (byKey.containsKey(dependency) && !dependency.equals(key)) place(dependency);
        }
        visiting.remove(key);
        placed.add(key);
        ordered.add(pkg);
    }

    /** The packages named by the types of {@code pkg}'s package-level declarations and subtypes. */
    private static Set<String> dependencies(PackageDef pkg) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(pkg.specification().stream(), pkg.body().stream()).forEach(d -> {
            if (d instanceof Declaration.Variable v) packageOf(v.type(), names);
            else if (d instanceof Declaration.RecordType r) r.fields().forEach(f -> packageOf(f.type(), names));
            else if (d instanceof Declaration.CollectionType c) packageOf(c.element(), names);
        });
        pkg.subtypes().values().forEach(t -> packageOf(t, names));
        return names;
    }

    private static void packageOf(ProcType type, Set<String> names) {
        if (type instanceof ProcType.Anchored a && a.reference().size() >= 2) names.add(PackageScope.key(a.reference().get(0)));
        if (type instanceof ProcType.Named n && n.name().size() == 2) names.add(PackageScope.key(n.name().get(0)));
        if (type instanceof ProcType.Row row) row.fields().forEach(f -> packageOf(f.type(), names));
    }
}

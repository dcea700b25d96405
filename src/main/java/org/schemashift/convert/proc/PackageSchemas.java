package org.schemashift.convert.proc;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.TypeFamily;
import org.schemashift.convert.UserRoutines;
import org.schemashift.model.Catalog;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageDef;
import org.schemashift.model.Routine;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineSignature;

/**
 * The schema each package becomes: the package's name, or, when the input already has a schema of
 * that name (or another package took it), the name with {@code _PKG} (then a number) appended,
 * reported. Decided once, before any expression is converted, so that views and defaults calling
 * package functions resolve to the same routines the packages become.
 */
public final class PackageSchemas {
    private final Map<String, String> byPackage = new LinkedHashMap<>();

    private PackageSchemas() {
    }

    public static PackageSchemas of(Catalog catalog, ActionItems items) {
        Set<String> taken = new HashSet<>();
        catalog.schemas().forEach(s -> taken.add(s.toLowerCase(Locale.ROOT)));
        Stream.of(catalog.tables().stream().map(t -> t.name()), catalog.views().stream().map(v -> v.name()),
                        catalog.sequences().stream().map(s -> s.name()), catalog.routines().stream().map(Routine::name))
                .flatMap(s -> s).map(ObjectName::schema).filter(Objects::nonNull)
                .forEach(s -> taken.add(s.toLowerCase(Locale.ROOT)));
        PackageSchemas schemas = new PackageSchemas();
        for (PackageDef pkg : catalog.packages()) {
            String wanted = pkg.name().name();
            String schema = wanted;
            for (int n = 1; taken.contains(schema.toLowerCase(Locale.ROOT)); n++) {
                schema = wanted + "_PKG" + (n == 1 ? "" : String.valueOf(n));
            }
            if (!schema.equals(wanted)) {
                items.add(GeneralCode.PACKAGE_SCHEMA_RENAMED, pkg.span(), "package " + pkg.name() + " becomes schema " + schema);
            }
            taken.add(schema.toLowerCase(Locale.ROOT));
            schemas.byPackage.put(pkg.name().key(), schema);
        }
        return schemas;
    }

    /** The schema of {@code pkg}. */
    public String schema(PackageDef pkg) {
        return byPackage.get(pkg.name().key());
    }

    /**
     * Every routine of the input by the names calls may use: standalone routines and the packages'
     * subprograms, with their parameter modes and the family of their result ({@code family} of a type).
     */
    public UserRoutines routines(Catalog catalog, Function<ProcType, TypeFamily> family) {
        UserRoutines routines = new UserRoutines();
        for (Routine routine : catalog.routines()) {
            routines.addStandalone(routine.name());
            describe(routines, routine.name(), routine.signature(), family);
        }
        for (PackageDef pkg : catalog.packages()) {
            String schema = schema(pkg);
            Stream.concat(pkg.specification().stream(), pkg.body().stream())
                    .filter(d -> d instanceof Declaration.Subprogram)
                    .map(d -> (Declaration.Subprogram) d)
                    .forEach(s -> {
                        ObjectName target = new ObjectName(schema, s.name());
                        routines.add(List.of(pkg.name().name(), s.name()), target);
                        if (pkg.name().schema() != null) routines.add(List.of(pkg.name().schema(), pkg.name().name(), s.name()), target);
                        describe(routines, target, s.signature(), family);
                    });
        }
        return routines;
    }

    private static void describe(UserRoutines routines, ObjectName target, RoutineSignature signature,
                                 Function<ProcType, TypeFamily> family) {
        routines.addOverload(target, signature.parameters().stream()
                .map(p -> new UserRoutines.Parameter(p.name(), p.mode(), p.type(), family.apply(p.type()))).toList());
        if (signature.returns() != null) routines.addResult(target, family.apply(signature.returns().type()));
    }
}

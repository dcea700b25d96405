package org.schemashift.convert.proc;

import java.util.HashMap;
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
import org.schemashift.model.ActionCode;
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
    /** Overloads created under another name ({@link OverloadNames}), by package key and subprogram key. */
    private final Map<String, String> renamedOverloads = new HashMap<>();

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

    /** The name the package subprogram {@code s} of {@code pkg} is created under: its own, unless an overload clash renamed it. */
    String routineName(PackageDef pkg, Declaration.Subprogram s) {
        return renamedOverloads.getOrDefault(pkg.name().key() + " " + OverloadNames.key(s), s.name());
    }

    /**
     * Every routine of the input by the names calls may use: standalone routines and the packages'
     * subprograms, with their parameter modes and the family of their result ({@code family} of a
     * type). Decides here the names of package overloads the target cannot tell apart, {@code identity}
     * giving a type as the target compares routine signatures; {@code sessionDateFormat} reports
     * dates passed as text and back (null: not reported).
     */
    public UserRoutines routines(Catalog catalog, Function<ProcType, TypeFamily> family, Function<ProcType, String> identity,
                                 ActionItems items, ActionCode sessionDateFormat) {
        UserRoutines routines = new UserRoutines(sessionDateFormat);
        for (Routine routine : catalog.routines()) {
            routines.addStandalone(routine.name());
            describe(routines, routine.name(), routine.name(), routine.signature(), family, identity);
        }
        // type.method(...) calls a STATIC method of an object type
        ObjectMethods.of(catalog).staticMethods().forEach((routine, method) -> {
            routines.add(List.of(method.type(), method.name()), routine);
            if (routine.schema() != null) routines.add(List.of(routine.schema(), method.type(), method.name()), routine);
        });
        for (PackageDef pkg : catalog.packages()) {
            String schema = schema(pkg);
            OverloadNames.renamed(pkg, identity, items).forEach((key, name) -> renamedOverloads.put(pkg.name().key() + " " + key, name));
            for (Declaration.Subprogram s : OverloadNames.subprograms(pkg)) {
                ObjectName base = new ObjectName(schema, s.name());
                routines.add(List.of(pkg.name().name(), s.name()), base);
                if (pkg.name().schema() != null) routines.add(List.of(pkg.name().schema(), pkg.name().name(), s.name()), base);
                describe(routines, base, new ObjectName(schema, routineName(pkg, s)), s.signature(), family, identity);
            }
        }
        return routines;
    }

    private static void describe(UserRoutines routines, ObjectName base, ObjectName target, RoutineSignature signature,
                                 Function<ProcType, TypeFamily> family, Function<ProcType, String> identity) {
        routines.addOverload(base, target, signature.returns() != null, signature.parameters().stream()
                .map(p -> new UserRoutines.Parameter(p.name(), p.mode(), p.type(), family.apply(p.type()), identity.apply(p.type()),
                        p.defaultValue()))
                .toList());
        if (signature.returns() != null) routines.addResult(base, family.apply(signature.returns().type()));
    }
}

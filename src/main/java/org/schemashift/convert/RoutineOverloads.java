package org.schemashift.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcType;

/**
 * The routines of the input by name, each name holding its overloads by parameter signature:
 * a second definition with the same name and signature replaces the first (reported as a
 * duplicate, as CREATE OR REPLACE replays), one with another signature is an overload kept beside it.
 */
public final class RoutineOverloads {
    private final ActionItems items;
    private final Map<String, Map<String, Routine>> byName = new LinkedHashMap<>();

    RoutineOverloads(ActionItems items) {
        this.items = items;
    }

    void put(Routine routine) {
        Map<String, Routine> overloads = byName.computeIfAbsent(routine.name().key(), k -> new LinkedHashMap<>());
        if (overloads.put(signatureKey(routine), routine) != null) {
            items.add(GeneralCode.DUPLICATE_OBJECT, routine.span(),
                    routine.name() + signatureKey(routine) + " was already defined; this definition replaces it");
        }
    }

    /** DROP PROCEDURE / FUNCTION without a signature drops every overload. */
    void remove(ObjectName name) {
        byName.remove(name.key());
    }

    /** Drops the routines whose key starts with {@code schemaPrefix} ("hr."). */
    void removeSchema(String schemaPrefix) {
        byName.keySet().removeIf(k -> k.startsWith(schemaPrefix));
    }

    List<Routine> all() {
        List<Routine> all = new ArrayList<>();
        byName.values().forEach(overloads -> all.addAll(overloads.values()));
        return all;
    }

    /** {@code (IN number, OUT varchar2)}: the modes and types of the parameters, as the source wrote them. */
    static String signatureKey(Routine routine) {
        return signatureKey(routine.signature().parameters());
    }

    private static String signatureKey(List<Parameter> parameters) {
        return parameters.stream().map(RoutineOverloads::parameterKey).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String parameterKey(Parameter parameter) {
        return parameter.mode() + " " + typeKey(parameter.type());
    }

    /** A source type as written, in lower case: {@code varchar2}, {@code timestamp with time zone}, {@code emp.id%TYPE}. */
    public static String typeKey(ProcType type) {
        if (type instanceof ProcType.Declared d) return d.type().name().toLowerCase(Locale.ROOT);
        if (type instanceof ProcType.Anchored a) return String.join(".", a.reference()).toLowerCase(Locale.ROOT) + "%" + a.anchor();
        if (type instanceof ProcType.Named n) return String.join(".", n.name()).toLowerCase(Locale.ROOT);
        return type.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}

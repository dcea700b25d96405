package org.schemashift.convert.proc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.Catalog;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcType;

/**
 * The methods of the input's object types, which the builders make routines {@code <TYPE>_<METHOD>}
 * of (docs/procedural-ir.md): a MEMBER method takes SELF of the type first, a constructor
 * {@code <TYPE>_<TYPE>} returns the type, a STATIC method has neither and is known by its name's
 * prefix, an object type of the input. Oracle calls a static method {@code type.method(...)} from
 * anywhere, and any method by its bare name from another method of the same type.
 */
final class ObjectMethods {
    /** A method: the type's key, the method's name, and whether a call passes SELF first (a member). */
    record Method(String type, String name, boolean member) {
    }

    private final Map<String, Method> byRoutine = new HashMap<>();
    private final Map<String, Map<String, ProcScope.LocalRoutine>> byType = new HashMap<>();
    private final Map<ObjectName, Method> statics = new HashMap<>();
    /** The user-defined constructors' routine by the type's key (their overloads share the name). */
    private final Map<String, ObjectName> constructors = new HashMap<>();
    /** The constructors' routines by their key, to their type's key. */
    private final Map<String, String> constructed = new HashMap<>();
    private final Set<String> objectTypes = new HashSet<>();

    private ObjectMethods() {
    }

    static ObjectMethods of(Catalog catalog) {
        ObjectMethods methods = new ObjectMethods();
        Set<String> objectTypes = methods.objectTypes;
        catalog.types().stream().filter(t -> "OBJECT".equals(t.category())).forEach(t -> objectTypes.add(PackageScope.key(t.name().name())));
        for (Routine routine : catalog.routines()) {
            Method method = method(routine, objectTypes);
            if (method == null) continue;
            methods.byRoutine.put(routine.name().key(), method);
            if (routine.constructedType() != null) {
                methods.constructors.putIfAbsent(method.type(), routine.name());
                methods.constructed.put(routine.name().key(), method.type());
            }
            if (!method.member() && routine.constructedType() == null) methods.statics.put(routine.name(), method);
            if (routine.constructedType() == null) {
                methods.byType.computeIfAbsent(method.type(), k -> new HashMap<>()).putIfAbsent(PackageScope.key(method.name()),
                        new ProcScope.LocalRoutine(routine.name(), List.of(), method.member()));
            }
        }
        return methods;
    }

    /** The method {@code routine} is, or null for a routine of no object type. */
    private static Method method(Routine routine, Set<String> objectTypes) {
        List<Parameter> parameters = routine.signature() == null ? List.of() : routine.signature().parameters();
        ProcType self = !parameters.isEmpty() && parameters.get(0).name().equalsIgnoreCase(ProcScope.SELF) ? parameters.get(0).type()
                : routine.constructedType();
        String name = routine.name().name();
        if (self instanceof ProcType.Named named) {
            String type = named.name().get(named.name().size() - 1);
            boolean prefixed = name.regionMatches(true, 0, type + "_", 0, type.length() + 1);
            return prefixed ? new Method(PackageScope.key(type), name.substring(type.length() + 1), routine.constructedType() == null) : null;
        }
        // a static method: the longest prefix before a '_' that names an object type
        for (int i = name.lastIndexOf('_'); i > 0; i = name.lastIndexOf('_', i - 1)) {
            if (objectTypes.contains(PackageScope.key(name.substring(0, i)))) {
                return new Method(PackageScope.key(name.substring(0, i)), name.substring(i + 1), false);
            }
        }
        return null;
    }

    /** The object type (key) whose method {@code routine} is, or null. */
    String typeOf(ObjectName routine) {
        Method method = byRoutine.get(routine.key());
        return method == null ? null : method.type();
    }

    /** The methods a bare name calls in a method of {@code type} (key; null: none), by upper-case method name. */
    Map<String, ProcScope.LocalRoutine> of(String type) {
        return type == null ? Map.of() : byType.getOrDefault(type, Map.of());
    }

    /** The key of the object type of the input {@code type} names, or null for any other type. */
    String objectType(ProcType type) {
        if (!(type instanceof ProcType.Named named)) return null;
        String key = PackageScope.key(named.name().get(named.name().size() - 1));
        return objectTypes.contains(key) ? key : null;
    }

    /** The key of the object type of the input {@code name} (a type's name as code writes it), or null. */
    String objectType(String name) {
        String key = PackageScope.key(name);
        return objectTypes.contains(key) ? key : null;
    }

    /** The routine of the MEMBER method {@code method} of {@code type} (key), which takes SELF first; null when there is none. */
    ObjectName member(String type, String method) {
        ProcScope.LocalRoutine routine = of(type).get(PackageScope.key(method));
        return routine != null && routine.passesSelf() ? routine.target() : null;
    }

    /** The user-defined constructor of {@code type} (key), or null. */
    ObjectName constructor(String type) {
        return constructors.get(type);
    }

    /** The object type (key) a constructor routine {@code routine} builds, or null when it is none. */
    String constructedBy(ObjectName routine) {
        return constructed.get(routine.key());
    }

    /** The static methods: the routine and the method's name, which {@code type.method(...)} calls. */
    Map<ObjectName, Method> staticMethods() {
        return statics;
    }
}

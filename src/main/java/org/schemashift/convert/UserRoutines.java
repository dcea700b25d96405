package org.schemashift.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ObjectName;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * The input's own routines as calls may name them: a standalone routine by its name or
 * {@code schema.name}, a package's subprogram by {@code pkg.name} or {@code owner.pkg.name}. Each
 * name leads to the routine's converted name (a package's subprograms live in the package's schema),
 * so a view or default calling {@code pkg.f(x)} calls the converted routine instead of being reported
 * as an unknown function. Names are matched without case; one index, so a lookup costs one hash.
 */
public final class UserRoutines {
    /** No routines: every call needs a function rule. */
    public static final UserRoutines NONE = new UserRoutines();

    private final Map<String, ObjectName> byCalledName = new HashMap<>();
    private final Map<String, List<ParameterMode>> modes = new HashMap<>();
    private final Map<String, TypeFamily> results = new HashMap<>();

    /** Makes {@code target} callable as {@code calledName} (its parts as written). */
    public void add(List<String> calledName, ObjectName target) {
        byCalledName.putIfAbsent(key(calledName), target);
    }

    /** Records the parameter modes of {@code target} (its first overload's), for OUT arguments of its calls. */
    public void addModes(ObjectName target, List<ParameterMode> parameterModes) {
        modes.putIfAbsent(target.key(), List.copyOf(parameterModes));
    }

    /** Records the family of what function {@code target} returns (its first overload's), for the expression rules. */
    public void addResult(ObjectName target, TypeFamily family) {
        results.putIfAbsent(target.key(), family);
    }

    /** The family of what the routine {@code calledName} names returns; UNKNOWN when it names none or no function. */
    public TypeFamily returns(List<String> calledName) {
        ObjectName target = byCalledName.get(key(calledName));
        return target == null ? TypeFamily.UNKNOWN : results.getOrDefault(target.key(), TypeFamily.UNKNOWN);
    }

    /** The parameter modes of the routine called as {@code routine} (resolved), or an empty list when unknown. */
    public List<ParameterMode> modes(SqlIdentifier routine) {
        List<String> names = routine.names;
        ObjectName name = names.size() == 1 ? ObjectName.of(names.get(0)) : new ObjectName(names.get(names.size() - 2), names.get(names.size() - 1));
        return modes.getOrDefault(name.key(), List.of());
    }

    /** Makes a standalone routine callable by its bare and qualified name. */
    public void addStandalone(ObjectName name) {
        add(List.of(name.name()), name);
        if (name.schema() != null) add(List.of(name.schema(), name.name()), name);
    }

    /** The converted name of the routine {@code calledName} calls, as an identifier, or null when it names none. */
    public SqlIdentifier resolve(List<String> calledName) {
        ObjectName target = byCalledName.get(key(calledName));
        if (target == null) return null;
        return target.schema() == null ? new SqlIdentifier(target.name(), SqlParserPos.ZERO)
                : new SqlIdentifier(List.of(target.schema(), target.name()), SqlParserPos.ZERO);
    }

    /** {@code call}'s operands passed to the routine named {@code routine}. */
    public static SqlCall call(SqlIdentifier routine, SqlCall call) {
        return PseudoFunctions.function(routine).createCall(call.getParserPosition(), call.getOperandList().toArray(SqlNode[]::new));
    }

    private static String key(List<String> name) {
        return String.join(".", name).toLowerCase(Locale.ROOT);
    }
}

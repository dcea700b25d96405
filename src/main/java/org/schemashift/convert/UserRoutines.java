package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.ObjectName;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sql.CastTargets;

/**
 * The input's own routines as calls may name them: a standalone routine by its name or
 * {@code schema.name}, a package's subprogram by {@code pkg.name} or {@code owner.pkg.name}. Each
 * name leads to the routine's converted name (a package's subprograms live in the package's schema),
 * so a view or default calling {@code pkg.f(x)} calls the converted routine instead of being reported
 * as an unknown function. Names are matched without case; one index, so a lookup costs one hash.
 */
public final class UserRoutines {
    /** The decision recorded where an argument is converted to its parameter's type. */
    public static final String IMPLICIT_CONVERSION = "routine.implicit-argument-conversion";

    /** No routines: every call needs a function rule. */
    public static final UserRoutines NONE = new UserRoutines();

    private final Map<String, ObjectName> byCalledName = new HashMap<>();
    private final Map<String, List<List<Parameter>>> overloads = new HashMap<>();
    private final Map<String, TypeFamily> results = new HashMap<>();

    /** Makes {@code target} callable as {@code calledName} (its parts as written). */
    public void add(List<String> calledName, ObjectName target) {
        byCalledName.putIfAbsent(key(calledName), target);
    }

    /** One parameter of a routine: its name as declared, its mode, its source type and that type's family. */
    public record Parameter(String name, ParameterMode mode, ProcType type, TypeFamily family) {
    }

    /** Records one overload of {@code target}: its parameters, for OUT arguments and argument conversions of its calls. */
    public void addOverload(ObjectName target, List<Parameter> parameters) {
        overloads.computeIfAbsent(target.key(), k -> new ArrayList<>()).add(List.copyOf(parameters));
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

    /** The parameter modes of the routine called as {@code routine} (resolved; its first overload's), or an empty list when unknown. */
    public List<ParameterMode> modes(SqlIdentifier routine) {
        List<List<Parameter>> all = overloads.getOrDefault(key(routine), List.of());
        return all.isEmpty() ? List.of() : all.get(0).stream().map(Parameter::mode).toList();
    }

    /**
     * The family of the parameter argument {@code index} of a call of {@code routine} (resolved) is
     * passed to, {@code argumentNames} being the call's argument names (null for a positional one):
     * the family every overload that can take those arguments agrees on, else UNKNOWN. Oracle converts
     * an argument to its parameter's type implicitly; the target needs the conversion written.
     */
    public TypeFamily parameterFamily(SqlIdentifier routine, List<String> argumentNames, int index) {
        Parameter p = parameter(routine, argumentNames, index);
        return p == null ? TypeFamily.UNKNOWN : p.family();
    }

    /**
     * The parameter argument {@code index} of a call of {@code routine} is passed to, when every
     * overload that can take the call's arguments agrees on its family (the first such), else null.
     */
    public Parameter parameter(SqlIdentifier routine, List<String> argumentNames, int index) {
        Parameter agreed = null;
        for (List<Parameter> overload : overloads.getOrDefault(key(routine), List.of())) {
            if (argumentNames.size() > overload.size()) continue;
            Parameter at = null;
            boolean fits = true;
            for (int i = 0; i < argumentNames.size() && fits; i++) {
                Parameter p = parameter(overload, argumentNames.get(i), i);
                fits = p != null;
                if (fits && i == index) at = p;
            }
            if (!fits) continue;
            if (agreed != null && agreed.family() != at.family()) return null;
            agreed = at;
        }
        return agreed;
    }

    /**
     * {@code argument} (converted) as passed to its parameter: where the argument's source family is
     * a number and the parameter's a string, or the other way round, with Oracle's implicit
     * conversion written as a CAST (PostgreSQL picks a routine by its argument types and has no such
     * conversion); else {@code argument} itself.
     */
    public SqlNode passed(SqlIdentifier routine, List<String> argumentNames, int index, SqlNode argument, TypeFamily family) {
        TypeFamily parameter = parameterFamily(routine, argumentNames, index);
        SqlTypeName type = family == TypeFamily.NUMBER && parameter == TypeFamily.STRING ? SqlTypeName.VARCHAR
                : family == TypeFamily.STRING && parameter == TypeFamily.NUMBER ? SqlTypeName.DECIMAL : null;
        if (type == null) return argument;
        SqlParserPos pos = argument.getParserPosition();
        return SqlStdOperatorTable.CAST.createCall(pos, argument, CastTargets.standard(type, pos));
    }

    private static Parameter parameter(List<Parameter> overload, String name, int position) {
        if (name == null) return overload.get(position);
        return overload.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static String key(SqlIdentifier routine) {
        List<String> names = routine.names;
        ObjectName name = names.size() == 1 ? ObjectName.of(names.get(0)) : new ObjectName(names.get(names.size() - 2), names.get(names.size() - 1));
        return name.key();
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

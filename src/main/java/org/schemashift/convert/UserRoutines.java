package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.ActionCode;
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
    public static final UserRoutines NONE = new UserRoutines(null);

    private final ActionCode sessionDateFormat;
    private final Map<String, ObjectName> byCalledName = new HashMap<>();
    private final Map<String, List<List<Parameter>>> overloads = new HashMap<>();
    /** The overloads of each called routine, by its name before any overload was renamed, in source order. */
    private final Map<String, List<Overload>> byBaseName = new HashMap<>();
    private final Map<String, TypeFamily> results = new HashMap<>();

    /** {@code sessionDateFormat}: the source's item for a date passed as text or back by a session's format; null for none. */
    public UserRoutines(ActionCode sessionDateFormat) {
        this.sessionDateFormat = sessionDateFormat;
    }

    /** Makes {@code target} callable as {@code calledName} (its parts as written). */
    public void add(List<String> calledName, ObjectName target) {
        byCalledName.putIfAbsent(key(calledName), target);
    }

    /**
     * One parameter of a routine: its name as declared, its mode, its source type, that type's family
     * and its target type as the target compares signatures ({@link TargetTypes#identity}, null when
     * not known), and its default (as the source wrote it; null when it has none).
     */
    public record Parameter(String name, ParameterMode mode, ProcType type, TypeFamily family, String identity, SqlNode defaultValue) {
        public boolean hasDefault() {
            return defaultValue != null;
        }
    }

    /**
     * What a call knows of an argument's type, where it knows it (a variable's): its source type as
     * {@link RoutineOverloads#typeKey} writes it ({@code varchar2}, {@code clob}) and its target type
     * as the target compares signatures ({@link TargetTypes#identity}); {@link #UNKNOWN} for any other argument.
     */
    public record ArgumentType(String source, String identity) {
        public static final ArgumentType UNKNOWN = new ArgumentType(null, null);
    }

    /** One overload of a routine: the routine it becomes (renamed when the target cannot tell it from another), and its parameters. */
    private record Overload(ObjectName target, boolean function, List<Parameter> parameters) {
    }

    /**
     * Records one overload of the routine {@code base} (a function or a procedure), converted to
     * {@code target} ({@code base} itself unless renamed): its parameters, for resolving its calls,
     * their OUT arguments and argument conversions.
     */
    public void addOverload(ObjectName base, ObjectName target, boolean function, List<Parameter> parameters) {
        overloads.computeIfAbsent(target.key(), k -> new ArrayList<>()).add(List.copyOf(parameters));
        byBaseName.computeIfAbsent(base.key(), k -> new ArrayList<>()).add(new Overload(target, function, List.copyOf(parameters)));
    }

    /**
     * The overload a call of {@code routine} (resolved, before renaming) with these arguments takes,
     * as Oracle resolves it: one of the called kind (function in an expression, procedure in a call
     * statement) that takes the arguments by position and name, the rest having defaults, preferring
     * the most arguments of their parameter's family, then of its source type (Oracle takes the
     * overload whose parameter is of the argument's own type: a CLOB variable goes to the CLOB
     * overload, a VARCHAR2 one or a string literal to the VARCHAR2 overload, though both are text on the target), then of
     * its target type ({@code types}, where known); the first in source order among equals. Only
     * where an overload was renamed does this change anything: else {@code routine} itself.
     */
    public SqlIdentifier overload(SqlIdentifier routine, boolean function, List<String> argumentNames, List<TypeFamily> families,
                                  List<ArgumentType> types) {
        List<Overload> all = byBaseName.getOrDefault(key(routine), List.of());
        if (all.stream().allMatch(o -> o.target().key().equals(key(routine)))) return routine;
        Overload best = null;
        int bestScore = -1;
        for (Overload overload : all) {
            int score = overload.function() == function ? score(overload.parameters(), argumentNames, families, types) : -1;
            if (score > bestScore) {
                best = overload;
                bestScore = score;
            }
        }
        return best == null ? routine : identifier(best.target(), routine.getParserPosition());
    }

    /** -1 when the overload cannot take the arguments, else how many of them are of their parameter's family and types, weighed. */
    private static int score(List<Parameter> overload, List<String> argumentNames, List<TypeFamily> families, List<ArgumentType> types) {
        if (argumentNames.size() > overload.size()) return -1;
        boolean[] given = new boolean[overload.size()];
        int score = 0;
        for (int i = 0; i < argumentNames.size(); i++) {
            Parameter p = parameter(overload, argumentNames.get(i), i);
            if (p == null) return -1;
            given[overload.indexOf(p)] = true;
            if (families.get(i) == p.family()) score += 4;
            ArgumentType type = i < types.size() ? types.get(i) : ArgumentType.UNKNOWN;
            if (type.source() != null && type.source().equals(RoutineOverloads.typeKey(p.type()))) score += 2;
            if (type.identity() != null && type.identity().equals(p.identity())) score++;
        }
        for (int i = 0; i < given.length; i++) {
            if (!given[i] && !overload.get(i).hasDefault()) return -1;
        }
        return score;
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
        return parameters(routine).stream().map(Parameter::mode).toList();
    }

    /** True when an overload of the routine called as {@code routine} (resolved) takes {@code count} positional arguments. */
    public boolean takes(SqlIdentifier routine, int count) {
        List<String> positional = Collections.nCopies(count, null);
        return overloads.getOrDefault(key(routine), List.of()).stream()
                .anyMatch(o -> score(o, positional, positional.stream().map(n -> (TypeFamily) null).toList(), List.of()) >= 0);
    }

    /** The parameters of the routine called as {@code routine} (resolved; its first overload's), or an empty list when unknown. */
    public List<Parameter> parameters(SqlIdentifier routine) {
        List<List<Parameter>> all = overloads.getOrDefault(key(routine), List.of());
        return all.isEmpty() ? List.of() : all.get(0);
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
     * a number or a date and the parameter's a string, or the other way round, with the source's
     * implicit conversion written as a CAST (PostgreSQL picks a routine by its argument types and has
     * no such conversion); else {@code argument} itself.
     */
    public SqlNode passed(SqlIdentifier routine, List<String> argumentNames, int index, SqlNode argument, TypeFamily family) {
        if (family == null) return argument;
        TypeFamily parameter = parameterFamily(routine, argumentNames, index);
        SqlParserPos pos = argument.getParserPosition();
        SqlDataTypeSpec type = (family == TypeFamily.NUMBER || family.isTemporal()) && parameter == TypeFamily.STRING
                ? CastTargets.standard(SqlTypeName.VARCHAR, pos)
                : family == TypeFamily.STRING && parameter == TypeFamily.NUMBER ? CastTargets.standard(SqlTypeName.DECIMAL, pos)
                : family == TypeFamily.STRING && parameter == TypeFamily.DATETIME ? CastTargets.standard(SqlTypeName.TIMESTAMP, 0, null, pos)
                : family == TypeFamily.STRING && parameter == TypeFamily.TIMESTAMP ? CastTargets.standard(SqlTypeName.TIMESTAMP, pos)
                : family == TypeFamily.STRING && parameter == TypeFamily.DATE ? CastTargets.standard(SqlTypeName.DATE, pos) : null;
        return type == null ? argument : SqlStdOperatorTable.CAST.createCall(pos, argument, type);
    }

    /**
     * The source's item for a value of {@code family} given to a parameter or variable of {@code target}'s
     * when that reads or writes a date as text by a session's format; null when it does not, or the
     * source's format is fixed.
     */
    public ActionCode sessionDateFormat(TypeFamily family, TypeFamily target) {
        boolean dateAsText = family != null && target != null
                && (family.isTemporal() && target == TypeFamily.STRING || family == TypeFamily.STRING && target.isTemporal());
        return dateAsText ? sessionDateFormat : null;
    }

    /** What the item of {@link #sessionDateFormat} says about a value of {@code family}. */
    public static String dateFormatMessage(TypeFamily family) {
        return family == TypeFamily.STRING ? "text given as a date is read by the target's date input rules, not the session's format"
                : "a date given as text is written in the target's format (ISO), not the session's";
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
        return target == null ? null : identifier(target, SqlParserPos.ZERO);
    }

    private static SqlIdentifier identifier(ObjectName name, SqlParserPos pos) {
        return name.schema() == null ? new SqlIdentifier(name.name(), pos) : new SqlIdentifier(List.of(name.schema(), name.name()), pos);
    }

    /** {@code call}'s operands passed to the routine named {@code routine}. */
    public static SqlCall call(SqlIdentifier routine, SqlCall call) {
        return PseudoFunctions.function(routine).createCall(call.getParserPosition(), call.getOperandList().toArray(SqlNode[]::new));
    }

    private static String key(List<String> name) {
        return String.join(".", name).toLowerCase(Locale.ROOT);
    }
}

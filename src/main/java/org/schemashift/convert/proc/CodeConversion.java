package org.schemashift.convert.proc;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ObjectGuard;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.ExpressionConverter;
import org.schemashift.convert.TargetTypes;
import org.schemashift.convert.TypeFamily;
import org.schemashift.convert.UserRoutines;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.Expr;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageDef;
import org.schemashift.model.PackageState;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.oracle.OracleCode;

/**
 * The convert pass for code: every standalone routine, every package (its subprograms become
 * routines of the package's schema, its variables package state: {@link PackageConverter}) and every
 * trigger, converted by a {@link BodyConverter} with the names in scope. Runs after the tables and
 * views are converted, so anchors take the converted column types. One pass over the code.
 */
public final class CodeConversion {
    private final ExpressionConverter expressions;
    private final ProcTypes types;
    private final UserRoutines routines;
    private final PackageSchemas packageSchemas;
    private final BuiltinCalls builtins;
    private final ActionItems items;
    /** Each routine, trigger and package state converted on its own: a failure costs that object only. */
    private final ObjectGuard guard;
    private final Map<String, PackageScope> packages = new LinkedHashMap<>();
    /** The routine names taken in each schema ({@code SCHEMA.NAME}, upper case): the input's, then those generated. */
    private final Set<String> routineNames = new HashSet<>();
    private final Map<String, Declaration> schemaTypes = new LinkedHashMap<>();
    /** The object types' attributes by upper-case type name. */
    private final Map<String, List<Column>> objectAttributes = new HashMap<>();
    private final ObjectMethods objectMethods;
    /** Option result-set-procedures is setof: a procedure with one result set becomes a function RETURNS TABLE. */
    private final boolean resultSetsAsTables;
    /** The procedures that became functions RETURNS TABLE ({@code SCHEMA.NAME}, upper case): their EXECs select from them. */
    private final Set<String> tableFunctions = new HashSet<>();
    /** The procedures that return result sets in refcursors ({@code SCHEMA.NAME}, upper case) → each set's column names. */
    private final Map<String, List<List<String>>> cursorResultSets = new HashMap<>();
    /** The record types of code blocks, made composite types named after their routine, by declaration. */
    private final Map<Declaration, ObjectName> composites = new IdentityHashMap<>();
    private final List<PackageState> routineTypes = new ArrayList<>();
    private final InsertedIdentities insertedIdentities;

    /**
     * {@code catalog}: tables and views converted; {@code expressions}: the converter views used;
     * {@code builtins}: the source's rules for calls of its built-in procedures; {@code resultSetsAsTables}: option
     * {@code result-set-procedures} is {@code setof} ({@link ResultSetFunctions}).
     */
    public CodeConversion(Catalog catalog, ExpressionConverter expressions, TargetTypes targetTypes, UserRoutines routines,
                          PackageSchemas packageSchemas, BuiltinCalls builtins, ActionItems items, boolean resultSetsAsTables) {
        this.expressions = expressions;
        this.resultSetsAsTables = resultSetsAsTables;
        this.types = new ProcTypes(catalog, targetTypes, expressions, items);
        this.routines = routines;
        this.packageSchemas = packageSchemas;
        this.builtins = builtins;
        this.items = items;
        this.guard = new ObjectGuard(items);
        schemaTypes.putAll(Declaration.CollectionType.of(catalog.types()));
        catalog.types().stream().filter(t -> "OBJECT".equals(t.category()))
                .forEach(t -> objectAttributes.put(PackageScope.key(t.name().name()), t.attributes()));
        objectMethods = ObjectMethods.of(catalog);
        insertedIdentities = new InsertedIdentities(catalog);
    }

    /** {@code statements} with an INSERT whose identity the next statement reads returning it ({@link InsertedIdentities}). */
    List<Statement> identitiesReturned(List<Statement> statements) {
        return insertedIdentities.rewrite(statements, items);
    }

    /** A fresh scope for code of package {@code current} (null for a standalone routine or trigger). */
    ProcScope scope(PackageScope current) {
        return new ProcScope(packages, schemaTypes, current, composites);
    }

    /** {@code call} rewritten when it calls a built-in procedure of the source, else {@code call} itself. */
    Statement builtinCall(Statement.Call call) {
        return builtins.rewrite(call, items);
    }

    /** {@code catalog} with its code converted: routines (packages' subprograms included), triggers and package state. */
    public Catalog convert(Catalog catalog) {
        catalog.routines().forEach(r -> routineNames.add(nameKey(r.name())));
        for (PackageDef pkg : catalog.packages()) {
            OverloadNames.subprograms(pkg).forEach(s ->
                    routineNames.add(nameKey(new ObjectName(packageSchemas.schema(pkg), packageSchemas.routineName(pkg, s)))));
        }
        List<PackageConverter> converters = new ArrayList<>();
        for (PackageDef pkg : PackageOrder.of(catalog.packages())) {
            PackageConverter converter = new PackageConverter(this, pkg, packageSchemas.schema(pkg));
            packages.put(PackageScope.key(pkg.name().name()), converter.scope());
            converters.add(converter);
        }
        // a package whose declarations fail is left out whole: its code reads them
        converters.removeIf(c -> guard.run(ObjectKind.PACKAGE, c.name(), c.span(), () -> {
            c.declareMembers();
            return c;
        }).isEmpty());
        List<Routine> sources = new ArrayList<>();
        for (Routine routine : catalog.routines()) {
            Routine source = resultSetsAsTables ? ResultSetFunctions.of(routine, items, expressions::relation) : routine;
            if (source.kind() != routine.kind()) {
                // EXEC p names it without its schema too (the caller's default schema)
                tableFunctions.add(nameKey(routine.name()));
                tableFunctions.add(nameKey(new ObjectName(null, routine.name().name())));
            } else if (routine.kind() == ObjectKind.PROCEDURE && ResultSetFunctions.count(routine) > 0) {
                List<List<String>> columns = ResultSetFunctions.columnNames(routine);
                cursorResultSets.put(nameKey(routine.name()), columns);
                cursorResultSets.put(nameKey(new ObjectName(null, routine.name().name())), columns);
            }
            sources.add(source);
        }
        List<Routine> converted = new ArrayList<>();
        for (Routine routine : sources) {
            converted.addAll(guardedRoutines(routine, scope(null)));
        }
        List<PackageState> states = new ArrayList<>();
        for (PackageConverter converter : converters) {
            converted.addAll(converter.routines());
            guard.run(ObjectKind.PACKAGE, converter.name(), converter.span(), converter::state).ifPresent(states::add);
        }
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger trigger : catalog.triggers()) {
            guard.run(ObjectKind.TRIGGER, trigger.name(), trigger.span(), () -> trigger(trigger, converted)).ifPresent(triggers::add);
        }
        states.addAll(routineTypes);
        return catalog.withCode(converted, triggers, states);
    }

    /** {@link #routines} guarded: empty after reporting a failure on {@code routine}. */
    List<Routine> guardedRoutines(Routine routine, ProcScope scope) {
        return guard.run(routine.kind(), routine.name(), routine.span(), () -> routines(routine, scope)).orElse(List.of());
    }

    /** {@code routine} converted in {@code scope}, then the routines its nested subprograms became. */
    List<Routine> routines(Routine routine, ProcScope scope) {
        String what = routine.kind().id() + " " + routine.name();
        BodyConverter converter = new BodyConverter(this, scope, routine.name(), what, routine.span());
        String self = selfType(routine);
        BodyConverter.Converted converted = converter.routine(routine.signature(), routine.body(), List.of(),
                self == null ? List.of() : objectAttributes.getOrDefault(self, List.of()),
                objectMethods.of(objectMethods.typeOf(routine.name())));
        List<Routine> routines = new ArrayList<>();
        routines.add(routine.withCode(converted.signature(), converted.body()));
        routines.addAll(converted.hoisted());
        return routines;
    }

    /**
     * The key of the object type a method works on: SELF's type is its SELF parameter's, or a
     * constructor's result; a STATIC method has neither, so null.
     */
    private static String selfType(Routine routine) {
        ProcType self = routine.signature().parameters().stream().filter(p -> p.name().equalsIgnoreCase(ProcScope.SELF))
                .map(Parameter::type).findFirst().orElse(routine.constructedType());
        return self instanceof ProcType.Named named ? PackageScope.key(named.name().get(named.name().size() - 1)) : null;
    }

    /** {@code trigger} converted; the routines its nested subprograms became are added to {@code routines}. */
    private Trigger trigger(Trigger trigger, List<Routine> routines) {
        String what = "trigger " + trigger.name();
        List<String> table = trigger.table().parts();
        Map<String, TypeFamily> columns = Symbol.lowerCase(expressions.relation(table));
        List<Symbol> rows = List.of(Symbol.row("NEW", columns), Symbol.row("OLD", columns));
        ObjectName owner = trigger.name().schema() != null ? trigger.name() : trigger.name().withSchema(trigger.table().schema());
        BodyConverter converter = new BodyConverter(this, scope(null), owner, what, trigger.span());
        Expr when = trigger.when() == null ? null : converter.condition(trigger.when(), rows);
        BodyConverter.Converted converted = converter.routine(null, trigger.body(), rows, List.of(), Map.of());
        routines.addAll(converted.hoisted());
        return new Trigger(trigger.name(), trigger.table(), trigger.timing(), trigger.events(), trigger.forEachRow(), when,
                converted.body(), trigger.span(), trigger.updateColumns(), trigger.follows(), trigger.precedes(), trigger.disabled(), trigger.transitions(),
                trigger.firesOnOwnChanges());
    }

    /**
     * The routine a CALL names: a nested subprogram or one of the current package, any routine of the
     * input (the overload the arguments' names and families pick), or the name as written.
     */
    SqlIdentifier routineCalled(List<String> names, ProcScope scope, List<String> argumentNames, List<TypeFamily> families,
                                List<UserRoutines.ArgumentType> types) {
        SqlIdentifier own = names.size() == 1 ? scope.ownRoutine(names.get(0)) : null;
        SqlIdentifier resolved = own != null ? own : routines.resolve(names);
        return resolved != null ? routines.overload(resolved, false, argumentNames, families, types)
                : new SqlIdentifier(names, SqlParserPos.ZERO);
    }

    /**
     * A name for a routine the conversion makes of a nested subprogram ({@code OUTER__INNER}), taken by
     * no routine of the input nor made earlier: with {@code _2}, {@code _3} appended where it would be.
     */
    ObjectName generatedRoutine(ObjectName owner, String nested) {
        String wanted = owner.name() + "__" + nested;
        ObjectName name = new ObjectName(owner.schema(), wanted);
        for (int n = 2; !routineNames.add(nameKey(name)); n++) name = new ObjectName(owner.schema(), wanted + "_" + n);
        return name;
    }

    /**
     * The composite type a record type declared in a block of {@code owner}'s code becomes
     * ({@code OWNER__TYPE} in its schema, numbered where taken), made once per declaration: a hoisted
     * subprogram declaring the enclosing type again names the same one. {@code converted}: the type,
     * its fields converted, made the first time.
     */
    ObjectName composite(Declaration.RecordType type, ObjectName owner, Supplier<Declaration.RecordType> converted) {
        ObjectName made = composites.get(type);
        if (made != null) return made;
        String wanted = owner.name() + "__" + type.name();
        ObjectName name = new ObjectName(owner.schema(), wanted);
        for (int n = 2; !routineNames.add("TYPE " + nameKey(name)); n++) name = new ObjectName(owner.schema(), wanted + "_" + n);
        composites.put(type, name);
        Declaration.RecordType fields = converted.get();
        routineTypes.add(PackageState.routineType(owner, name.schema(),
                new Declaration.RecordType(name.name(), fields.fields(), fields.defaults(), fields.span())));
        return name;
    }

    /** True when the procedure {@code names} (as a call writes it) became a function RETURNS TABLE. */
    boolean isTableFunction(List<String> names) {
        return !tableFunctions.isEmpty() && names.size() <= 2
                && tableFunctions.contains(nameKey(new ObjectName(names.size() == 2 ? names.get(0) : null, names.get(names.size() - 1))));
    }

    /**
     * The column names of each result set the procedure {@code names} (as a call writes it) returns in a refcursor
     * (a null entry: not all named), in order; empty for none or no procedure of the input.
     */
    List<List<String>> cursorResultSets(List<String> names) {
        if (cursorResultSets.isEmpty() || names.size() > 2) return List.of();
        return cursorResultSets.getOrDefault(nameKey(new ObjectName(names.size() == 2 ? names.get(0) : null,
                names.get(names.size() - 1))), List.of());
    }

    private static String nameKey(ObjectName name) {
        return (name.schema() == null ? "" : name.schema().toUpperCase(Locale.ROOT)) + "." + name.name().toUpperCase(Locale.ROOT);
    }

    void stateNotRewritten(SourceSpan span, String what, SqlNode target) {
        items.add(OracleCode.PACKAGE_STATE_NOT_REWRITTEN, span, what + ": " + target + " changes part of a package variable");
    }

    ExpressionConverter expressions() {
        return expressions;
    }

    ProcTypes types() {
        return types;
    }

    PackageSchemas packageSchemas() {
        return packageSchemas;
    }

    UserRoutines userRoutines() {
        return routines;
    }

    Map<String, PackageScope> packages() {
        return packages;
    }

    ActionItems items() {
        return items;
    }

    /** What the rules say no target has, when {@code type} is a supplied package's (DBMS_SQL.VARCHAR2_TABLE) the code in {@code scope} does not define; else null. */
    Map.Entry<ActionCode, String> suppliedPackageType(ProcType type, ProcScope scope) {
        return type instanceof ProcType.Named named && scope.type(named) == null
                && scope.packageNamed(named.name().get(0)) == null ? expressions.noEquivalent(named.name()) : null;
    }

    ObjectMethods objectMethods() {
        return objectMethods;
    }
}

package org.schemashift.convert.proc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.convert.RoutineOverloads;
import org.schemashift.convert.TargetTypes;
import org.schemashift.convert.TypeFamily;
import org.schemashift.convert.UserRoutines;
import org.schemashift.model.ObjectName;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;

/**
 * The names visible at one point of a body: blocks, loops and subprograms push frames of
 * {@link Symbol}s and declared types, innermost first, and a package's code sees its package's
 * members after its own frames. Other packages' members are reached qualified ({@code PKG.V}).
 * For the expression rules the visible names are relations ({@link #relations}): the bare
 * variables under {@link #VARIABLES}, each row (record, cursor row, NEW and OLD) under its own name,
 * and each package named in the expression under the package's name.
 */
final class ProcScope {
    /** The relation whose columns are the variables; a name no table can have. */
    static final String VARIABLES = "PROCEDURAL VARIABLES";
    /** The object a method of an object type works on. */
    static final String SELF = "SELF";
    private static final UserRoutines.ArgumentType STRING_LITERAL = new UserRoutines.ArgumentType("varchar2", null);

    private record Frame(Map<String, Symbol> symbols, Map<String, Declaration> types, Map<String, LocalRoutine> routines) {
    }

    /**
     * A routine a bare name calls: a nested subprogram (the routine it was hoisted to, and the
     * enclosing variables its calls pass along), or in a method of an object type another member
     * method, whose calls pass SELF first ({@code passesSelf}).
     */
    record LocalRoutine(ObjectName target, List<String> sharedVariables, boolean passesSelf) {
        LocalRoutine {
            sharedVariables = List.copyOf(sharedVariables);
        }

        /** A nested subprogram. */
        LocalRoutine(ObjectName target, List<String> sharedVariables) {
            this(target, sharedVariables, false);
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<String, PackageScope> packages;
    private final Map<String, Declaration> schemaTypes;
    private final PackageScope current;
    /** The attributes of SELF declared in a method's frame, by identity: the same name declared inside hides them. */
    private final Set<Symbol> selfAttributes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The composite types the record types of code blocks became, by declaration (a hoisted subprogram sees the same ones). */
    private final Map<Declaration, ObjectName> composites;
    private Map<String, Map<String, TypeFamily>> cached;

    /**
     * {@code packages}: every package by upper-case name; {@code schemaTypes}: the schema's own
     * collection types (CREATE TYPE ... AS TABLE OF / VARRAY) by upper-case name, which any code
     * names bare; {@code current}: the package whose code this is, or null.
     */
    ProcScope(Map<String, PackageScope> packages, Map<String, Declaration> schemaTypes, PackageScope current,
              Map<Declaration, ObjectName> composites) {
        this.composites = composites;
        this.packages = packages;
        this.schemaTypes = schemaTypes;
        this.current = current;
    }

    PackageScope currentPackage() {
        return current;
    }

    void push() {
        frames.push(new Frame(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>()));
        cached = null;
    }

    void pop() {
        frames.pop();
        cached = null;
    }

    void declare(Symbol symbol) {
        frames.peek().symbols().put(PackageScope.key(symbol.name()), symbol);
        cached = null;
    }

    /** Declares an attribute of SELF, which a bare name means unless something declared later hides it. */
    void declareSelfAttribute(Symbol attribute) {
        declare(attribute);
        selfAttributes.add(attribute);
    }

    /** True when the bare name {@code name} means an attribute of SELF here. */
    boolean isSelfAttribute(String name) {
        return !selfAttributes.isEmpty() && selfAttributes.contains(lookup(name));
    }

    void declareType(Declaration type) {
        frames.peek().types().put(PackageScope.key(type.name()), type);
    }

    /** The composite type a block's record type {@code type} became, or null (a package's or not yet made). */
    ObjectName composite(Declaration type) {
        return composites.get(type);
    }

    /** Declares a nested subprogram of this frame, hoisted to a routine of its own. */
    void declareRoutine(String name, LocalRoutine routine) {
        frames.peek().routines().put(PackageScope.key(name), routine);
    }

    /** True when the innermost frame declares the nested subprogram {@code name}. */
    boolean declaresRoutineHere(String name) {
        return frames.peek().routines().containsKey(PackageScope.key(name));
    }

    /** The nested subprogram {@code name} in scope, or null. */
    LocalRoutine localRoutine(String name) {
        String key = PackageScope.key(name);
        for (Frame frame : frames) {
            LocalRoutine routine = frame.routines().get(key);
            if (routine != null) return routine;
        }
        return null;
    }

    /** The enclosing variables a bare call of {@code name} passes along (a nested subprogram that uses them), else none. */
    List<String> sharedVariables(String name) {
        LocalRoutine local = calledBare(name);
        return local == null ? List.of() : local.sharedVariables();
    }

    /** The local routine a bare call of {@code name} calls, unless a variable of that name hides it; else null. */
    private LocalRoutine calledBare(String name) {
        return lookup(name) == null ? localRoutine(name) : null;
    }

    /** True when a bare call of {@code name} calls a member method of the object this code is a method of: SELF is passed first. */
    boolean passesSelf(String name) {
        LocalRoutine local = calledBare(name);
        return local != null && local.passesSelf();
    }

    /**
     * The routine a bare call of {@code name} means here: a nested subprogram in scope, else a
     * subprogram of the current package, unless a variable of that name hides it; null otherwise.
     */
    SqlIdentifier ownRoutine(String name) {
        if (lookup(name) != null) return null;
        LocalRoutine local = localRoutine(name);
        if (local != null) return identifier(local.target());
        return current != null && current.hasRoutine(name) ? identifier(new ObjectName(current.schema(), name)) : null;
    }

    private static SqlIdentifier identifier(ObjectName name) {
        return name.schema() == null ? new SqlIdentifier(name.name(), SqlParserPos.ZERO)
                : new SqlIdentifier(List.of(name.schema(), name.name()), SqlParserPos.ZERO);
    }

    /**
     * The scope of a hoisted subprogram: the same packages, the nested subprograms (it may call them)
     * and the types visible here, none of the enclosing variables (a routine of its own cannot see them).
     */
    ProcScope hoisted() {
        ProcScope nested = new ProcScope(packages, schemaTypes, current, composites);
        nested.push();
        frames.descendingIterator().forEachRemaining(frame -> {
            nested.frames.peek().routines().putAll(frame.routines());
            nested.frames.peek().types().putAll(frame.types());   // its signature may name them
        });
        return nested;
    }

    /**
     * The types a hoisted subprogram must declare again to name them, as written: the package's
     * collection types and exceptions (as its own routines get them), then the types and exceptions
     * the enclosing blocks declare, innermost winning (so a RAISE or handler of an enclosing routine's
     * exception gets the SQLSTATE the enclosing routine uses).
     */
    List<Declaration> typesForHoisted() {
        Map<String, Declaration> visible = new LinkedHashMap<>();
        if (current != null) {
            current.types().forEach((key, type) -> {
                if (!(type instanceof Declaration.RecordType)) visible.put(key, type);
            });
        }
        frames.descendingIterator().forEachRemaining(frame -> visible.putAll(frame.types()));
        return List.copyOf(visible.values());
    }

    /** The upper-case names of the variables, parameters and rows the frames declare (not the package's). */
    Set<String> declaredNames() {
        Set<String> names = new HashSet<>();
        frames.forEach(frame -> names.addAll(frame.symbols().keySet()));
        return names;
    }

    /** The symbol a bare name means here: the innermost declaration, then the current package's member. */
    Symbol lookup(String name) {
        String key = PackageScope.key(name);
        for (Frame frame : frames) {
            Symbol symbol = frame.symbols().get(key);
            if (symbol != null) return symbol;
        }
        return current == null ? null : current.symbol(key);
    }

    /** A record or collection type declared in scope, in the current package or in the schema, or null. */
    Declaration type(String name) {
        String key = PackageScope.key(name);
        for (Frame frame : frames) {
            Declaration type = frame.types().get(key);
            if (type != null) return type;
        }
        Declaration own = current == null ? null : current.types().get(key);
        return own != null ? own : schemaTypes.get(key);
    }

    /** The collection type of a collection variable or parameter ({@code symbol}, its anchor resolved), or null. */
    Declaration.CollectionType collectionType(Symbol symbol) {
        ProcType type = symbol.type() instanceof ProcType.Anchored anchored && anchored.resolved() != null ? anchored.resolved() : symbol.type();
        return type instanceof ProcType.Named named && type(named) instanceof Declaration.CollectionType c ? c : null;
    }

    /** The record or collection type {@code named} names: {@code T} as {@link #type(String)}, {@code PKG.T} a package's; else null. */
    Declaration type(ProcType.Named named) {
        if (named.name().size() == 1) return type(named.name().get(0));
        PackageScope pkg = named.name().size() == 2 ? packageNamed(named.name().get(0)) : null;
        return pkg == null ? null : pkg.types().get(PackageScope.key(named.name().get(1)));
    }

    /**
     * The symbol a name means: {@code V} in scope, or a package member {@code PKG.V} /
     * {@code OWNER.PKG.V} unless {@code PKG} is a row in scope; null otherwise.
     */
    /** The source and target types of the variable {@code node} names, as calls pick overloads by them; unknown for anything else. */
    UserRoutines.ArgumentType argumentType(SqlNode node) {
        // a string literal is character data, which Oracle passes to a VARCHAR2 parameter rather than to a CLOB one
        if (node instanceof SqlCharStringLiteral) return STRING_LITERAL;
        Symbol symbol = node instanceof SqlIdentifier id ? resolve(id.names) : null;
        if (symbol == null) return UserRoutines.ArgumentType.UNKNOWN;
        return new UserRoutines.ArgumentType(symbol.source() == null ? null : RoutineOverloads.typeKey(symbol.source()),
                symbol.type() instanceof ProcType.Declared d ? TargetTypes.identity(d.type()) : null);
    }

    /**
     * The variable {@code names} (resolved to {@code symbol}) as an operand: the variable, its
     * getter's value for a package variable, or SELF's attribute for one an object type's method names bare.
     */
    SqlNode reference(Symbol symbol, List<String> names, SqlNode at) {
        if (symbol.isState()) return symbol.state().read(at.getParserPosition());
        List<String> reference = new ArrayList<>();
        if (names.size() == 1 && isSelfAttribute(names.get(0))) reference.add(SELF);
        reference.addAll(names);
        return new SqlIdentifier(reference, at.getParserPosition());
    }

    /** True when {@code name} is a row in scope (a record variable, a loop's record, a trigger's NEW or OLD), not a table of a query. */
    boolean isRow(String name) {
        Symbol symbol = lookup(name);
        return symbol != null && symbol.kind() == Symbol.Kind.ROW;
    }

    Symbol resolve(List<String> names) {
        if (names.size() == 1) return lookup(names.get(0));
        PackageScope pkg = packageNamed(names.get(names.size() - 2));
        return pkg == null || names.size() > 3 ? null : pkg.symbol(names.get(names.size() - 1));
    }

    /** The package {@code name} means here (not shadowed by a row of that name), or null. */
    PackageScope packageNamed(String name) {
        if (lookup(name) != null) return null;
        return packages.get(PackageScope.key(name));
    }

    /** The names visible to {@code expression} as relations of the expression rules. */
    Map<String, Map<String, TypeFamily>> relations(SqlNode expression) {
        if (cached == null) cached = visibleRelations();
        Map<String, Map<String, TypeFamily>> relations = new LinkedHashMap<>(cached);
        expression.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                if (id.names.size() < 2) return null;
                PackageScope pkg = packageNamed(id.names.get(id.names.size() - 2));
                if (pkg != null) relations.putIfAbsent(PackageScope.key(pkg.name()), families(pkg.symbols()));
                return null;
            }
        });
        return relations;
    }

    private Map<String, Map<String, TypeFamily>> visibleRelations() {
        Map<String, Symbol> visible = new LinkedHashMap<>();
        for (Frame frame : frames) frame.symbols().forEach(visible::putIfAbsent);
        if (current != null) current.symbols().forEach(visible::putIfAbsent);
        Map<String, Map<String, TypeFamily>> relations = new LinkedHashMap<>();
        relations.put(VARIABLES, families(visible));
        visible.forEach((name, symbol) -> {
            if (!symbol.fields().isEmpty()) relations.put(name, symbol.fields());
        });
        return relations;
    }

    private static Map<String, TypeFamily> families(Map<String, Symbol> symbols) {
        Map<String, TypeFamily> families = new LinkedHashMap<>();
        symbols.forEach((name, symbol) -> families.put(name.toLowerCase(Locale.ROOT), symbol.family()));
        return families;
    }
}

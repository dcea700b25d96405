package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.schemashift.model.ActionCode;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageDef;
import org.schemashift.model.PackageState;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.oracle.OracleCode;

/**
 * One package, converted (docs/procedural-ir.md, "Packages"): every subprogram with a body (public
 * or private, every overload) becomes a routine of the package's schema; package-level collection
 * types and exceptions are declared again in each routine, and the package's cursors in the routines
 * that use them; record types become composite types of the schema; a constant with a literal value
 * is inlined where it is read; every other variable is package state, with its initial value and the
 * initialisation section moved into the initialiser routine {@value #INITIALIZER}.
 */
final class PackageConverter {
    static final String INITIALIZER = "PACKAGE__INIT";

    private final CodeConversion code;
    private final PackageDef pkg;
    private final String schema;
    private final PackageScope scope;
    private final List<Declaration.Variable> stateVariables = new ArrayList<>();
    private final List<Statement> initialValues = new ArrayList<>();
    private final List<Declaration> packageTypes = new ArrayList<>();
    private final List<Declaration> sharedDeclarations = new ArrayList<>();
    private final List<Declaration.Subprogram> subprograms = new ArrayList<>();

    PackageConverter(CodeConversion code, PackageDef pkg, String schema) {
        this.code = code;
        this.pkg = pkg;
        this.schema = schema;
        Set<String> routineNames = new HashSet<>();
        members().filter(d -> d instanceof Declaration.Subprogram).forEach(d -> routineNames.add(PackageScope.key(d.name())));
        this.scope = PackageScope.empty(pkg.name().name(), schema, pkg.subtypes(), routineNames);
    }

    PackageScope scope() {
        return scope;
    }

    ObjectName name() {
        return pkg.name();
    }

    SourceSpan span() {
        return pkg.span();
    }

    private Stream<Declaration> members() {
        return Stream.concat(pkg.specification().stream(), pkg.body().stream());
    }

    /** Makes the package-level declarations known (types converted), before any package's code is converted. */
    void declareMembers() {
        ProcScope procScope = code.scope(scope);
        for (Declaration member : members().toList()) {
            if (member instanceof Declaration.Variable v) variable(v, procScope);
            else if (member instanceof Declaration.RecordType r) recordType(r, procScope);
            else if (member instanceof Declaration.CollectionType || member instanceof Declaration.NamedCondition) {
                scope.types().put(PackageScope.key(member.name()), member);
                sharedDeclarations.add(member);
                if (member instanceof Declaration.CollectionType c) collectionType(c, procScope);
            } else if (member instanceof Declaration.Cursor c) scope.cursors().put(PackageScope.key(c.name()), c);
            else if (member instanceof Declaration.Subprogram s && s.body() != null) subprograms.add(s);
            else if (member instanceof Unsupported u) {
                code.items().add(GeneralCode.PROCEDURAL_NOT_CONVERTED, u.span(), "package " + pkg.name() + ": " + u.reason());
            }
        }
        reportMissingBodies();
        reportPrivateMembers();
    }

    /**
     * Once per package: the subprograms and variables only its body declares become as public as the
     * rest (PostgreSQL has no private routines); constants inlined where read become nothing.
     */
    private void reportPrivateMembers() {
        Set<String> declaredInSpec = new HashSet<>();
        pkg.specification().forEach(d -> declaredInSpec.add(PackageScope.key(d.name())));
        Set<String> state = new HashSet<>();
        stateVariables.forEach(v -> state.add(PackageScope.key(v.name())));
        List<String> bodyOnly = pkg.body().stream()
                .filter(d -> d instanceof Declaration.Subprogram || d instanceof Declaration.Variable && state.contains(PackageScope.key(d.name())))
                .map(Declaration::name).filter(n -> !declaredInSpec.contains(PackageScope.key(n))).distinct().toList();
        if (bodyOnly.isEmpty()) return;
        code.items().add(OracleCode.PRIVATE_PACKAGE_MEMBERS, pkg.span(), "package " + pkg.name() + ": " + bodyOnly.size()
                + " member(s) declared only in the body become routines or variables of schema " + schema
                + " that any caller with access to it can use: " + String.join(", ", bodyOnly));
    }

    private void variable(Declaration.Variable v, ProcScope procScope) {
        ProcTypes types = code.types();
        if (v.constant() && isLiteral(v.initialValue())) {
            scope.symbols().put(PackageScope.key(v.name()), new Symbol(v.name(), Symbol.Kind.CONSTANT, v.type(),
                    types.family(v.type(), procScope), null, v.initialValue(), null, v.type()));
            return;
        }
        Map.Entry<ActionCode, String> noEquivalent = code.suppliedPackageType(v.type(), procScope);
        if (noEquivalent != null) {   // never state of a type the target lacks: the code reading it is then reported where it does
            code.items().add(noEquivalent.getKey(), v.span(), "package " + pkg.name() + ": variable " + v.name() + " of type "
                    + String.join(".", ((ProcType.Named) v.type()).name()) + " is not kept: " + noEquivalent.getValue());
            return;
        }
        ProcType target = types.target(v.type(), v.span(), "package " + pkg.name() + " variable " + v.name(), procScope);
        Symbol.Kind kind = types.isCollection(v.type(), procScope) ? Symbol.Kind.COLLECTION
                : types.fields(v.type(), procScope).isEmpty() ? Symbol.Kind.VARIABLE : Symbol.Kind.ROW;
        scope.symbols().put(PackageScope.key(v.name()), new Symbol(v.name(), kind, target, types.family(v.type(), procScope),
                types.fields(v.type(), procScope), null, new StateVariable(pkg.name().name(), schema, v.name(), target), v.type()));
        stateVariables.add(new Declaration.Variable(v.name(), target, null, v.constant(), v.notNull(), v.span()));
        SqlNode initial = v.initialValue() != null ? v.initialValue() : types.defaultRow(target, procScope);
        if (initial != null) initialValues.add(new Statement.Assign(new SqlIdentifier(v.name(), SqlParserPos.ZERO), initial, v.span()));
    }

    private void recordType(Declaration.RecordType r, ProcScope procScope) {
        scope.types().put(PackageScope.key(r.name()), r);
        packageTypes.add(new Declaration.RecordType(r.name(), r.fields().stream().map(f -> new ProcType.Field(f.name(),
                code.types().target(f.type(), r.span(), "package " + pkg.name() + " type " + r.name() + "." + f.name(), procScope)))
                .toList(), r.defaults(), r.span()));
    }

    private void collectionType(Declaration.CollectionType c, ProcScope procScope) {
        String where = "package " + pkg.name() + " type " + c.name();
        packageTypes.add(new Declaration.CollectionType(c.name(), code.types().target(c.element(), c.span(), where, procScope),
                c.indexType() == null ? null : code.types().target(c.indexType(), c.span(), where, procScope), c.maxSize(), c.span()));
    }

    /** A literal, or a negative one: a value that is the same wherever it is written. */
    private static boolean isLiteral(SqlNode node) {
        return node instanceof SqlLiteral
                || node instanceof SqlCall call && call.getKind() == SqlKind.MINUS_PREFIX && call.operand(0) instanceof SqlLiteral;
    }

    /** A subprogram the specification declares and the body never defines cannot be called. */
    private void reportMissingBodies() {
        Set<String> defined = new HashSet<>();
        subprograms.forEach(s -> defined.add(PackageScope.key(s.name())));
        members().filter(d -> d instanceof Declaration.Subprogram s && s.body() == null && !defined.contains(PackageScope.key(s.name())))
                .forEach(d -> code.items().add(GeneralCode.PROCEDURAL_NOT_CONVERTED, d.span(), "package " + pkg.name() + ": "
                        + d.name() + " is declared but its body is not in the input"));
    }

    /** The package's subprograms as converted routines of its schema, then its initialiser. */
    List<Routine> routines() {
        List<Routine> routines = new ArrayList<>();
        for (Declaration.Subprogram s : subprograms) {
            RoutineBody body = s.body();
            Block withPackage = withPackageDeclarations(body.block());
            ObjectKind kind = s.signature().returns() == null ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION;
            Routine routine = new Routine(new ObjectName(schema, code.packageSchemas().routineName(pkg, s)), kind, s.signature(),
                    new RoutineBody(withPackage, body.nameConflict()), "", s.span(), s.traits());
            routines.addAll(code.guardedRoutines(routine, code.scope(scope)));
        }
        Routine initializer = initializer();
        if (initializer != null) routines.addAll(code.guardedRoutines(initializer, code.scope(scope)));
        return routines;
    }

    /** {@code block} with the package's collection types and exceptions, and the package cursors it uses, declared first. */
    private Block withPackageDeclarations(Block block) {
        List<Declaration> declarations = new ArrayList<>(sharedDeclarations);
        declarations.addAll(cursorsUsedBy(block));
        declarations.addAll(block.declarations());
        return new Block(block.label(), declarations, block.statements(), block.handlers(), block.span());
    }

    private List<Declaration.Cursor> cursorsUsedBy(Block block) {
        if (scope.cursors().isEmpty()) return List.of();
        Set<String> used = new LinkedHashSet<>(CursorNames.usedBy(block));
        List<Declaration.Cursor> cursors = new ArrayList<>();
        scope.cursors().forEach((name, cursor) -> {
            if (used.contains(name)) cursors.add(cursor);
        });
        return cursors;
    }

    /** The initial values, then the initialisation section: run once per session before the state is first used. */
    private Routine initializer() {
        if (initialValues.isEmpty() && pkg.initialization() == null) return null;
        List<Statement> statements = new ArrayList<>(initialValues);
        if (pkg.initialization() != null) statements.add(pkg.initialization());
        SourceSpan span = pkg.initialization() != null ? pkg.initialization().span() : pkg.span();
        return new Routine(new ObjectName(schema, INITIALIZER), ObjectKind.PROCEDURE, new RoutineSignature(List.of(), null),
                new RoutineBody(withPackageDeclarations(new Block(null, List.of(), statements, List.of(), span)), NameConflict.COLUMN),
                "", span);
    }

    /** What the target creates for the package besides its routines; the known difference reported once. */
    PackageState state() {
        if (!stateVariables.isEmpty()) {
            code.items().add(OracleCode.PACKAGE_STATE_IN_SETTINGS, pkg.span(), "package " + pkg.name() + ": "
                    + stateVariables.size() + " variable(s) kept in session settings");
        }
        if (stateVariables.isEmpty() && pkg.initialization() != null) {
            code.items().add(GeneralCode.PROCEDURAL_NOT_CONVERTED, pkg.initialization().span(), "package " + pkg.name()
                    + ": the initialisation section becomes " + schema + "." + INITIALIZER + ", which runs before the first use"
                    + " of a package variable; this package has none, so call it where the session starts");
        }
        ObjectName initializer = initialValues.isEmpty() && pkg.initialization() == null ? null : new ObjectName(schema, INITIALIZER);
        return new PackageState(pkg.name(), schema, packageTypes, stateVariables, initializer, pkg.span());
    }
}

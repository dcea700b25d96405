package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.convert.BooleanNumberComparisonRule;
import org.schemashift.convert.ExpressionConverter;
import org.schemashift.convert.ObjectBudget;
import org.schemashift.convert.TypeFamily;
import org.schemashift.convert.UserRoutines;
import org.schemashift.convert.rules.mysql.NumberConditionRule;
import org.schemashift.emit.postgresql.PlPgSqlResultSets;
import org.schemashift.emit.postgresql.PostgresqlCode;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Column;
import org.schemashift.model.Expr;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Routine;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.IdentifierNames;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.mysql.MySqlCode;
import org.schemashift.source.oracle.OracleCode;

/**
 * Converts one routine or trigger body: every expression and SQL tree through the same expression
 * rules as a view's query, with the names the code declares in scope ({@link ProcScope}) so that
 * variables are typed and never taken for columns or functions, and every declared type to the
 * target's. Package state is read through getters (a rule) and written through setters: an
 * assignment becomes a setter call; an INTO target, an OUT argument, or an element or field being
 * changed, a local copy stored after the statement. Collection methods called as statements ({@code V.EXTEND(n)}) become assignments of
 * the changed collection. A statement with an expression the rules cannot convert is kept commented
 * out ({@link Unsupported}), the reason reported.
 */
final class BodyConverter extends ProcRewriter {
    private final CodeConversion code;
    private final ProcScope scope;
    private final ExpressionConverter expressions;
    private final ObjectName owner;
    private final String what;
    private final List<Routine> hoisted = new ArrayList<>();
    private final ObjectMethodRule objects;
    /** The variables whose declaration is commented out (a supplied package's type): a statement naming one is too. */
    private final Set<Symbol> undeclared = Collections.newSetFromMap(new IdentityHashMap<>());
    private SourceSpan at;
    /** The family of the routine's result, which RETURN values are written as. */
    private TypeFamily resultFamily = TypeFamily.UNKNOWN;
    /** The first expression of the current statement the rules could not convert, as written, or null. */
    private String failure;

    /** {@code owner}: the routine or trigger the body is of; its nested subprograms become routines named after it. */
    BodyConverter(CodeConversion code, ProcScope scope, ObjectName owner, String what, SourceSpan span) {
        this.code = code;
        this.scope = scope;
        this.owner = owner;
        this.what = what;
        this.at = span;
        this.objects = new ObjectMethodRule(scope, code.objectMethods(), code.userRoutines());
        this.expressions = code.expressions().withRulesFirst(List.of(objects, new CollectionMethodRule(scope), new CollectionTableRule(scope),
                new PackageStateReadRule(scope), new SelfAttributeRule(scope), new PackageRoutineRule(scope, code.userRoutines()))).withArgumentTypes(scope::argumentType);
    }

    /**
     * The converted signature and body of a routine; {@code rows} are rows in scope around it (a
     * trigger's NEW and OLD), {@code selfAttributes} those of the object a method works on and
     * {@code typeMethods} (by name) the other methods of its type, which its parameters and locals
     * hide: a bare call of a member method passes SELF first, one of a static method does not. A
     * signature naming a type of a supplied package the target lacks (UTL_TCP.CONNECTION) cannot be
     * created: the converted body is dropped (null), so the routine is written commented out, the type reported.
     */
    Converted routine(RoutineSignature signature, RoutineBody body, List<Symbol> rows, List<Column> selfAttributes,
                      Map<String, ProcScope.LocalRoutine> typeMethods) {
        scope.push();
        rows.forEach(scope::declare);
        for (Column attribute : selfAttributes) {
            ProcType type = attributeType(attribute);
            scope.declareSelfAttribute(symbol(attribute.name(), type, type));
        }
        typeMethods.forEach(scope::declareRoutine);
        RoutineSignature converted = signature == null ? null : signature(signature);
        boolean declarable = signature == null || suppliedTypesIn(signature);
        RoutineBody convertedBody = body == null ? null : body(body);   // converted all the same: what else it needs is reported
        scope.pop();
        return new Converted(converted, declarable ? convertedBody : null, hoisted);
    }

    /** An attribute's type in code: a collection type of the schema by name (so {@code A(i)} and {@code A.COUNT} read it), else the column type. */
    private ProcType attributeType(Column attribute) {
        ProcType.Named named = new ProcType.Named(List.of(attribute.type().name()));
        return scope.type(named) instanceof Declaration.CollectionType ? named : new ProcType.Declared(attribute.type());
    }

    /** The converted signature and body, and the routines its nested subprograms became (converted too). */
    record Converted(RoutineSignature signature, RoutineBody body, List<Routine> hoisted) {
        Converted {
            hoisted = List.copyOf(hoisted);
        }
    }

    /** A trigger's WHEN condition, with its rows in scope; as written when it cannot be converted (the reason reported). */
    Expr condition(Expr condition, List<Symbol> rows) {
        scope.push();
        rows.forEach(scope::declare);
        Expr converted = expressions.convertInScope(condition, at, what + " WHEN", scope.relations(condition.node()));
        scope.pop();
        return converted.node() == null ? condition : converted;
    }

    /** Declares the parameters in the current frame and converts their types and defaults. */
    @Override
    public RoutineSignature signature(RoutineSignature signature) {
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : signature.parameters()) {
            ProcType target = type(p.type(), p.span(), "parameter " + p.name());
            Symbol parameter = symbol(p.name(), p.type(), target);
            parameters.add(new Parameter(p.name(), p.mode(), target, p.defaultValue() == null ? null
                    : bitOrValue(parameter.family(), expression(p.defaultValue())), p.span()));
            scope.declare(parameter);
        }
        Returns returns = signature.returns() == null ? null
                : new Returns(type(signature.returns().type(), at, "result"), signature.returns().setOf());
        if (returns != null && !returns.setOf()) resultFamily = code.types().family(signature.returns().type(), scope);
        return new RoutineSignature(parameters, returns);
    }

    // ---- expressions ----

    @Override
    protected SqlNode expression(SqlNode node) {
        if (!undeclared.isEmpty() && namesUndeclared(node)) {
            if (failure == null) failure = node.toString();
            return node;
        }
        Expr converted = expressions.convertInScope(new Expr(node, node.toString()), at, what, scope.relations(node));
        if (converted.node() != null) return converted.node();
        if (failure == null) failure = node.toString();
        return node;
    }

    /** True when {@code node} names a variable whose declaration is commented out: PL/pgSQL would reject the whole routine. */
    private boolean namesUndeclared(SqlNode node) {
        boolean[] found = {false};
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                found[0] |= undeclared.contains(scope.lookup(id.names.get(0)));
                return null;
            }
        });
        return found[0];
    }

    /** A condition of the stored program; MySQL's may be a number or a string ({@link NumberConditionRule}). */
    @Override
    protected SqlNode condition(SqlNode node) {
        SqlNode converted = expression(node);
        TypeFamily family = expressions.familyInScope(node, scope.relations(node));
        if (family == TypeFamily.STRING) code.items().add(MySqlCode.STRING_CONDITION, at, what + ": " + node);
        return NumberConditionRule.truth(converted, family);
    }

    private List<SqlNode> expressionList(List<SqlNode> nodes) {
        return nodes.stream().map(this::expression).toList();
    }

    private ProcType type(ProcType type, SourceSpan span, String where) {
        return code.types().target(type, span, what + " " + where, scope);
    }

    /** The symbol of a variable or parameter of source type {@code type}: a collection, a row with fields, or a plain value. */
    private Symbol symbol(String name, ProcType type, ProcType target) {
        Map<String, TypeFamily> fields = code.types().fields(type, scope);
        Symbol.Kind kind = code.types().isCollection(type, scope) ? Symbol.Kind.COLLECTION
                : fields.isEmpty() ? Symbol.Kind.VARIABLE : Symbol.Kind.ROW;
        return new Symbol(name, kind, target, code.types().family(type, scope), fields, null, null, type);
    }

    // ---- statements: each on its own, so a failed expression comments out that statement only ----

    @Override
    protected List<Statement> statements(List<Statement> statements) {
        if (statements == null) return null;
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement statement : DbmsSqlSequences.rewrite(code.identitiesReturned(statements), code.items())) {
            ObjectBudget.check();
            SourceSpan outerAt = at;
            String outerFailure = failure;
            at = statement.span();
            failure = null;
            Statement converted = statement.accept(this);
            out.add(failure == null ? converted : notConverted(statement.getClass().getSimpleName(), statement.span()));
            at = outerAt;
            failure = outerFailure;
        }
        return out;
    }

    /** What stands where a statement or initial value with an unconvertible expression stood (the expression's item is raised). */
    private Unsupported notConverted(String what, SourceSpan span) {
        return new Unsupported(what + " " + failure, span, this.what + ": an expression has no target equivalent ("
                + GeneralCode.UNMAPPED_FUNCTION.code() + ")");
    }

    @Override
    public Statement visitBlock(Block block) {
        scope.push();
        for (Declaration declaration : block.declarations()) {
            // a forward declaration and the definition (or overloads) share the name
            if (declaration instanceof Declaration.Subprogram s && !scope.declaresRoutineHere(s.name())) {
                scope.declareRoutine(s.name(), new ProcScope.LocalRoutine(code.generatedRoutine(owner, s.name()), List.of()));
            }
        }
        List<Declaration> declarations = new ArrayList<>();
        for (Declaration declaration : block.declarations()) {
            if (!(declaration instanceof Declaration.Subprogram s)) declarations.addAll(declaration(declaration));
            else if (s.body() != null) hoist(s);   // a forward declaration has done its work: the name is declared
        }
        List<Statement> statements = statements(block.statements());
        List<Handler> handlers = block.handlers().stream()
                .map(h -> new Handler(h.conditions(), h.kind(), statements(h.body()), h.span())).toList();
        scope.pop();
        return new Block(block.label(), declarations, statements, handlers, block.span());
    }

    /**
     * A declaration converted. A variable whose initial value cannot be converted keeps its
     * declaration, the value commented out; any other declaration with such an expression (a
     * cursor's query) is commented out.
     */
    private List<Declaration> declaration(Declaration declaration) {
        SourceSpan outerAt = at;
        at = declaration.span();
        failure = null;
        Declaration converted = declaration.accept(this);
        at = outerAt;
        if (converted == null && failure == null) return List.of();   // a record type made a type of the schema
        if (failure == null) return List.of(converted);
        List<Declaration> kept = converted instanceof Declaration.Variable v
                ? List.of(new Declaration.Variable(v.name(), v.type(), null, false, v.notNull(), v.span()), notConverted(v.name() + " :=", v.span()))
                : List.of(notConverted(converted.getClass().getSimpleName() + " " + converted.name(), converted.span()));
        failure = null;
        return kept;
    }

    @Override
    public Declaration visitVariable(Declaration.Variable variable) {
        Map.Entry<ActionCode, String> noEquivalent = suppliedPackageType(variable.type());
        if (noEquivalent != null) {   // never a type of a schema the target lacks: the declaration is commented out
            Symbol symbol = symbol(variable.name(), variable.type(), variable.type());
            scope.declare(symbol);
            undeclared.add(symbol);
            String type = String.join(".", ((ProcType.Named) variable.type()).name());
            code.items().add(noEquivalent.getKey(), variable.span(), what + ": variable " + variable.name() + " of type " + type
                    + ": " + noEquivalent.getValue());
            return new Unsupported(variable.name() + " " + type, variable.span(), what + ": type " + type
                    + " of a supplied package has no target equivalent (" + noEquivalent.getKey().code() + ")");
        }
        ProcType target = type(variable.type(), variable.span(), "variable " + variable.name());
        SqlNode source = variable.initialValue() != null ? variable.initialValue() : code.types().defaultRow(target, scope);
        SqlNode initial = source == null ? null : valueFor(code.types().family(variable.type(), scope), source);
        scope.declare(symbol(variable.name(), variable.type(), target));
        return new Declaration.Variable(variable.name(), target, initial, variable.constant(), variable.notNull(),
                variable.span());
    }

    /** What the rules say no target has, when {@code type} is a supplied package's (DBMS_SQL.VARCHAR2_TABLE) the code does not define; else null. */
    private Map.Entry<ActionCode, String> suppliedPackageType(ProcType type) {
        return code.suppliedPackageType(type, scope);
    }

    /** True when no parameter or result of {@code signature} is of a supplied package's type the target lacks; each one found is reported. */
    private boolean suppliedTypesIn(RoutineSignature signature) {
        boolean none = true;
        for (Parameter p : signature.parameters()) none &= !lacked(p.type(), p.span(), "parameter " + p.name());
        return none & (signature.returns() == null || !lacked(signature.returns().type(), at, "result"));
    }

    private boolean lacked(ProcType type, SourceSpan span, String what) {
        Map.Entry<ActionCode, String> noEquivalent = suppliedPackageType(type);
        if (noEquivalent == null) return false;
        code.items().add(noEquivalent.getKey(), span, this.what + ": " + what + " of type " + String.join(".", ((ProcType.Named) type).name())
                + " cannot be declared on the target, so the routine is written commented out: " + noEquivalent.getValue());
        return true;
    }

    @Override
    public Declaration visitCursor(Declaration.Cursor cursor) {
        scope.push();
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : cursor.parameters()) {
            ProcType target = type(p.type(), p.span(), "cursor parameter " + p.name());
            parameters.add(new Parameter(p.name(), p.mode(), target, null, p.span()));
            scope.declare(symbol(p.name(), p.type(), target));
        }
        Map<String, TypeFamily> fields = code.expressions().outputColumns(cursor.query(), scope.relations(cursor.query()));
        SqlNode query = expression(cursor.query());
        scope.pop();
        scope.declare(new Symbol(cursor.name(), Symbol.Kind.CURSOR, null, TypeFamily.UNKNOWN, Symbol.lowerCase(fields), null, null, null));
        return new Declaration.Cursor(cursor.name(), parameters, query, cursor.scroll(), cursor.span());
    }

    /** A declared exception is in scope like a type: a nested subprogram hoisted out of this block declares it again. */
    @Override
    public Declaration visitNamedCondition(Declaration.NamedCondition condition) {
        scope.declareType(condition);
        return condition;
    }

    /**
     * A record type of a block: PL/pgSQL declares no types there, so it becomes a composite type of the
     * routine's schema ({@link CodeConversion#composite}), which its variables, collections and the
     * hoisted subprograms that name it are declared with; the block no longer declares it.
     */
    @Override
    public Declaration visitRecordType(Declaration.RecordType type) {
        scope.declareType(type);
        ObjectName composite = code.composite(type, owner, () -> new Declaration.RecordType(type.name(), type.fields().stream()
                .map(f -> new ProcType.Field(f.name(), type(f.type(), type.span(), "field " + type.name() + "." + f.name()))).toList(),
                type.defaults(), type.span()));
        code.items().decided(type.span(), "plpgsql.block-record-type", "record type " + type.name() + " is the composite type " + composite);
        return null;
    }

    @Override
    public Declaration visitCollectionType(Declaration.CollectionType type) {
        scope.declareType(type);
        return new Declaration.CollectionType(type.name(), type(type.element(), type.span(), "element of " + type.name()),
                type.indexType() == null ? null : type(type.indexType(), type.span(), "index of " + type.name()),
                type.maxSize(), type.span());
    }

    /**
     * A nested subprogram becomes a routine of its own ({@code OUTER__INNER}), which cannot see the
     * enclosing routine's variables: those it uses become extra parameters its calls pass, INOUT for
     * a procedure; a function gets their values only (IN), so its changes to them are lost: reported.
     */
    private void hoist(Declaration.Subprogram subprogram) {
        ObjectName name = scope.localRoutine(subprogram.name()).target();
        Set<String> shared = new TreeSet<>(scope.declaredNames());
        shared.retainAll(IdentifierNames.usedBy(subprogram));
        Set<String> rows = new TreeSet<>(shared);
        rows.removeIf(v -> scope.lookup(v).type() != null);
        if (!rows.isEmpty()) {
            code.items().add(OracleCode.NESTED_SUBPROGRAM_SHARES_VARIABLES, subprogram.span(), what + ": " + subprogram.name()
                    + " becomes " + name + " and uses " + String.join(", ", rows) + " of the enclosing code, which it cannot see");
            shared.removeAll(rows);
        }
        boolean procedure = subprogram.signature().returns() == null;
        List<Parameter> parameters = new ArrayList<>(subprogram.signature().parameters());
        for (String variable : shared) {
            parameters.add(new Parameter(variable, procedure ? ParameterMode.INOUT : ParameterMode.IN,
                    scope.lookup(variable).type(), null, subprogram.span()));
        }
        if (!shared.isEmpty() && !procedure) {
            code.items().add(OracleCode.NESTED_SUBPROGRAM_SHARES_VARIABLES, subprogram.span(), what + ": function "
                    + subprogram.name() + " becomes " + name + " and reads " + String.join(", ", shared)
                    + " of the enclosing code as parameters; changes it makes to them are not passed back");
        }
        scope.declareRoutine(subprogram.name(), new ProcScope.LocalRoutine(name, List.copyOf(shared)));
        Routine routine = new Routine(name, procedure ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION,
                new RoutineSignature(parameters, subprogram.signature().returns()), withTypesInScope(subprogram.body()), "",
                subprogram.span(),
                subprogram.traits());
        hoisted.addAll(code.routines(routine, scope.hoisted()));
    }

    /** {@code body} with the types in scope here declared first: the routine it becomes sees no package or enclosing block. */
    private RoutineBody withTypesInScope(RoutineBody body) {
        List<Declaration> declarations = new ArrayList<>(scope.typesForHoisted());
        if (declarations.isEmpty()) return body;
        Block block = body.block();
        declarations.addAll(block.declarations());
        return new RoutineBody(new Block(block.label(), declarations, block.statements(), block.handlers(), block.span()),
                body.nameConflict());
    }

    // ---- loops declare their variable or record ----

    @Override
    public Statement visitNumericFor(Statement.NumericFor loop) {
        SqlNode lower = expression(loop.lower());
        SqlNode upper = expression(loop.upper());
        SqlNode step = loop.step() == null ? null : expression(loop.step());
        scope.push();
        scope.declare(Symbol.variable(loop.variable(), null, TypeFamily.NUMBER));
        List<Statement> body = statements(loop.body());
        scope.pop();
        return new Statement.NumericFor(loop.label(), loop.variable(), lower, upper, step, loop.reverse(), body, loop.span());
    }

    @Override
    public Statement visitBulkChange(Statement.BulkChange loop) {
        Statement.BulkChange.Bounds bounds = bounds(loop.bounds());
        scope.push();
        scope.declare(Symbol.variable(loop.variable(), null, TypeFamily.NUMBER));
        Statement change = loop.change().accept(this);
        scope.pop();
        return new Statement.BulkChange(loop.variable(), bounds, change, loop.collectErrors(), loop.span());
    }

    @Override
    public Statement visitCursorFor(Statement.CursorFor loop) {
        List<SqlNode> arguments = expressionList(loop.arguments());
        Symbol cursor = scope.lookup(loop.cursor());
        scope.push();
        scope.declare(Symbol.row(loop.record(), cursor == null ? Map.of() : cursor.fields()));
        List<Statement> body = statements(loop.body());
        scope.pop();
        return new Statement.CursorFor(loop.label(), loop.record(), loop.cursor(), arguments, body, loop.span());
    }

    @Override
    public Statement visitQueryFor(Statement.QueryFor loop) {
        Map<String, TypeFamily> fields = loop.source() instanceof QuerySource.Static s
                ? Symbol.lowerCase(code.expressions().outputColumns(s.query(), scope.relations(s.query()))) : Map.of();
        QuerySource source = loop.source() instanceof QuerySource.Static s ? new QuerySource.Static(expression(s.query()))
                : dynamic((QuerySource.Dynamic) loop.source());
        scope.push();
        scope.declare(Symbol.row(loop.record(), fields));
        List<Statement> body = statements(loop.body());
        scope.pop();
        return new Statement.QueryFor(loop.label(), loop.record(), source, body, loop.span());
    }

    private QuerySource dynamic(QuerySource.Dynamic source) {
        return new QuerySource.Dynamic(expression(source.text()), expressionList(source.arguments()));
    }

    // ---- writes: package state through setters, collection methods as assignments ----

    @Override
    public Statement visitAssign(Statement.Assign assign) {
        Symbol state = stateTarget(assign.target());
        if (state != null) {
            return new Statement.Call(state.state().setter(), List.of(Argument.positional(expression(assign.value()))),
                    assign.span());
        }
        Statement partChanged = changePartOfState(assign);
        if (partChanged != null) return partChanged;
        if (touchesState(assign.target())) code.stateNotRewritten(assign.span(), what, assign.target());
        Symbol variable = assign.target() instanceof SqlIdentifier id ? scope.resolve(id.names) : null;
        if (variable != null) {
            reportDateFormat(expressions.familyInScope(assign.value(), scope.relations(assign.value())), variable.family(),
                    "assignment to " + assign.target());
        }
        return new Statement.Assign(expression(assign.target()),
                valueFor(expressions.familyInScope(assign.target(), scope.relations(assign.target())), assign.value()), assign.span());
    }

    @Override
    public Statement visitReturn(Statement.Return statement) {
        return statement.value() == null ? statement : new Statement.Return(valueFor(resultFamily, statement.value()), statement.span());
    }

    /**
     * {@code value} converted, as written into a target of {@code family}: a 0 or 1 into a boolean the
     * source stored as a number (MySQL's TINYINT(1) NEW.active) is FALSE or TRUE; a boolean into a
     * number (MySQL's {@code DECLARE done INT DEFAULT FALSE}, {@code RETURN x > 0} from an INT
     * function) is the integer 0 or 1 the source stores, where PL/pgSQL would fail to convert it.
     */
    private SqlNode valueFor(TypeFamily family, SqlNode value) {
        SqlNode converted = expression(value);
        return family == TypeFamily.NUMBER && expressions.familyInScope(value, scope.relations(value)) == TypeFamily.BOOLEAN
                ? BooleanNumberComparisonRule.asInteger(converted) : bitOrValue(family, converted);
    }

    /** {@code value} for a variable, column or parameter of {@code family}: a 0 or 1 for a boolean (T-SQL's bit) FALSE or TRUE. */
    private static SqlNode bitOrValue(TypeFamily family, SqlNode value) {
        SqlNode bit = family == TypeFamily.BOOLEAN ? BooleanNumberComparisonRule.bit(value) : null;
        return bit == null ? value : bit;
    }

    /**
     * {@code V(i) := x}, {@code V.F := x} (also {@code PKG.V...}) or a deeper part ({@code V(i).F},
     * {@code V(i).F(j)}) of a package variable: the change is made to a local copy read through the
     * getter, which the setter then stores. Null for any other target.
     */
    private Statement changePartOfState(Statement.Assign assign) {
        SqlNode target = assign.target();
        SqlNode root = pathRoot(target);
        SqlCall element = elementCall(root);
        List<String> names = names(root);
        for (int n = 1; n <= names.size(); n++) {
            Symbol symbol = scope.resolve(names.subList(0, n));
            if (symbol == null || !symbol.isState()) continue;
            if (element == null && n == names.size() && root == target) return null;
            StateVariable state = symbol.state();
            SqlParserPos pos = target.getParserPosition();
            List<String> copyPart = new ArrayList<>(List.of(state.localCopy()));
            copyPart.addAll(names.subList(n, names.size()));
            SqlNode part = new SqlIdentifier(copyPart, pos);
            SqlNode changed = onCopy(target, root, element == null ? part
                    : SqlStdOperatorTable.ITEM.createCall(pos, part, expression(element.operand(0))));
            return throughLocalCopy(symbol, new Statement.Assign(changed, expression(assign.value()), assign.span()));
        }
        return null;
    }

    /**
     * The type of the local copy of package variable {@code symbol}: a type its package declares is
     * named through the package ({@code PKG.T}), which code of another package sees as well.
     */
    private ProcType copyType(Symbol symbol) {
        PackageScope owner = code.packages().get(PackageScope.key(symbol.state().pkg()));
        return symbol.type() instanceof ProcType.Named named && named.name().size() == 1 && owner != null
                && owner.types().containsKey(PackageScope.key(named.name().get(0)))
                ? new ProcType.Named(List.of(owner.name(), named.name().get(0))) : symbol.type();
    }

    /** {@code change} (already converted) made to the local copy of package variable {@code symbol}, read through its getter and stored by its setter. */
    private Block throughLocalCopy(Symbol symbol, Statement.Assign change) {
        StateVariable state = symbol.state();
        SqlIdentifier copy = new SqlIdentifier(state.localCopy(), change.target().getParserPosition());
        return new Block(null, List.of(new Declaration.Variable(copy.getSimple(), copyType(symbol), state.read(copy.getParserPosition()), false, false,
                change.span())), List.of(change, new Statement.Call(state.setter(), List.of(Argument.positional(copy)), change.span())),
                List.of(), change.span());
    }

    /** The name or element {@code V(i)} a target path starts from: {@code V(i)} of {@code V(i).F(j)} (field and element steps taken off). */
    private static SqlNode pathRoot(SqlNode target) {
        SqlNode node = target;
        while (node instanceof SqlCall call && (call.getOperator() == SqlStdOperatorTable.DOT || call.getOperator() == SqlStdOperatorTable.ITEM)) {
            node = call.operand(0);
        }
        return node;
    }

    /** {@code root} when it is an element {@code V(i)} (a call of one subscript), else null. */
    private static SqlCall elementCall(SqlNode root) {
        return root instanceof SqlCall call && call.operandCount() == 1 && call.getOperator() instanceof SqlUnresolvedFunction f
                && f.getSqlIdentifier() != null ? call : null;
    }

    /** The names of a path's root: {@code V} of {@code V(i)} ({@code PKG, V} of {@code PKG.V(i)}), {@code PKG.V.F} as written; none for anything else. */
    private static List<String> names(SqlNode root) {
        SqlCall element = elementCall(root);
        return element != null ? CollectionMethodRule.names(((SqlUnresolvedFunction) element.getOperator()).getSqlIdentifier())
                : root instanceof SqlIdentifier id ? id.names : List.of();
    }

    /** The target path with its root replaced by {@code copyRoot}, its further subscripts converted. */
    private SqlNode onCopy(SqlNode node, SqlNode root, SqlNode copyRoot) {
        if (node == root) return copyRoot;
        SqlCall step = (SqlCall) node;
        SqlNode inner = onCopy(step.operand(0), root, copyRoot);
        SqlNode selector = step.getOperator() == SqlStdOperatorTable.ITEM ? expression(step.operand(1)) : step.operand(1);
        return step.getOperator().createCall(step.getParserPosition(), inner, selector);
    }

    /** A built-in raising an error (RAISE_APPLICATION_ERROR) is a RAISE of the target: listed as a converted built-in. */
    @Override
    public Statement visitRaise(Statement.Raise raise) {
        if (raise.builtin() != null) code.items().calledBuiltin(raise.span(), raise.builtin(), true, "RAISE");
        return super.visitRaise(raise);
    }

    @Override
    public Statement visitCall(Statement.Call call) {
        Statement builtin = code.builtinCall(call);
        if (builtin != call) return builtin.accept(this);   // its arguments are still source expressions
        List<String> names = call.routine().names;
        if (code.isTableFunction(names)) {
            Statement rows = tableFunctionCall(call);
            if (rows != call) return rows.accept(this);
        }
        int resultSets = code.cursorResultSets(names).size();
        boolean unreadResultSets = resultSets > 0 && !InsertExecCursors.readsResultSets(call);
        if (unreadResultSets) {
            code.items().add(PostgresqlCode.CALLED_RESULT_SETS_NOT_PASSED_ON, call.span(), "EXEC " + call.routine() + " opens its "
                    + resultSets + " result set(s) in refcursor parameters this CALL does not read: SQL Server sent their rows to"
                    + " the client, which no longer receives them");
        }
        if (names.size() == 1 && scope.passesSelf(names.get(0))) call = withSelfFirst(call);
        ObjectMethodRule.MemberCall member = objects.member(names, call.routine());
        if (member != null) {
            // obj.m(args): the member's routine, obj as written passed as SELF (IN OUT for a procedure: its changes reach obj)
            List<Argument> arguments = new ArrayList<>();
            arguments.add(Argument.positional(new SqlIdentifier(names.get(0), call.routine().getParserPosition())));
            arguments.addAll(call.arguments());
            call = new Statement.Call(member.routine(), arguments, call.span());
            names = call.routine().names;
        }
        if (names.size() >= 2) {
            Symbol collection = scope.resolve(names.subList(0, names.size() - 1));
            CollectionMethod method = CollectionMethodRule.methodNamed(names.get(names.size() - 1));
            if (collection != null && collection.kind() == Symbol.Kind.COLLECTION && method != null) return collectionChange(call, method, collection);
        }
        List<String> argumentNames = call.arguments().stream().map(Argument::name).toList();
        List<TypeFamily> families = call.arguments().stream()
                .map(a -> expressions.familyInScope(a.value(), scope.relations(a.value()))).toList();
        SqlIdentifier routine = code.routineCalled(names, scope, argumentNames, families,
                call.arguments().stream().map(a -> scope.argumentType(a.value())).toList());
        List<ParameterMode> modes = code.userRoutines().modes(routine);
        IntoTargets targets = new IntoTargets();
        List<Argument> arguments = new ArrayList<>();
        for (int i = 0; i < call.arguments().size(); i++) {
            Argument a = call.arguments().get(i);
            boolean out = i < modes.size() && modes.get(i) != ParameterMode.IN;
            UserRoutines.Parameter parameter = out ? code.userRoutines().parameter(routine, argumentNames, i) : null;
            arguments.add(new Argument(a.name(), !out ? passed(routine, argumentNames, i, a.value())
                    : a.byValue() && parameter != null ? targets.inCopy(expression(a.value()), parameter)
                    : targets.outArgument(a.value(), parameter)));
        }
        for (UserRoutines.Parameter omitted : omittedOutParameters(routine, call.arguments())) {
            arguments.add(new Argument(omitted.name(), targets.inCopy(expression(omitted.defaultValue()), omitted)));
        }
        if (names.size() == 1) {
            scope.sharedVariables(names.get(0)).forEach(v -> arguments.add(new Argument(v, new SqlIdentifier(v, SqlParserPos.ZERO))));
        }
        if (unreadResultSets) {
            // PL/pgSQL's CALL needs a variable for each INOUT parameter, the refcursors left to their default too
            PlPgSqlResultSets.parameters(resultSets).forEach(p -> arguments.add(new Argument(p, targets.unreadCursor(p))));
        }
        return targets.around(new Statement.Call(routine, arguments, call.span()), call.span());
    }

    @Override
    public Statement visitInsertExec(Statement.InsertExec statement) {
        List<List<String>> resultSets = code.cursorResultSets(statement.routine().names);
        if (resultSets.stream().anyMatch(java.util.Objects::isNull)) {
            Unsupported otherwise = statement.otherwise();
            return new Unsupported(otherwise.rawText(), otherwise.span(), "INSERT ... EXEC " + statement.routine() + ": a result"
                    + " set of " + statement.routine() + " has a column without a name (* or an expression without an alias), "
                    + "which the rows fetched from its refcursor are read by: name every column of its SELECTs");
        }
        if (!resultSets.isEmpty()) {
            code.items().decided(statement.span(), "plpgsql.insert-exec-fetches-result-sets", "INSERT ... EXEC " + statement.routine()
                    + " passes cursors for its " + resultSets.size() + " refcursor result set(s) and inserts the rows it fetches");
            return InsertExecCursors.of(statement, resultSets).accept(this);
        }
        if (!code.isTableFunction(statement.routine().names)) {
            Unsupported otherwise = statement.otherwise();
            return new Unsupported(otherwise.rawText(), otherwise.span(), "INSERT ... EXEC " + statement.routine() + ": "
                    + statement.routine() + " is no procedure of the input, so whether and how it returns rows is unknown: "
                    + "convert it with this input, or INSERT ... SELECT from a function returning its rows");
        }
        code.items().add(PostgresqlCode.RESULT_SET_AS_TABLE_FUNCTION, statement.span(), "INSERT ... EXEC " + statement.routine()
                + " reads the rows of the function RETURNS TABLE it became: INSERT ... SELECT * FROM it");
        return new Statement.SqlStatement(statement.insert(), List.of(), List.of(), IntoRows.FIRST_ROW, statement.span()).accept(this);
    }

    /**
     * EXEC of a procedure that became a function RETURNS TABLE (option result-set-procedures: setof):
     * {@code SELECT * FROM p(args)} run for its effect (PERFORM), its rows no longer sent to the caller's caller.
     */
    private Statement tableFunctionCall(Statement.Call call) {
        SqlNode rows = Statement.InsertExec.rowsOf(call.routine(), call.arguments());
        code.items().add(PostgresqlCode.RESULT_SET_AS_TABLE_FUNCTION, call.span(), "EXEC " + call.routine() + " calls a function"
                + " RETURNS TABLE now: it runs as PERFORM and its rows, which SQL Server sent to the client, are discarded: "
                + "if the client read them, it must now SELECT * FROM " + call.routine() + "(...) itself");
        return new Statement.SqlStatement(rows, List.of(), List.of(), IntoRows.FIRST_ROW, call.span());
    }

    /**
     * The OUT parameters with a default that a call leaves out: PL/pgSQL's CALL must give each OUT
     * parameter a variable, so the default is passed in a copy, as the source passes it.
     */
    private List<UserRoutines.Parameter> omittedOutParameters(SqlIdentifier routine, List<Argument> given) {
        List<UserRoutines.Parameter> parameters = code.userRoutines().parameters(routine);
        Set<String> named = new HashSet<>();
        int positional = 0;
        for (Argument a : given) {
            if (a.name() == null) positional++;
            else named.add(a.name().toLowerCase(Locale.ROOT));
        }
        List<UserRoutines.Parameter> omitted = new ArrayList<>();
        for (int i = positional; i < parameters.size(); i++) {
            UserRoutines.Parameter p = parameters.get(i);
            if (p.mode() != ParameterMode.IN && p.hasDefault() && !named.contains(p.name().toLowerCase(Locale.ROOT))) omitted.add(p);
        }
        return omitted;
    }

    /** A bare call of a member method as Oracle makes it: SELF is its first argument (the method's own SELF). */
    private static Statement.Call withSelfFirst(Statement.Call call) {
        List<Argument> arguments = new ArrayList<>();
        arguments.add(Argument.positional(new SqlIdentifier(ProcScope.SELF, call.routine().getParserPosition())));
        arguments.addAll(call.arguments());
        return new Statement.Call(call.routine(), arguments, call.span());
    }

    /** The IN argument {@code i} of a call of {@code routine}, converted, and cast to its parameter's type where Oracle converts it implicitly. */
    private SqlNode passed(SqlIdentifier routine, List<String> argumentNames, int i, SqlNode argument) {
        SqlNode converted = expression(argument);
        TypeFamily family = expressions.familyInScope(argument, scope.relations(argument));
        SqlNode passed = code.userRoutines().passed(routine, argumentNames, i, converted, family);
        if (passed != converted) {
            code.items().decided(at, UserRoutines.IMPLICIT_CONVERSION, what + ": argument " + (i + 1) + " of " + routine
                    + " converted to its parameter's type");
        }
        reportDateFormat(family, code.userRoutines().parameterFamily(routine, argumentNames, i), "argument " + (i + 1) + " of " + routine);
        return passed;
    }

    /** Reports a date given as text, or text as a date, where the source converts it by a session's format and the target by its own. */
    private void reportDateFormat(TypeFamily value, TypeFamily target, String where) {
        ActionCode item = code.userRoutines().sessionDateFormat(value, target);
        if (item != null) {
            code.items().add(item, at, what + ": " + where + ": " + UserRoutines.dateFormatMessage(value));
        }
    }

    /** {@code V.EXTEND(n)} as the statement {@code V := collection(EXTEND, V, n)}. */
    private Statement collectionChange(Statement.Call call, CollectionMethod method, Symbol symbol) {
        SqlIdentifier collection = call.routine().skipLast(1);
        SqlNode[] arguments = call.arguments().stream().map(Argument::value).toArray(SqlNode[]::new);
        if (method == CollectionMethod.DELETE && arguments.length > 0 && symbol.isState()) {
            // DELETE(i) of a package variable is made on its local copy, which the writer sees as a collection (it removes
            // one key or reports the deletion), never on the getter's value, whose DELETE it could not tell from DELETE of all
            SqlIdentifier copy = new SqlIdentifier(symbol.state().localCopy(), collection.getParserPosition());
            SqlNode[] converted = Arrays.stream(arguments).map(this::expression).toArray(SqlNode[]::new);
            return throughLocalCopy(symbol, new Statement.Assign(copy,
                    ProcOperators.collection(method, copy, call.routine().getParserPosition(), converted), call.span()));
        }
        SqlNode changed = ProcOperators.collection(method, collection, call.routine().getParserPosition(), arguments);
        return visitAssign(new Statement.Assign(collection, changed, call.span()));
    }

    @Override
    public Statement visitSqlStatement(Statement.SqlStatement statement) {
        return intoTargets(statement.into(), statement.span(), into -> new Statement.SqlStatement(expression(statement.statement()),
                expressionList(statement.returning()), into, statement.rows(),
                statement.appendTo() == null ? null : expression(statement.appendTo()), statement.span()));
    }

    @Override
    public Statement visitCreateTable(Statement.CreateTable statement) {
        List<Statement.TableColumn> columns = statement.columns().stream().map(c -> new Statement.TableColumn(c.name(),
                type(c.type(), statement.span(), "column " + statement.name() + "." + c.name()), c.notNull(),
                c.defaultValue() == null ? null : expression(c.defaultValue()), c.identityStart(), c.identityIncrement())).toList();
        return new Statement.CreateTable(statement.name(), statement.temporary(), columns, statement.keys(),
                statement.query() == null ? null : expression(statement.query()), statement.span(), statement.keepExisting());
    }

    @Override
    public Statement visitFetch(Statement.Fetch fetch) {
        return intoTargets(fetch.into(), fetch.span(), into -> new Statement.Fetch(fetch.cursor(), fetch.direction(),
                fetch.count() == null ? null : expression(fetch.count()), into, fetch.signalsNotFound(), fetch.span()));
    }

    @Override
    public Statement visitDynamicSql(Statement.DynamicSql statement) {
        KnownText known = knownText(statement.statement(), statement.span());
        if (known.failure() != null) {
            code.items().add(PostgresqlCode.KNOWN_DYNAMIC_TEXT_NOT_CONVERTED, statement.span(), what + ": the dynamic SQL text runs as "
                    + "the source wrote it: " + known.failure() + " has no PostgreSQL equivalent");
        }
        return intoTargets(statement.into(), statement.span(), into -> new Statement.DynamicSql(expression(statement.text()),
                expressionList(statement.arguments()), into, statement.rows(), statement.span(), statement.converted(), known.converted()));
    }

    /** A result set of dynamic SQL converts as its text does; one whose text does not convert is not written. */
    @Override
    public Statement visitResultSet(Statement.ResultSet statement) {
        if (statement.dynamicArguments() == null) return super.visitResultSet(statement);
        KnownText known = knownText(statement.query(), statement.span());
        if (known.failure() != null && failure == null) failure = known.failure();
        return new Statement.ResultSet(known.converted() == null ? statement.query() : known.converted(),
                expressionList(statement.dynamicArguments()), statement.span());
    }

    /** A known text of dynamic SQL as converted (null when there is none or it does not convert), or the expression that has no equivalent. */
    private record KnownText(SqlNode converted, String failure) {
    }

    /**
     * The statement a known dynamic SQL text reads as ({@link Statement.DynamicSql#statement}), converted as the same
     * statement in the code, but with none of the code's variables in scope: dynamic SQL cannot see them.
     */
    private KnownText knownText(SqlNode statement, SourceSpan span) {
        if (statement == null) return new KnownText(null, null);
        BodyConverter alone = new BodyConverter(code, scope.hoisted(), owner, what, span);
        SqlNode converted = alone.expression(statement);
        return alone.failure == null ? new KnownText(converted, null) : new KnownText(null, alone.failure);
    }

    /** The statement {@code build} makes with its INTO targets converted, package variables read into local copies. */
    private Statement intoTargets(List<SqlNode> into, SourceSpan span, Function<List<SqlNode>, Statement> build) {
        IntoTargets targets = new IntoTargets();
        List<SqlNode> converted = into.stream().map(targets::target).toList();
        return targets.around(build.apply(converted), span);
    }

    /** The package variable {@code target} names as a whole, or null. */
    private Symbol stateTarget(SqlNode target) {
        if (!(target instanceof SqlIdentifier id)) return null;
        Symbol symbol = scope.resolve(id.names);
        return symbol != null && symbol.isState() ? symbol : null;
    }

    /** True when a part of a package variable is the target ({@code V(i)}, {@code V.F}, {@code V(i).F}), which has no rewrite. */
    private boolean touchesState(SqlNode target) {
        List<String> names = names(pathRoot(target));
        for (int n = 1; n <= names.size(); n++) {
            Symbol symbol = scope.resolve(names.subList(0, n));
            if (symbol != null && symbol.isState()) return true;
        }
        return false;
    }

    /**
     * The INTO targets and OUT arguments of one statement: package variables are replaced by local
     * copies (declared in a block around the statement), stored through the setters after it.
     */
    private final class IntoTargets {
        private final List<Declaration> copies = new ArrayList<>();
        private final List<Statement> stores = new ArrayList<>();

        SqlNode target(SqlNode target) {
            Symbol state = stateTarget(target);
            if (state == null) return elementTarget(target);
            SqlIdentifier copy = new SqlIdentifier(state.state().localCopy(), SqlParserPos.ZERO);
            copies.add(new Declaration.Variable(copy.getSimple(), copyType(state), null, false, false, at));
            stores.add(new Statement.Call(state.state().setter(), List.of(Argument.positional(copy)), at));
            return copy;
        }

        /**
         * An OUT or IN OUT argument: as an INTO target, except that a variable of another type than
         * the parameter's is passed through a copy of the parameter's type, assigned back after the call.
         */
        SqlNode outArgument(SqlNode argument, UserRoutines.Parameter parameter) {
            Symbol variable = argument instanceof SqlIdentifier id ? scope.resolve(id.names) : null;
            if (parameter == null || variable == null || variable.isState() || variable.kind() != Symbol.Kind.VARIABLE
                    || !code.types().refusesAsOutArgument(variable.type(), parameter.type())) {
                return target(argument);
            }
            SqlIdentifier copy = fresh("ss_out_" + parameter.name().toLowerCase(Locale.ROOT));
            ProcType type = code.types().target(parameter.type(), at, what + " OUT argument " + parameter.name(), scope);
            SqlNode converted = expression(argument);
            copies.add(new Declaration.Variable(copy.getSimple(), type, parameter.mode() == ParameterMode.INOUT ? converted : null,
                    false, false, at));
            stores.add(new Statement.Assign(converted, copy, at));
            return copy;
        }

        /**
         * A value passed to an OUT parameter that does not take back what the callee leaves in it
         * (T-SQL without OUTPUT, a default): a copy of the parameter's type holding the value, read by nothing after.
         */
        SqlNode inCopy(SqlNode value, UserRoutines.Parameter parameter) {
            SqlIdentifier copy = fresh("ss_in_" + parameter.name().toLowerCase(Locale.ROOT));
            ProcType type = code.types().target(parameter.type(), at, what + " argument " + parameter.name(), scope);
            copies.add(new Declaration.Variable(copy.getSimple(), type, value, false, false, at));
            return copy;
        }

        /** A refcursor variable for result-set parameter {@code parameter} of the called procedure, read by nothing after. */
        SqlNode unreadCursor(String parameter) {
            SqlIdentifier cursor = fresh("ss_" + parameter.toLowerCase(Locale.ROOT));
            copies.add(new Declaration.Variable(cursor.getSimple(), new ProcType.CursorReference(), null, false, false, at));
            return cursor;
        }

        /**
         * An element {@code V(i)} as a target: PL/pgSQL takes no subscript in INTO, so the value goes
         * into a copy of the element's type, assigned to the element after the statement (as any
         * assignment of it is written: a key of a jsonb, an element of a package variable).
         */
        private SqlNode elementTarget(SqlNode target) {
            SqlCall element = elementCall(target);
            Symbol collection = element == null ? null : scope.resolve(names(element));
            Declaration.CollectionType type = collection == null || collection.kind() != Symbol.Kind.COLLECTION ? null
                    : scope.collectionType(collection);
            if (type == null) return expression(target);
            SqlIdentifier copy = fresh("ss_into_" + (copies.size() + 1));
            copies.add(new Declaration.Variable(copy.getSimple(), type(type.element(), at, "INTO " + target), null, false, false, at));
            stores.add(visitAssign(new Statement.Assign(target, copy, at)));
            return copy;
        }

        /** A new variable named {@code wanted} (numbered when the code has one of that name, which it must not hide). */
        private SqlIdentifier fresh(String wanted) {
            String name = wanted;
            for (int n = 2; scope.lookup(name) != null; n++) name = wanted + "_" + n;
            return new SqlIdentifier(name, SqlParserPos.ZERO);
        }

        Statement around(Statement statement, SourceSpan span) {
            if (copies.isEmpty()) return statement;
            List<Statement> statements = new ArrayList<>();
            statements.add(statement);
            statements.addAll(stores);
            return new Block(null, copies, statements, List.of(), span);
        }
    }
}

package org.schemashift.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.util.SqlVisitor;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.model.ActionCode;
import org.schemashift.model.BuiltinCall;
import org.schemashift.model.Decision;
import org.schemashift.model.Expr;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.StandardFunctions;
import org.schemashift.model.sql.DataChanges;

/**
 * Rewrites a source expression or query into a canonical tree (Calcite's and the project's
 * operators, {@code model/sql/CanonicalOperators}) that every target spells: every node bottom-up,
 * first through the source's Java rules (constructs that are not a simple function mapping,
 * including query rewrites on SqlSelect), then calls of source functions through the function
 * rules. Before rewriting, the source tree is typed once ({@link ExpressionTypes}) so rules can ask
 * for operand types. A function with no rule, or a construct a rule cannot convert, makes the whole
 * expression unconvertible: the result then has a null node and an action item says why, so the
 * emitter writes it commented out instead of guessing. Each rule that rewrote something is
 * recorded as a decision ({@link ActionItems#decided}), once per rule and construct in a clause,
 * and every call of a function the source's rules know, or of a standard function
 * ({@link StandardFunctions}), as a built-in call ({@link ActionItems#calledBuiltin}), converted or not. A rule saying no target has an equivalent
 * raises its own item naming the call; SS-GEN-0008 then covers only the constructs nothing explained.
 */
public final class ExpressionConverter {
    private final FunctionRules functions;
    private final List<ExpressionRule> javaRules;
    private final ActionItems items;
    private final SourceRelations relations;
    private final UserRoutines routines;
    /** The source and target types of an operand as calls pick overloads by them, where the caller knows them (a variable's). */
    private Function<SqlNode, UserRoutines.ArgumentType> argumentTypes = node -> UserRoutines.ArgumentType.UNKNOWN;

    public ExpressionConverter(FunctionRules functions, List<ExpressionRule> javaRules, ActionItems items) {
        this(functions, javaRules, items, SourceRelations.empty());
    }

    public ExpressionConverter(FunctionRules functions, List<ExpressionRule> javaRules, ActionItems items,
                               SourceRelations relations) {
        this(functions, javaRules, items, relations, UserRoutines.NONE);
    }

    /** {@code routines}: the input's own routines, which calls with no function rule may name. */
    public ExpressionConverter(FunctionRules functions, List<ExpressionRule> javaRules, ActionItems items,
                               SourceRelations relations, UserRoutines routines) {
        this.functions = functions;
        this.javaRules = List.copyOf(javaRules);
        this.items = items;
        this.relations = relations;
        this.routines = routines;
    }

    /** A converter that tries {@code first} before this one's Java rules (the rules of a scope, such as a routine's names). */
    public ExpressionConverter withRulesFirst(List<ExpressionRule> first) {
        List<ExpressionRule> all = new ArrayList<>(first);
        all.addAll(javaRules);
        ExpressionConverter converter = new ExpressionConverter(functions, all, items, relations, routines);
        converter.argumentTypes = argumentTypes;
        return converter;
    }

    /** A converter that picks among a routine's overloads by {@code types} too: the source and target types of the operands it knows. */
    public ExpressionConverter withArgumentTypes(Function<SqlNode, UserRoutines.ArgumentType> types) {
        ExpressionConverter converter = new ExpressionConverter(functions, javaRules, items, relations, routines);
        converter.argumentTypes = types;
        return converter;
    }

    /** The converted expression; {@code what} names the clause for the action item ("default of t.c"). */
    public Expr convert(Expr expr, SourceSpan span, String what) {
        return convert(expr, span, what, null);
    }

    /**
     * The converted expression of a clause on {@code table} (a default, check, index expression or
     * generated column), whose bare column names refer to that table; {@code table} may be null.
     */
    public Expr convert(Expr expr, SourceSpan span, String what, Table table) {
        if (expr == null || expr.node() == null) return expr;
        return convertInScope(expr, span, what, tableScope(table));
    }

    /** The family of a source expression on {@code table} (a generated column's), UNKNOWN when it cannot be told. */
    public TypeFamily familyOf(Expr expr, Table table) {
        if (expr == null || expr.node() == null) return TypeFamily.UNKNOWN;
        return familyInScope(expr.node(), tableScope(table));
    }

    /** The family of a source expression whose names not found in its own FROM clauses may be the columns of {@code outer}. */
    public TypeFamily familyInScope(SqlNode node, Map<String, Map<String, TypeFamily>> outer) {
        ExpressionTypes types = new ExpressionTypes(relations, functions, routines);
        ExpressionTypes.Scope scope = ExpressionTypes.Scope.of(null);
        scope.relations().putAll(outer);
        types.annotate(node, scope);
        TypeFamily family = types.typeOf(node);
        return family == null ? TypeFamily.UNKNOWN : family;
    }

    /** The columns of {@code table} as the relation its clauses' bare names refer to. */
    private Map<String, Map<String, TypeFamily>> tableScope(Table table) {
        Map<String, Map<String, TypeFamily>> outer = new LinkedHashMap<>();
        if (table != null) {
            outer.put(table.name().name().toUpperCase(Locale.ROOT), relations.columnsOf(table));
        }
        return outer;
    }

    /**
     * The converted expression, where names not found in its own FROM clauses may be the columns of
     * {@code outer}: relation name (upper case) → column name (lower case) → family. Procedural code
     * passes its variables, records and trigger rows this way, so they are typed and never taken for
     * functions written without parentheses.
     */
    public Expr convertInScope(Expr expr, SourceSpan span, String what, Map<String, Map<String, TypeFamily>> outer) {
        if (expr == null || expr.node() == null) return expr;
        ExpressionTypes types = new ExpressionTypes(relations, functions, routines);
        ExpressionTypes.Scope scope = ExpressionTypes.Scope.of(null);
        scope.relations().putAll(outer);
        types.annotate(expr.node(), scope);
        Context context = new Context(types, span, what);
        SqlNode node = expr.node().accept(new Rewriter(context));
        context.checkConsumed(node);
        context.builtinCalls.forEach(c -> items.calledBuiltin(c.span(), PseudoFunctions.sourceSpelling(c.name()), c.converted(), c.by()));
        if (!context.problems.isEmpty()) {
            List<String> unexplained = context.problems.stream().filter(p -> !context.explained.contains(p))
                    .map(PseudoFunctions::sourceSpelling).toList();
            if (!unexplained.isEmpty()) {
                items.add(GeneralCode.UNMAPPED_FUNCTION, span, what + ": no target equivalent for "
                        + String.join(", ", unexplained) + " in " + expr.sourceText());
            }
            return expr.withNode(null);
        }
        context.decisions.values().forEach(d -> items.decided(d.span(), d.ruleId(), d.message()));
        return expr.withNode(node);
    }

    /** The output columns of a source query, their families and those never NULL, for registering a view's columns. */
    public RelationColumns outputRelation(SqlNode query) {
        ExpressionTypes types = new ExpressionTypes(relations, functions, routines);
        types.annotate(query, ExpressionTypes.Scope.of(null));
        return types.outputRelation(query);
    }

    /** The output columns of a source query in procedural code, whose variables are the {@code outer} relations. */
    public Map<String, TypeFamily> outputColumns(SqlNode query, Map<String, Map<String, TypeFamily>> outer) {
        ExpressionTypes types = new ExpressionTypes(relations, functions, routines);
        ExpressionTypes.Scope scope = ExpressionTypes.Scope.of(null);
        scope.relations().putAll(outer);
        types.annotate(query, scope);
        return types.outputColumns(query);
    }

    /** The columns of a table or view of the input, by lower-case name, or null when there is none. */
    /**
     * The rule saying no target has {@code name}, a member of a supplied package (DBMS_SQL.VARCHAR2_TABLE
     * under DBMS_SQL.*), with the action code it names; null when a rule maps it or none names it.
     */
    public Map.Entry<ActionCode, String> noEquivalent(List<String> name) {
        FunctionRules.Compiled rule = name.size() == 2 ? functions.find(String.join(".", name), 0) : null;
        if (rule == null || !rule.unsupported()) return null;
        FunctionRule r = rule.rule();
        return Map.entry(r.action() == null ? GeneralCode.UNMAPPED_FUNCTION : Context.actionCode(r), r.unsupported());
    }

    public Map<String, TypeFamily> relation(List<String> qualifiedName) {
        return relations.columns(qualifiedName);
    }

    private final class Context implements RuleContext {
        private final ExpressionTypes types;
        private final SourceSpan span;
        private final String what;
        private final List<String> problems = new ArrayList<>();
        /** Problems a rule's own action item already names (a supplied package with no equivalent). */
        private final Set<String> explained = new HashSet<>();
        private final List<BuiltinCall> builtinCalls = new ArrayList<>();
        private final Map<SqlNode, String> mustBeConsumed = new IdentityHashMap<>();
        /** By rule id and message: one decision per rule and construct in the clause. */
        private final Map<String, Decision> decisions = new LinkedHashMap<>();

        Context(ExpressionTypes types, SourceSpan span, String what) {
            this.types = types;
            this.span = span;
            this.what = what;
        }

        @Override
        public TypeFamily typeOf(SqlNode node) {
            return types.typeOf(node);
        }

        @Override
        public String relationOf(SqlIdentifier column) {
            return types.ownerOf(column);
        }

        @Override
        public boolean notNull(SqlIdentifier column) {
            return types.notNull(column);
        }

        @Override
        public Map<String, TypeFamily> columnsOf(SqlIdentifier table) {
            return relations.columns(table.names);
        }

        @Override
        public boolean ignoresCase(SqlIdentifier table, String column) {
            return relations.ignoresCase(table == null ? null : table.names, column);
        }

        @Override
        public boolean ignoresCase(SqlIdentifier column) {
            return relations.ignoresCase(types.tableRead(column), column.names.get(column.names.size() - 1));
        }

        /** Records that rule {@code ruleId} rewrote {@code source} (the node as the rule saw it). */
        void decided(String ruleId, SqlNode source) {
            String message = what + ": " + Constructs.describe(source);
            decisions.putIfAbsent(ruleId + "\n" + message, new Decision(ruleId, message, span.at(source)));
        }

        /** Records a call of the source built-in {@code name} at {@code node}, converted by {@code by} or not for that reason. */
        void calledBuiltin(String name, SqlNode node, boolean converted, String by) {
            builtinCalls.add(new BuiltinCall(name, converted, by, span.at(node)));
        }

        /** A call no target can express, as its rule says: the rule's item names it, and the expression is unconvertible. */
        void unsupported(FunctionRules.Compiled rule, String name, SqlNode node) {
            FunctionRule r = rule.rule();
            ActionCode code = r.action() == null ? GeneralCode.UNMAPPED_FUNCTION : actionCode(r);
            unsupported(code, name, name + ": " + r.unsupported() + (r.note() == null ? "" : "; " + r.note()));
            calledBuiltin(name, node, false, code.code());
        }

        @Override
        public void unsupported(ActionCode code, String construct, String message) {
            note(code, message);
            explained.add(construct);
            unconvertible(construct);
        }

        /** Raises the action item a function rule names, if any. */
        void ruleAction(FunctionRule rule, String name) {
            if (rule.action() == null) return;
            note(actionCode(rule), name + (rule.note() == null ? "" : ": " + rule.note()));
        }

        private static ActionCode actionCode(FunctionRule rule) {
            ActionCode code = ActionCatalogue.byCode(rule.action());
            if (code == null) throw new MappingRules.RulesException("function rule " + rule.id() + " names unknown action " + rule.action(), null);
            return code;
        }

        @Override
        public void note(ActionCode code, String message) {
            items.add(code, span, what + ": " + message);
        }

        @Override
        public void unconvertible(String construct) {
            if (!problems.contains(construct)) problems.add(construct);
        }

        @Override
        public void requireConsumed(SqlNode node, String construct) {
            mustBeConsumed.put(node, construct);
        }

        /** Every construct that had to be replaced and is still in {@code result} makes it unconvertible. */
        void checkConsumed(SqlNode result) {
            if (mustBeConsumed.isEmpty()) return;
            result.accept(new SqlBasicVisitor<Void>() {
                @Override
                public Void visit(SqlCall call) {
                    found(call);
                    return super.visit(call);
                }

                @Override
                public Void visit(SqlIdentifier id) {
                    found(id);
                    return null;
                }

                private void found(SqlNode node) {
                    String construct = mustBeConsumed.get(node);
                    if (construct != null) unconvertible(construct);
                }
            });
        }
    }

    private final class Rewriter extends SqlShuttle {
        private final Context context;
        /** The Java rule that last rewrote a node, read right after {@link #applyJavaRules} for the built-ins inventory. */
        private String rewrittenBy;
        /** The operands a source construct is built of (the CAST in SQL Server's CONVERT): not calls the source wrote. */
        private final Set<SqlNode> constructParts = Collections.newSetFromMap(new IdentityHashMap<>());

        Rewriter(Context context) {
            this.context = context;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            SqlNode rewritten = applyJavaRules(id, id);
            String name = String.join(".", id.names).toUpperCase(Locale.ROOT);
            if (rewritten != id) {
                // a built-in written without parentheses that a Java rule rewrote is counted as its call would be
                FunctionRules.Compiled rule = functions.find(name, 0);
                if (rule != null) context.calledBuiltin(name, id, true, rule.javaOnly() ? rule.rule().java() : rule.rule().id());
                return rewritten;
            }
            if (context.relationOf(id) != null) return rewritten;
            // A name that is no column may be a function written without parentheses (Oracle SYSDATE)
            FunctionRules.Compiled rule = functions.find(name, 0);
            if (rule == null || !rule.callsBare(id)) return id;
            if (rule.unsupported()) {
                context.unsupported(rule, name, id);
                return id;
            }
            SqlNode result = rule.applyBare(id);
            if (result == null) return id;
            context.types.carry(id, result);
            context.decided(rule.rule().id(), id);
            context.calledBuiltin(name, id, true, rule.rule().id());
            context.ruleAction(rule.rule(), name);
            return result;
        }

        @Override
        public SqlNode visit(SqlLiteral literal) {
            return applyJavaRules(literal, literal);
        }

        @Override
        public SqlNode visit(SqlCall call) {
            ObjectBudget.check();
            if (PseudoFunctions.isConstruct(call)) call.getOperandList().stream().filter(o -> o != null).forEach(constructParts::add);
            // a field name after a dot (v(i).f) names no column or routine: only what it is taken from is rewritten
            SqlNode visited = DataChanges.isStatement(call) ? keeping(call, i -> DataChanges.namesOperand(call, i))
                    : call.getKind() == SqlKind.DOT ? keeping(call, i -> i == 1) : super.visit(call);
            context.types.carry(call, visited);
            String name = PseudoFunctions.name(visited);
            FunctionRules.Compiled rule = name == null ? null : functions.find(name, ((SqlCall) visited).operandCount());
            SqlNode rewritten = applyJavaRules(call, visited);
            if (rewritten != visited || name == null) {
                String standard = constructParts.contains(call) ? null : StandardFunctions.name(call);
                if (rule != null && rewritten != visited) {
                    context.calledBuiltin(name, visited, true, rule.javaOnly() ? rule.rule().java() : rule.rule().id());
                } else if (standard != null) {
                    context.calledBuiltin(standard, visited, true, rewritten != visited ? rewrittenBy : StandardFunctions.CONVERTED_AS_STANDARD);
                }
                return rewritten;
            }
            SqlCall c = (SqlCall) visited;
            if (rule != null && rule.unsupported()) {
                context.unsupported(rule, name, c);
                return c;
            }
            SqlNode result = rule == null ? null : rule.apply(c);
            if (result == null && rule == null) {
                SqlUnresolvedFunction f = (SqlUnresolvedFunction) c.getOperator();
                SqlIdentifier routine = routines.resolve(f.getSqlIdentifier() == null
                        ? List.of(f.getName()) : f.getSqlIdentifier().names);
                if (routine != null) {
                    routine = routines.overload(routine, true, Collections.nCopies(c.operandCount(), null),
                            call.getOperandList().stream().map(context.types::typeOf).toList(),
                            call.getOperandList().stream().map(argumentTypes).toList());
                    SqlNode resolved = UserRoutines.call(routine, passedArguments(routine, call, c));
                    context.types.carry(call, resolved);
                    return resolved;
                }
            }
            if (result == null) {
                if (rule != null) context.calledBuiltin(name, c, false, GeneralCode.UNMAPPED_FUNCTION.code());
                // Checked at the end: a rule on an enclosing node may still consume it (PRIOR in CONNECT BY).
                context.requireConsumed(c, name);
                return c;
            }
            context.calledBuiltin(name, c, true, rule.rule().id());
            if (result == c) return c;
            result = atPositionOf(c, result);
            context.types.carry(call, result);
            context.decided(rule.rule().id(), c);
            context.ruleAction(rule.rule(), name);
            return result;
        }

        /** {@code converted} (the call {@code source} became) with its arguments converted to its parameters' types where Oracle would. */
        private SqlCall passedArguments(SqlIdentifier routine, SqlCall source, SqlCall converted) {
            List<String> positional = Collections.nCopies(converted.operandCount(), null);
            for (int i = 0; i < converted.operandCount(); i++) {
                SqlNode operand = converted.operand(i);
                TypeFamily family = context.types.typeOf(source.operand(i));
                SqlNode passed = routines.passed(routine, positional, i, operand, family);
                ActionCode dateFormat = routines.sessionDateFormat(family, routines.parameterFamily(routine, positional, i));
                if (dateFormat != null) {
                    items.add(dateFormat, context.span, "argument " + (i + 1) + " of " + routine + ": " + UserRoutines.dateFormatMessage(family));
                }
                if (passed != operand) {
                    converted.setOperand(i, passed);
                    items.decided(context.span, UserRoutines.IMPLICIT_CONVERSION, "argument " + (i + 1) + " of " + routine + " converted to its parameter's type");
                }
            }
            return converted;
        }

        /** {@code call} with its operands rewritten but those {@code kept} names (a data-change statement's names, a field name). */
        private SqlNode keeping(SqlCall call, IntPredicate kept) {
            CallCopyingArgHandler operands = new CallCopyingArgHandler(call, false) {
                @Override
                public SqlNode visitChild(SqlVisitor<SqlNode> visitor, SqlNode expr, int i, SqlNode operand) {
                    return kept.test(i) ? operand : super.visitChild(visitor, expr, i, operand);
                }
            };
            call.getOperator().acceptCall(this, call, false, operands);
            return operands.result();
        }

        /**
         * {@code result} with {@code source}'s position when it is a plain call made without one, so a
         * later stage (a target that cannot spell it) can still point at the source line.
         */
        private static SqlNode atPositionOf(SqlNode source, SqlNode result) {
            return result instanceof SqlBasicCall call && call.getParserPosition().equals(SqlParserPos.ZERO)
                    && !source.getParserPosition().equals(SqlParserPos.ZERO) ? call.clone(source.getParserPosition()) : result;
        }

        /**
         * {@code node} after every Java rule, in registration order: each rule sees the previous
         * one's output, so one SELECT can lose FROM DUAL, its hints and its ROWNUM filter in one visit.
         */
        private SqlNode applyJavaRules(SqlNode source, SqlNode node) {
            SqlNode current = node;
            for (ExpressionRule rule : javaRules) {
                SqlNode rewritten = rule.rewrite(current, context);
                if (rewritten != null && rewritten != current) {
                    rewritten = atPositionOf(current, rewritten);
                    context.types.carry(source, rewritten);
                    context.decided(rule.id(), current);
                    rewrittenBy = rule.id();
                    current = rewritten;
                }
            }
            return current;
        }
    }
}

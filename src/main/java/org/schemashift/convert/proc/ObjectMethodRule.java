package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.UserRoutines;
import org.schemashift.model.ObjectName;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * Object types in expressions (PL/SQL Language Reference, "Object Types"; Object-Relational Developer's
 * Guide, "Constructor Methods" and "Member Methods"): {@code t(a, b)} of an object type of the input is
 * its user-defined constructor when one takes the arguments, else the attribute-value constructor,
 * the composite value {@code CAST(ROW(a, b) AS t)}; {@code obj.m(x)} (and {@code obj.m}, and
 * {@code t(a).m()} on a constructed object) of a MEMBER method is the call of the routine the type body's
 * member became, {@code <TYPE>_<M>(obj, x)}, SELF first.
 */
final class ObjectMethodRule implements ExpressionRule {
    private final ProcScope scope;
    private final ObjectMethods methods;
    private final UserRoutines routines;

    ObjectMethodRule(ProcScope scope, ObjectMethods methods, UserRoutines routines) {
        this.scope = scope;
        this.methods = methods;
        this.routines = routines;
    }

    @Override
    public String id() {
        return "ORA-J042";
    }

    /** A member method's routine and the object its call passes as SELF. */
    record MemberCall(SqlIdentifier routine, SqlNode self) {
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlIdentifier id && id.names.size() == 2 && context.relationOf(id) == null) {
            MemberCall member = member(id.names, id);
            return member == null ? null : call(member, List.of(), id.getParserPosition(), context);
        }
        if (!(node instanceof SqlCall call)) return null;
        if (call.getKind() == SqlKind.DOT) return onValue(call, context);
        if (!(call.getOperator() instanceof SqlUnresolvedFunction f) || f.getSqlIdentifier() == null) return null;
        List<String> names = CollectionMethodRule.names(f.getSqlIdentifier());
        if (names.size() == 2) {
            MemberCall member = member(names, call);
            if (member != null) return call(member, call.getOperandList(), call.getParserPosition(), context);
        }
        return constructor(names, call, context);
    }

    /**
     * {@code names} = {@code [V, M]}, V a variable (or parameter, package variable, SELF) of an object
     * type whose MEMBER method M is: the routine and V as an operand; else null.
     */
    MemberCall member(List<String> names, SqlNode at) {
        if (names.size() != 2) return null;
        Symbol symbol = scope.lookup(names.get(0));
        String type = symbol == null ? null : methods.objectType(declared(symbol));
        ObjectName routine = type == null ? null : methods.member(type, names.get(1));
        if (routine == null || symbol.fields().containsKey(names.get(1).toLowerCase(Locale.ROOT))) return null;
        return new MemberCall(identifier(routine, at.getParserPosition()), scope.reference(symbol, names.subList(0, 1), at));
    }

    private static ProcType declared(Symbol symbol) {
        ProcType type = symbol.source() != null ? symbol.source() : symbol.type();
        return type instanceof ProcType.Anchored anchored && anchored.resolved() != null ? anchored.resolved() : type;
    }

    /** {@code value.M()} or {@code value.M}: a member method of the object a constructor or variable gives. */
    private SqlNode onValue(SqlCall dot, RuleContext context) {
        String type = objectTypeOf(dot.operand(0));
        SqlNode method = dot.operand(1);
        String name = method instanceof SqlIdentifier id && id.isSimple() ? id.getSimple()
                : method instanceof SqlCall c && c.operandCount() == 0 && c.getOperator() instanceof SqlUnresolvedFunction f ? f.getName()
                : null;
        ObjectName routine = type == null || name == null ? null : methods.member(type, name);
        if (routine == null) return null;
        return call(new MemberCall(identifier(routine, dot.getParserPosition()), dot.operand(0)), List.of(), dot.getParserPosition(), context);
    }

    /** The object type (key) of a converted value: a variable's, a constructor's, a cast's; else null. */
    private String objectTypeOf(SqlNode value) {
        if (value instanceof SqlIdentifier id && id.isSimple()) {
            Symbol symbol = scope.lookup(id.getSimple());
            return symbol == null ? null : methods.objectType(declared(symbol));
        }
        if (value instanceof SqlCall call && call.getKind() == SqlKind.CAST && call.operand(1) instanceof SqlDataTypeSpec spec) {
            List<String> names = spec.getTypeName().names;
            return methods.objectType(names.get(names.size() - 1));
        }
        if (value instanceof SqlCall call && call.getOperator() instanceof SqlUnresolvedFunction f && f.getSqlIdentifier() != null) {
            List<String> names = f.getSqlIdentifier().names;
            return methods.constructedBy(new ObjectName(names.size() > 1 ? names.get(names.size() - 2) : null, names.get(names.size() - 1)));
        }
        return null;
    }

    /**
     * {@code T(args)}, T an object type of the input no variable or collection type hides: its
     * user-defined constructor when one takes the arguments (Oracle's own rule: it then hides the
     * attribute-value constructor of the same signature), else the composite value of the attributes.
     */
    private SqlNode constructor(List<String> names, SqlCall call, RuleContext context) {
        if (names.size() > 2 || scope.lookup(names.get(0)) != null
                || scope.type(new ProcType.Named(names)) instanceof Declaration.CollectionType) {
            return null;
        }
        String type = methods.objectType(names.get(names.size() - 1));
        if (type == null) return null;
        SqlParserPos pos = call.getParserPosition();
        ObjectName user = methods.constructor(type);
        if (user != null && routines.takes(identifier(user, pos), call.operandCount())) {
            return call(new MemberCall(identifier(user, pos), null), call.getOperandList(), pos, context);
        }
        SqlNode row = SqlStdOperatorTable.ROW.createCall(pos, call.getOperandList());
        SqlDataTypeSpec spec = new SqlDataTypeSpec(new SqlUserDefinedTypeNameSpec(new SqlIdentifier(names, pos), pos), pos);
        return SqlStdOperatorTable.CAST.createCall(pos, row, spec);
    }

    /** The call of a method's routine: SELF first (none for a constructor), the overload the arguments pick. */
    private SqlNode call(MemberCall member, List<SqlNode> arguments, SqlParserPos pos, RuleContext context) {
        List<SqlNode> operands = new ArrayList<>();
        if (member.self() != null) operands.add(member.self());
        operands.addAll(arguments);
        SqlIdentifier routine = routines.overload(member.routine(), true, Collections.nCopies(operands.size(), null),
                operands.stream().map(context::typeOf).toList(), operands.stream().map(scope::argumentType).toList());
        return PseudoFunctions.function(routine).createCall(pos, operands.toArray(SqlNode[]::new));
    }

    private static SqlIdentifier identifier(ObjectName name, SqlParserPos pos) {
        return name.schema() == null ? new SqlIdentifier(name.name(), pos) : new SqlIdentifier(List.of(name.schema(), name.name()), pos);
    }
}

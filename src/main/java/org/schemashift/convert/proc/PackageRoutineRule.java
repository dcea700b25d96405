package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.UserRoutines;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * Calls that only PL/SQL's scoping resolves: a bare {@code F(x)} of a nested subprogram (hoisted) or
 * of a subprogram of the package the code is in, and a function called without parentheses
 * ({@code F} there, {@code PKG.F} anywhere). Each becomes a call of the routine in the package's schema;
 * {@code PKG.F(x)} with parentheses is resolved like any routine call. A nested subprogram's call also
 * passes the enclosing variables it uses; in a method of an object type, a member method's call passes SELF first.
 */
final class PackageRoutineRule implements ExpressionRule {
    private final ProcScope scope;
    private final UserRoutines routines;

    PackageRoutineRule(ProcScope scope, UserRoutines routines) {
        this.scope = scope;
        this.routines = routines;
    }

    @Override
    public String id() {
        return "PROC-R003";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlCall call && call.getOperator() instanceof SqlUnresolvedFunction f) {
            List<String> names = f.getSqlIdentifier() == null ? List.of(f.getName()) : f.getSqlIdentifier().names;
            SqlIdentifier routine = names.size() == 1 ? scope.ownRoutine(names.get(0)) : null;
            if (routine == null) return null;
            List<SqlNode> operands = new ArrayList<>(call.getOperandList());
            if (scope.passesSelf(names.get(0))) operands.add(0, self(call));
            routine = routines.overload(routine, true, Collections.nCopies(operands.size(), null),
                    operands.stream().map(context::typeOf).toList(), operands.stream().map(scope::argumentType).toList());
            scope.sharedVariables(names.get(0)).forEach(v -> operands.add(new SqlIdentifier(v, call.getParserPosition())));
            return PseudoFunctions.function(routine).createCall(call.getParserPosition(), operands.toArray(SqlNode[]::new));
        }
        if (!(node instanceof SqlIdentifier id) || id.names.size() > 2) return null;
        String relation = context.relationOf(id);
        // a record's field is never named bare in PL/SQL: a row in scope with a field of that name does not hide the function
        SqlIdentifier routine = id.names.size() == 1 ? (relation == null || scope.isRow(relation) ? scope.ownRoutine(id.getSimple()) : null)
                : packageRoutine(id.names, relation);
        if (routine == null) return null;
        routine = routines.overload(routine, true, List.of(), List.of(), List.of());
        SqlNode[] operands = id.names.size() == 1 && scope.passesSelf(id.getSimple()) ? new SqlNode[] {self(id)} : new SqlNode[0];
        return PseudoFunctions.function(routine).createCall(id.getParserPosition(), operands);
    }

    /** SELF, which a bare call of a member method passes first. */
    private static SqlNode self(SqlNode at) {
        return new SqlIdentifier(ProcScope.SELF, at.getParserPosition());
    }

    /** {@code PKG.F}, which the expression types take for a member of the package's variables (or for nothing). */
    private SqlIdentifier packageRoutine(List<String> names, String relation) {
        PackageScope pkg = scope.packageNamed(names.get(0));
        if (pkg == null || relation != null && !relation.equals(PackageScope.key(pkg.name()))
                || pkg.symbol(names.get(1)) != null || !pkg.hasRoutine(names.get(1))) {
            return null;
        }
        return new SqlIdentifier(List.of(pkg.schema(), names.get(1)), SqlParserPos.ZERO);
    }
}

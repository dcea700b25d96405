package org.schemashift.convert.proc;

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
 * Calls of a package's subprograms that only PL/SQL's scoping resolves: a bare {@code F(x)} inside
 * the package, and a function called without parentheses ({@code F} inside the package,
 * {@code PKG.F} anywhere). Each becomes a call of the routine in the package's schema;
 * {@code PKG.F(x)} with parentheses is resolved by {@link UserRoutines} like any routine call.
 */
final class PackageRoutineRule implements ExpressionRule {
    private final ProcScope scope;

    PackageRoutineRule(ProcScope scope) {
        this.scope = scope;
    }

    @Override
    public String id() {
        return "PROC-R003";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlCall call && call.getOperator() instanceof SqlUnresolvedFunction f) {
            List<String> names = f.getSqlIdentifier() == null ? List.of(f.getName()) : f.getSqlIdentifier().names;
            SqlIdentifier routine = names.size() == 1 ? ownRoutine(names.get(0)) : null;
            return routine == null ? null : UserRoutines.call(routine, call);
        }
        if (!(node instanceof SqlIdentifier id) || id.names.size() > 2) return null;
        String relation = context.relationOf(id);
        SqlIdentifier routine = id.names.size() == 1 ? (relation == null ? ownRoutine(id.getSimple()) : null)
                : packageRoutine(id.names, relation);
        return routine == null ? null : PseudoFunctions.function(routine).createCall(id.getParserPosition());
    }

    /** A subprogram of the current package named {@code name}, unless a declaration in scope hides it. */
    private SqlIdentifier ownRoutine(String name) {
        PackageScope pkg = scope.currentPackage();
        if (pkg == null || scope.lookup(name) != null || !pkg.hasRoutine(name)) return null;
        return new SqlIdentifier(List.of(pkg.schema(), name), SqlParserPos.ZERO);
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

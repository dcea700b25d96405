package org.schemashift.convert.proc;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * A package variable read in an expression ({@code V} inside the package, {@code PKG.V} anywhere)
 * becomes a call of its getter, a field of a package record variable ({@code R.F} inside the
 * package) the field of the getter's value (Calcite's DOT), and a package constant its value. Only names the expression types
 * resolved to the variables (not to a column of a FROM clause, which wins in PL/SQL) are rewritten.
 */
final class PackageStateReadRule implements ExpressionRule {
    private final ProcScope scope;

    PackageStateReadRule(ProcScope scope) {
        this.scope = scope;
    }

    @Override
    public String id() {
        return "PROC-R001";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlIdentifier id)) return null;
        String relation = context.relationOf(id);
        if (isFieldOfState(id, relation)) {
            Symbol row = scope.lookup(id.names.get(0));
            return SqlStdOperatorTable.DOT.createCall(id.getParserPosition(), row.state().read(id.getParserPosition()),
                    new SqlIdentifier(id.names.get(1), id.getParserPosition()));
        }
        Symbol symbol = variableNamed(id, relation);
        if (symbol == null) return null;
        if (symbol.kind() == Symbol.Kind.CONSTANT) return symbol.value().clone(id.getParserPosition());
        return symbol.isState() ? symbol.state().read(id.getParserPosition()) : null;
    }

    /** {@code V.F} where {@code V} is a package record variable (its fields are a relation of the expression types). */
    private boolean isFieldOfState(SqlIdentifier id, String relation) {
        if (id.names.size() != 2 || !PackageScope.key(id.names.get(0)).equals(relation)) return false;
        Symbol row = scope.lookup(id.names.get(0));
        return row != null && row.isState();
    }

    /** The symbol {@code id} names when the expression types found it among the variables or a package's members. */
    private Symbol variableNamed(SqlIdentifier id, String relation) {
        if (relation == null) return null;
        if (id.names.size() == 1) return relation.equals(ProcScope.VARIABLES) ? scope.lookup(id.getSimple()) : null;
        PackageScope pkg = scope.packageNamed(id.names.get(id.names.size() - 2));
        return pkg != null && PackageScope.key(pkg.name()).equals(relation) ? scope.resolve(id.names) : null;
    }
}

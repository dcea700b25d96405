package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * In a method of an object type, an attribute named bare ({@code A}, {@code A.F}) is SELF's: Oracle
 * resolves it after the method's locals and parameters, so it becomes {@code SELF.A} where the
 * expression types found it among the variables (not a column of a FROM clause) and no inner
 * declaration hides it.
 */
final class SelfAttributeRule implements ExpressionRule {
    private final ProcScope scope;

    SelfAttributeRule(ProcScope scope) {
        this.scope = scope;
    }

    @Override
    public String id() {
        return "PROC-R004";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlIdentifier id) || id.isStar() || !scope.isSelfAttribute(id.names.get(0))) return null;
        String relation = context.relationOf(id);
        String expected = id.names.size() == 1 ? ProcScope.VARIABLES : PackageScope.key(id.names.get(0));
        if (!expected.equals(relation)) return null;
        List<String> names = new ArrayList<>();
        names.add(ProcScope.SELF);
        names.addAll(id.names);
        return new SqlIdentifier(names, id.getParserPosition());
    }
}

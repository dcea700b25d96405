package org.schemashift.convert.proc;

import java.util.HashSet;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.Statement;

/**
 * The names a subprogram uses that it does not declare itself: the first part of every identifier
 * in its expressions and SQL, upper case, less its parameters, its declarations and its loop
 * variables. What a hoisted subprogram would miss of its enclosing code is among them.
 */
final class IdentifierNames extends ProcRewriter {
    private final Set<String> used = new HashSet<>();
    private final Set<String> declared = new HashSet<>();

    static Set<String> usedBy(Declaration.Subprogram subprogram) {
        IdentifierNames scan = new IdentifierNames();
        subprogram.signature().parameters().forEach(p -> scan.declared.add(PackageScope.key(p.name())));
        scan.signature(subprogram.signature());
        scan.body(subprogram.body());
        scan.used.removeAll(scan.declared);
        return scan.used;
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                if (!id.isStar()) used.add(PackageScope.key(id.names.get(0)));
                return null;
            }
        });
        return node;
    }

    @Override
    public Declaration visitVariable(Declaration.Variable variable) {
        declared.add(PackageScope.key(variable.name()));
        return super.visitVariable(variable);
    }

    @Override
    public Statement visitNumericFor(Statement.NumericFor loop) {
        declared.add(PackageScope.key(loop.variable()));
        return super.visitNumericFor(loop);
    }

    @Override
    public Statement visitBulkChange(Statement.BulkChange loop) {
        declared.add(PackageScope.key(loop.variable()));
        return super.visitBulkChange(loop);
    }

    @Override
    public Statement visitCursorFor(Statement.CursorFor loop) {
        declared.add(PackageScope.key(loop.record()));
        return super.visitCursorFor(loop);
    }

    @Override
    public Statement visitQueryFor(Statement.QueryFor loop) {
        declared.add(PackageScope.key(loop.record()));
        return super.visitQueryFor(loop);
    }
}

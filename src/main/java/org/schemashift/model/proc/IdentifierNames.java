package org.schemashift.model.proc;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * The names code uses that it does not declare itself: the first part of every identifier in its
 * expressions and SQL, upper case, less its parameters, its variables and its loop variables; for a
 * block, the first part of every routine it calls too. What a hoisted subprogram would miss of its
 * enclosing code is among them, and what a dynamic block placed in a routine could take from it.
 */
public final class IdentifierNames extends ProcRewriter {
    private final Set<String> used = new HashSet<>();
    private final Set<String> declared = new HashSet<>();
    private final boolean calls;

    private IdentifierNames(boolean calls) {
        this.calls = calls;
    }

    /** The variables a subprogram uses: identifiers only. */
    public static Set<String> usedBy(Declaration.Subprogram subprogram) {
        IdentifierNames scan = new IdentifierNames(false);
        subprogram.signature().parameters().forEach(p -> scan.declared.add(key(p.name())));
        scan.signature(subprogram.signature());
        scan.body(subprogram.body());
        scan.used.removeAll(scan.declared);
        return scan.used;
    }

    /** What {@code block} names, identifiers and the routines it calls, less what it declares and {@code declared}. */
    public static Set<String> usedBy(Block block, Set<String> declared) {
        IdentifierNames scan = new IdentifierNames(true);
        block.accept(scan);
        scan.used.removeAll(scan.declared);
        scan.used.removeAll(declared);
        return scan.used;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                String function = calls ? PseudoFunctions.name(call) : null;
                if (function != null) used.add(function.split("\\.")[0]);
                return super.visit(call);
            }

            @Override
            public Void visit(SqlIdentifier id) {
                if (!id.isStar()) used.add(key(id.names.get(0)));
                return null;
            }
        });
        return node;
    }

    @Override
    public Statement visitCall(Statement.Call call) {
        if (calls) used.add(key(call.routine().names.get(0)));
        return super.visitCall(call);
    }

    @Override
    public Declaration visitVariable(Declaration.Variable variable) {
        declared.add(key(variable.name()));
        return super.visitVariable(variable);
    }

    @Override
    public Statement visitNumericFor(Statement.NumericFor loop) {
        declared.add(key(loop.variable()));
        return super.visitNumericFor(loop);
    }

    @Override
    public Statement visitBulkChange(Statement.BulkChange loop) {
        declared.add(key(loop.variable()));
        return super.visitBulkChange(loop);
    }

    @Override
    public Statement visitCursorFor(Statement.CursorFor loop) {
        declared.add(key(loop.record()));
        return super.visitCursorFor(loop);
    }

    @Override
    public Statement visitQueryFor(Statement.QueryFor loop) {
        declared.add(key(loop.record()));
        return super.visitQueryFor(loop);
    }
}

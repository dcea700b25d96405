package org.schemashift.emit.postgresql;

import java.util.HashSet;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.Statement;

/**
 * The local variables a body deletes inner elements of ({@code v.DELETE(i)}, {@code v.DELETE(lo, hi)})
 * and uses only through its elements and methods, or assigns as a whole: candidates for holding a
 * nested table of scalars with its gaps ({@link PlPgSqlCollections#holdsScalarGaps}), decided once
 * per variable before the body is written. An element that is an INTO target, a call's or a dynamic
 * statement's argument, or in a FORALL is written as {@code v[i]} of the array, and a variable read
 * whole (an argument, a query's operand, RETURN) would pass its gaps on: such a variable keeps the
 * plain array.
 */
final class PlPgSqlScalarGaps extends ProcRewriter {
    private final Set<String> locals = new HashSet<>();
    private final Set<String> deletedInside = new HashSet<>();
    private final Set<String> usedWhole = new HashSet<>();
    /** True while the expressions visited are written to or passed on whole: no element use is exempt. */
    private boolean passedOn;

    /** The candidates of {@code body}, keyed as {@link PlPgSqlScan#key}. */
    static Set<String> of(RoutineBody body) {
        PlPgSqlScalarGaps scan = new PlPgSqlScalarGaps();
        scan.body(body);
        Set<String> candidates = new HashSet<>(scan.locals);
        candidates.retainAll(scan.deletedInside);
        candidates.removeAll(scan.usedWhole);
        return candidates;
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                boolean elementOrMethod = call.getKind() == SqlKind.ITEM || ProcOperators.collectionMethodOf(call) != null;
                if (passedOn || !elementOrMethod || !(call.operand(0) instanceof SqlIdentifier id) || !id.isSimple()) {
                    return super.visit(call);
                }
                call.getOperandList().subList(1, call.operandCount()).forEach(operand -> {
                    if (operand != null) operand.accept(this);
                });
                return null;
            }

            @Override
            public Void visit(SqlIdentifier id) {
                usedWhole.add(PlPgSqlScan.key(id.names.get(0)));
                return null;
            }
        });
        return node;
    }

    @Override
    public Declaration visitVariable(Declaration.Variable variable) {
        locals.add(PlPgSqlScan.key(variable.name()));
        return super.visitVariable(variable);
    }

    /** {@code v := value} replaces the whole variable (a constructor, a method's result): no use of it. */
    @Override
    public Statement visitAssign(Statement.Assign assign) {
        if (ProcOperators.collectionMethodOf(assign.value()) == CollectionMethod.DELETE && ((SqlCall) assign.value()).operandCount() > 1
                && ((SqlCall) assign.value()).operand(0) instanceof SqlIdentifier id && id.isSimple()) {
            deletedInside.add(PlPgSqlScan.key(id.getSimple()));
        }
        if (!(assign.target() instanceof SqlIdentifier target && target.isSimple())) expression(assign.target());
        expression(assign.value());
        return assign;
    }

    @Override
    public Statement visitSqlStatement(Statement.SqlStatement statement) {
        expression(statement.statement());
        passingOn(() -> {
            statement.returning().forEach(this::expression);
            statement.into().forEach(this::expression);
            if (statement.appendTo() != null) expression(statement.appendTo());
        });
        return statement;
    }

    @Override
    public Statement visitDynamicSql(Statement.DynamicSql statement) {
        passingOn(() -> super.visitDynamicSql(statement));
        return statement;
    }

    @Override
    public Statement visitFetch(Statement.Fetch fetch) {
        passingOn(() -> super.visitFetch(fetch));
        return fetch;
    }

    @Override
    public Statement visitCall(Statement.Call call) {
        passingOn(() -> super.visitCall(call));
        return call;
    }

    @Override
    public Statement visitBulkChange(Statement.BulkChange loop) {
        passingOn(() -> super.visitBulkChange(loop));
        return loop;
    }

    private void passingOn(Runnable visit) {
        boolean outer = passedOn;
        passedOn = true;
        try {
            visit.run();
        } finally {
            passedOn = outer;
        }
    }
}

package org.schemashift.convert.proc;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.Statement;

/** The cursor names a block uses (FOR, OPEN, FETCH, CLOSE and cursor attributes), upper case: which package cursors it needs. */
final class CursorNames extends ProcRewriter {
    private final Set<String> names = new LinkedHashSet<>();

    static Set<String> usedBy(Block block) {
        CursorNames scan = new CursorNames();
        block.accept(scan);
        return scan.names;
    }

    private void add(String cursor) {
        if (cursor != null) names.add(PackageScope.key(cursor));
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (ProcOperators.attributeOf(call) != null) add(ProcOperators.cursorOf(call));
                return super.visit(call);
            }
        });
        return node;
    }

    @Override
    public Statement visitCursorFor(Statement.CursorFor loop) {
        add(loop.cursor());
        return super.visitCursorFor(loop);
    }

    @Override
    public Statement visitOpen(Statement.Open open) {
        if (open.source() == null) add(open.cursor());
        return super.visitOpen(open);
    }

    @Override
    public Statement visitFetch(Statement.Fetch fetch) {
        add(fetch.cursor());
        return super.visitFetch(fetch);
    }

    @Override
    public Statement visitClose(Statement.Close close) {
        add(close.cursor());
        return super.visitClose(close);
    }
}

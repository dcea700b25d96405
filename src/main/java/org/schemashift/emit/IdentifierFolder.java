package org.schemashift.emit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ObjectName;
import org.schemashift.plan.TargetName;
import org.schemashift.plan.TargetNaming;

/**
 * Gives every name in an expression tree its target spelling (folded and shortened by the naming
 * policy) and marks the parts that need quotes. Calcite's writer quotes a name only when its
 * position says it was quoted, so function names, which come from rules, are written as they are.
 * A table in a FROM clause that the plan renamed (two source tables that fold alike: Oracle
 * {@code "orders"} and {@code ORDERS}) is written by its target name, aliased as its folded name
 * when it has no alias, so the query's qualified columns still reach it.
 */
public final class IdentifierFolder extends SqlShuttle {
    private final TargetNaming naming;
    private final Function<ObjectName, TargetName> renamed;
    /** Identifiers already written in target names, not to be folded again. */
    private final Set<SqlIdentifier> written = Collections.newSetFromMap(new IdentityHashMap<>());

    public IdentifierFolder(TargetNaming naming) {
        this(naming, source -> null);
    }

    /** {@code renamed}: the target name of a source relation the plan did not name by folding, else null. */
    public IdentifierFolder(TargetNaming naming, Function<ObjectName, TargetName> renamed) {
        this.naming = naming;
        this.renamed = renamed;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        if (call instanceof SqlSelect select && select.getFrom() != null) {
            SqlNode from = relations(select.getFrom());
            if (from != select.getFrom()) {
                SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
                copy.setFrom(from);
                return super.visit(copy);
            }
        }
        return super.visit(call);
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        if (written.contains(id)) return id;
        if (id.isStar()) {
            if (id.names.size() == 1) return id;
            List<String> folded = id.names.stream().map(n -> n.isEmpty() ? n : naming.name(n)).toList();
            return SqlIdentifier.star(folded, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
        }
        List<String> folded = id.names.stream().map(naming::name).toList();
        return new SqlIdentifier(folded, null, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
    }

    /** The FROM items with renamed tables written by their target names; the same node when none is renamed. */
    private SqlNode relations(SqlNode from) {
        if (from instanceof SqlIdentifier table) {
            SqlIdentifier target = target(table);
            if (target == null) return from;
            SqlIdentifier alias = targetIdentifier(List.of(naming.name(table.names.get(table.names.size() - 1))), table.getParserPosition());
            return SqlStdOperatorTable.AS.createCall(table.getParserPosition(), target, alias);
        }
        if (from instanceof SqlCall as && as.getKind() == SqlKind.AS && as.operand(0) instanceof SqlIdentifier table) {
            SqlIdentifier target = target(table);
            if (target == null) return from;
            List<SqlNode> operands = new java.util.ArrayList<>(as.getOperandList());
            operands.set(0, target);
            return as.getOperator().createCall(as.getFunctionQuantifier(), as.getParserPosition(), operands);
        }
        if (from instanceof SqlJoin join) {
            SqlNode left = relations(join.getLeft());
            SqlNode right = relations(join.getRight());
            if (left == join.getLeft() && right == join.getRight()) return from;
            SqlJoin copy = (SqlJoin) join.clone(join.getParserPosition());
            copy.setLeft(left);
            copy.setRight(right);
            return copy;
        }
        return from;
    }

    /** The target name of a renamed table, already spelled; null when the table keeps its folded name. */
    private SqlIdentifier target(SqlIdentifier table) {
        if (table.isStar() || table.names.size() > 2) return null;
        ObjectName source = table.names.size() == 1 ? ObjectName.of(table.names.get(0))
                : new ObjectName(table.names.get(0), table.names.get(1));
        TargetName target = renamed.apply(source);
        if (target == null) return null;
        return targetIdentifier(target.schema() == null || source.schema() == null ? List.of(target.name())
                : List.of(target.schema(), target.name()), table.getParserPosition());
    }

    private SqlIdentifier targetIdentifier(List<String> names, SqlParserPos pos) {
        SqlIdentifier id = new SqlIdentifier(names, null, pos, quotingPositions(names, pos));
        written.add(id);
        return id;
    }

    /** One position per name part, marked quoted where the target needs quotes (keywords, case, spaces). */
    private List<SqlParserPos> quotingPositions(List<String> parts, SqlParserPos pos) {
        return parts.stream().map(p -> pos.withQuoting(!p.isEmpty() && naming.spelling().needsQuotes(p))).toList();
    }
}

package org.schemashift.model.proc;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Procedural code where relations read by an unqualified name (in a FROM, a join, a MERGE's USING)
 * are read from a query instead, under the same name or the alias the code gave them: a trigger's
 * pseudo tables ({@code inserted} becoming {@code (SELECT NEW.*) AS inserted}, or an empty relation
 * where the event has no such rows). Names are matched ignoring case.
 */
public class RelationReplacer extends ProcRewriter {
    private final Function<String, SqlNode> replacement;
    private final TreeSet<String> replaced = new TreeSet<>();

    /** {@code replacement}: the query for a relation's lower-case name, null to keep the relation. */
    public RelationReplacer(Function<String, SqlNode> replacement) {
        this.replacement = replacement;
    }

    /** Replaces the relations named in {@code queries} (lower-case names). */
    public RelationReplacer(Map<String, SqlNode> queries) {
        this(queries::get);
    }

    /** The lower-case names of the relations replaced so far. */
    public TreeSet<String> replaced() {
        return replaced;
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                if (call instanceof SqlSelect select && select.getFrom() != null) {
                    SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
                    copy.setFrom(relations(select.getFrom()));
                    return super.visit(copy);
                }
                if (call instanceof SqlMerge merge) {
                    SqlMerge copy = (SqlMerge) merge.clone(merge.getParserPosition());
                    copy.setSourceTableRef(relations(merge.getSourceTableRef()));
                    return super.visit(copy);
                }
                return super.visit(call);
            }
        });
    }

    private SqlNode relations(SqlNode from) {
        if (from instanceof SqlJoin join) {
            SqlJoin copy = (SqlJoin) join.clone(join.getParserPosition());
            copy.setLeft(relations(join.getLeft()));
            copy.setRight(relations(join.getRight()));
            return copy;
        }
        if (from instanceof SqlCall as && as.getOperator() == SqlStdOperatorTable.AS && query(as.operand(0)) != null) {
            return SqlStdOperatorTable.AS.createCall(as.getParserPosition(), query(as.operand(0)), as.operand(1));
        }
        SqlNode query = query(from);
        return query == null ? from : SqlStdOperatorTable.AS.createCall(from.getParserPosition(), query, from);
    }

    private SqlNode query(SqlNode relation) {
        if (!(relation instanceof SqlIdentifier id) || !id.isSimple()) return null;
        String name = id.getSimple().toLowerCase(Locale.ROOT);
        SqlNode query = replacement.apply(name);
        if (query != null) replaced.add(name);
        return query;
    }
}

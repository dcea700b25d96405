package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * Oracle allows a subquery in FROM without an alias ({@code SELECT * FROM (SELECT ...) WHERE
 * ROWNUM <= 10}); PostgreSQL 15 requires one ("subquery in FROM must have an alias"), so each
 * gets {@code subquery1}, {@code subquery2}, ... in FROM-clause order.
 */
public final class DerivedTableAliasRule implements ExpressionRule {
    @Override
    public String id() {
        return "ORA-J017";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlSelect select) || select.getFrom() == null) return null;
        int[] counter = {0};
        SqlNode from = alias(select.getFrom(), counter);
        if (from == select.getFrom()) return null;
        SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
        copy.setFrom(from);
        return copy;
    }

    private static SqlNode alias(SqlNode from, int[] counter) {
        if (from instanceof SqlJoin join) {
            SqlNode left = alias(join.getLeft(), counter);
            SqlNode right = alias(join.getRight(), counter);
            if (left == join.getLeft() && right == join.getRight()) return join;
            SqlJoin copy = (SqlJoin) join.clone(join.getParserPosition());
            copy.setLeft(left);
            copy.setRight(right);
            return copy;
        }
        // a locking query in FROM is a derived table too
        if (from instanceof SqlCall call && (from.getKind().belongsTo(SqlKind.QUERY) || from.getKind() == SqlKind.ORDER_BY
                || ProcOperators.unlocked(from) != from)) {
            counter[0]++;
            return SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, call,
                    new SqlIdentifier("SUBQUERY" + counter[0], SqlParserPos.ZERO));
        }
        return from;
    }
}

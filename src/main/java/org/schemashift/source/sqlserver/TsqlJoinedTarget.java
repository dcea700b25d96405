package org.schemashift.source.sqlserver;

import java.util.Locale;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The target of a T-SQL UPDATE or DELETE with a FROM clause, in the canonical form: the target table
 * (with its alias), the other FROM items, and the condition. SQL Server reads the target as one of
 * the FROM items when the FROM names it (by its alias, {@code UPDATE a ... FROM t AS a JOIN x}, or
 * by its name without an alias); the canonical statement, like PostgreSQL's UPDATE ... FROM and
 * DELETE ... USING, names the target once and joins the other items to it, so that item leaves
 * the FROM and its inner-join condition joins the WHERE
 * (https://learn.microsoft.com/sql/t-sql/queries/update-transact-sql#from-table_source).
 * The other items are the FROM of the statement's source select ({@code SELECT * FROM items});
 * a TOP (n) is that select's FETCH.
 */
record TsqlJoinedTarget(SqlNode table, SqlIdentifier alias, SqlNode condition, SqlSelect source) {

    /**
     * {@code target} as written after UPDATE / DELETE (a table, or an alias of the FROM), {@code from}
     * the FROM items (null for none), {@code top} the TOP count (null for none).
     */
    static TsqlJoinedTarget of(SqlNode target, SqlIdentifier targetAlias, SqlNode from, SqlNode condition, SqlNode top,
                               SqlParserPos pos) {
        if (from == null) {
            return new TsqlJoinedTarget(target, targetAlias, condition, top == null ? null : select(null, top, pos));
        }
        if (top != null) throw new TsqlExpressions.NotConverted("TOP in an UPDATE or DELETE with FROM: limit the rows in a subquery");
        Found found = find(from, name(target));
        if (found == null) {
            return new TsqlJoinedTarget(target, targetAlias, condition, select(from, null, pos));
        }
        SqlNode joined = and(found.condition(), condition, pos);
        return new TsqlJoinedTarget(found.table(), found.alias(), joined, found.rest() == null ? null : select(found.rest(), null, pos));
    }

    /** The target's FROM item, the condition that joined it, and the FROM without it (null when nothing is left). */
    private record Found(SqlNode table, SqlIdentifier alias, SqlNode condition, SqlNode rest) {
    }

    private static Found find(SqlNode from, String target) {
        if (names(from, target)) {
            return from.getKind() == SqlKind.AS ? new Found(((SqlCall) from).operand(0), (SqlIdentifier) ((SqlCall) from).operand(1), null, null)
                    : new Found(from, null, null, null);
        }
        if (!(from instanceof SqlJoin join)) return null;
        if (join.getConditionType() == org.apache.calcite.sql.JoinConditionType.USING) {
            throw new TsqlExpressions.NotConverted("JOIN ... USING in the FROM of an UPDATE or DELETE: write the ON condition");
        }
        boolean inner = join.getJoinType() == JoinType.INNER || join.getJoinType() == JoinType.COMMA
                || join.getJoinType() == JoinType.CROSS;
        Found left = find(join.getLeft(), target);
        if (left != null) {
            if (!inner) throw outerJoin();
            SqlNode rest = left.rest() == null ? join.getRight() : rejoin(join, left.rest());
            return new Found(left.table(), left.alias(), left.rest() == null ? and(left.condition(), join.getCondition(), join.getParserPosition())
                    : left.condition(), rest);
        }
        if (names(join.getRight(), target)) {
            if (!inner) throw outerJoin();
            Found right = find(join.getRight(), target);
            return new Found(right.table(), right.alias(), join.getCondition(), join.getLeft());
        }
        return null;
    }

    /** {@code join} with {@code left} in place of its left side. */
    private static SqlNode rejoin(SqlJoin join, SqlNode left) {
        return new SqlJoin(join.getParserPosition(), left, join.isNaturalNode(), join.getJoinTypeNode(), join.getRight(),
                join.getConditionTypeNode(), join.getCondition());
    }

    /** True when the FROM item {@code item} is the target: its alias, or its name when it has none. */
    private static boolean names(SqlNode item, String target) {
        if (item.getKind() == SqlKind.AS) {
            SqlNode alias = ((SqlCall) item).operand(1);
            return alias instanceof SqlIdentifier id && key(id.getSimple()).equals(target);
        }
        return item instanceof SqlIdentifier id && target.equals(name(id));
    }

    private static String name(SqlNode table) {
        return table instanceof SqlIdentifier id ? key(id.names.get(id.names.size() - 1)) : "";
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static SqlSelect select(SqlNode from, SqlNode fetch, SqlParserPos pos) {
        return new SqlSelect(pos, null, SqlNodeList.SINGLETON_STAR, from, null, null, null, null, null, null, fetch, null);
    }

    private static SqlNode and(SqlNode first, SqlNode second, SqlParserPos pos) {
        if (first == null) return second;
        return second == null ? first : SqlStdOperatorTable.AND.createCall(pos, first, second);
    }

    private static TsqlExpressions.NotConverted outerJoin() {
        return new TsqlExpressions.NotConverted("the target of an UPDATE or DELETE in an outer join of its FROM: rewrite the "
                + "join as a subquery");
    }
}

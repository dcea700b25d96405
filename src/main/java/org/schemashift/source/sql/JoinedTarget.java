package org.schemashift.source.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.sql.SqlTreeCopy;

/**
 * The target of an UPDATE or DELETE that joins other tables, in the canonical form: the target table
 * (with its alias), the other FROM items, and the condition. T-SQL's {@code UPDATE a ... FROM t AS a
 * JOIN x} and MySQL's {@code UPDATE t AS a JOIN x ... SET a.c = ...} read the target as one of the
 * FROM items, named by its alias or by its name when it has none
 * (https://learn.microsoft.com/sql/t-sql/queries/update-transact-sql#from-table_source,
 * https://dev.mysql.com/doc/refman/8.0/en/update.html); the canonical statement, like PostgreSQL's
 * UPDATE ... FROM and DELETE ... USING, names the target once and joins the other items to it, so
 * that item leaves the FROM and its inner-join condition joins the WHERE. PostgreSQL's FROM does not
 * see the target, so an inner join's condition that reads it joins the WHERE too, that join
 * becoming a cross join; an outer join that reads it has no such form and is refused.
 * The other items are the FROM of the statement's source select ({@code SELECT * FROM items});
 * a TOP (n) is that select's FETCH.
 */
public record JoinedTarget(SqlNode table, SqlIdentifier alias, SqlNode condition, SqlSelect source) {

    /**
     * {@code target} as written after UPDATE / DELETE (a table, or an alias of the FROM), {@code from}
     * the FROM items (null for none), {@code top} the TOP count (null for none); {@code refuse} makes
     * the dialect's exception for a form with no canonical equivalent.
     */
    public static JoinedTarget of(SqlNode target, SqlIdentifier targetAlias, SqlNode from, SqlNode condition, SqlNode top,
                                  SqlParserPos pos, Function<String, RuntimeException> refuse) {
        if (from == null) {
            return new JoinedTarget(target, targetAlias, condition, top == null ? null : select(null, top, pos));
        }
        if (top != null) throw refuse.apply("TOP in an UPDATE or DELETE with FROM: limit the rows in a subquery");
        Found found = find(from, name(target), refuse);
        if (found == null) {
            return new JoinedTarget(target, targetAlias, condition, select(from, null, pos));
        }
        SqlNode joined = and(found.condition(), condition, pos);
        if (found.rest() == null) return new JoinedTarget(found.table(), found.alias(), joined, null);
        List<SqlNode> reading = new ArrayList<>();
        SqlNode rest = withoutTarget(found.rest(), name(found.alias() != null ? found.alias() : found.table()), reading, refuse);
        for (SqlNode c : reading) joined = and(c, joined, pos);
        return new JoinedTarget(found.table(), found.alias(), joined, select(rest, null, pos));
    }

    /**
     * DELETE: as {@link #of}, except where the target is on the kept side of an outer join
     * ({@code DELETE a FROM a LEFT JOIN b ON ... WHERE b.id IS NULL}), which DELETE ... USING
     * cannot express. The rows of the FROM that hold a target row are then the FROM with the
     * target's item replaced by that one row, so the row is deleted when
     * {@code EXISTS (SELECT 1 FROM (SELECT 1) AS ss_target LEFT JOIN b ON ... WHERE ...)},
     * the target's columns being the DELETE's row.
     */
    public static JoinedTarget ofDelete(SqlNode target, SqlIdentifier targetAlias, SqlNode from, SqlNode condition,
                                        SqlParserPos pos, Function<String, RuntimeException> refuse) {
        Kept kept = from == null ? null : kept(from, name(target), oneRow(pos));
        if (kept == null || !kept.outer()) return of(target, targetAlias, from, condition, null, pos, refuse);
        return keptTarget(kept, condition, pos);
    }

    /** An UPDATE's target and the values its SET columns take, in their order. */
    public record Update(JoinedTarget target, SqlNodeList values) {
    }

    /**
     * UPDATE: as {@link #of}, except where the target is on the kept side of an outer join
     * ({@code UPDATE a LEFT JOIN b ON ... SET a.x = b.y}), which UPDATE ... FROM cannot express: its
     * FROM does not see the target. The joined rows of a target row are then the FROM with the
     * target's item replaced by one row, as for {@link #ofDelete}: the row is updated when
     * {@code EXISTS (SELECT 1 FROM rows WHERE condition)}, and each value is read from those rows,
     * {@code (SELECT value FROM rows WHERE condition FETCH NEXT 1 ROWS ONLY)}: the joined row where at
     * most one matches (an outer join on a key); where several do, MySQL too takes the values of an
     * unspecified one (https://dev.mysql.com/doc/refman/8.0/en/update.html).
     */
    public static Update ofUpdate(SqlNode target, SqlIdentifier targetAlias, SqlNode from, SqlNodeList values, SqlNode condition,
                                  SqlParserPos pos, Function<String, RuntimeException> refuse) {
        Kept kept = from == null ? null : kept(from, name(target), oneRow(pos));
        if (kept == null || !kept.outer()) return new Update(of(target, targetAlias, from, condition, null, pos, refuse), values);
        SqlNodeList read = new SqlNodeList(pos);
        for (SqlNode value : values) {
            // each place gets its own copy of the rows and the condition: a later rewrite of one leaves the others as they are
            SqlSelect one = new SqlSelect(pos, null, SqlNodeList.of(value), SqlTreeCopy.of(kept.from()), SqlTreeCopy.of(condition),
                    null, null, null, null, null, SqlLiteral.createExactNumeric("1", pos), null);
            read.add(SqlStdOperatorTable.SCALAR_QUERY.createCall(pos, one));
        }
        return new Update(keptTarget(kept, condition, pos), read);
    }

    private static SqlNode oneRow(SqlParserPos pos) {
        return SqlStdOperatorTable.AS.createCall(pos, new SqlSelect(pos, null,
                SqlNodeList.of(SqlLiteral.createExactNumeric("1", pos)), null, null, null, null, null, null, null, null, null),
                new SqlIdentifier("ss_target", pos));
    }

    /** The target's item changed where {@code EXISTS} a row of the FROM with the target in it meets {@code condition}. */
    private static JoinedTarget keptTarget(Kept kept, SqlNode condition, SqlParserPos pos) {
        SqlSelect rows = new SqlSelect(pos, null, SqlNodeList.of(SqlLiteral.createExactNumeric("1", pos)), kept.from(), condition,
                null, null, null, null, null, null, null);
        SqlNode exists = SqlStdOperatorTable.EXISTS.createCall(pos, rows);
        SqlNode item = kept.item();
        return item.getKind() == SqlKind.AS
                ? new JoinedTarget(((SqlCall) item).operand(0), (SqlIdentifier) ((SqlCall) item).operand(1), exists, null)
                : new JoinedTarget(item, null, exists, null);
    }

    /** The target's item, the FROM with {@code oneRow} in its place, and whether an outer join keeps the target's rows. */
    private record Kept(SqlNode item, SqlNode from, boolean outer) {
    }

    /** Null when the target is not in {@code from}, or when a join drops its rows or pairs them by USING / NATURAL. */
    private static Kept kept(SqlNode from, String target, SqlNode oneRow) {
        if (names(from, target)) return new Kept(from, oneRow, false);
        if (!(from instanceof SqlJoin join) || join.isNatural() || join.getConditionType() == JoinConditionType.USING) return null;
        Kept left = kept(join.getLeft(), target, oneRow);
        Kept right = left == null ? kept(join.getRight(), target, oneRow) : null;
        JoinType type = join.getJoinType();
        boolean outer = left != null ? type == JoinType.LEFT : type == JoinType.RIGHT;
        Kept found = left != null ? left : right;
        if (found == null || !inner(join) && !outer) return null;
        return new Kept(found.item(), new SqlJoin(join.getParserPosition(), left != null ? found.from() : join.getLeft(),
                join.isNaturalNode(), join.getJoinTypeNode(), left != null ? join.getRight() : found.from(),
                join.getConditionTypeNode(), join.getCondition()), found.outer() || outer);
    }

    /** {@code from} with each inner join whose condition reads {@code target} a cross join, its condition added to {@code reading}. */
    private static SqlNode withoutTarget(SqlNode from, String target, List<SqlNode> reading, Function<String, RuntimeException> refuse) {
        if (!(from instanceof SqlJoin join)) return from;
        SqlNode left = withoutTarget(join.getLeft(), target, reading, refuse);
        SqlNode right = withoutTarget(join.getRight(), target, reading, refuse);
        if (join.getCondition() != null && reads(join.getCondition(), target)) {
            if (!inner(join)) throw refuse.apply("an outer join in the FROM of an UPDATE or DELETE reads the target table in its "
                    + "condition: rewrite the join as a subquery");
            reading.add(join.getCondition());
            SqlParserPos pos = join.getParserPosition();
            return new SqlJoin(pos, left, SqlLiteral.createBoolean(false, pos), JoinType.CROSS.symbol(pos), right,
                    JoinConditionType.NONE.symbol(pos), null);
        }
        if (left == join.getLeft() && right == join.getRight()) return join;
        return new SqlJoin(join.getParserPosition(), left, join.isNaturalNode(), join.getJoinTypeNode(), right,
                join.getConditionTypeNode(), join.getCondition());
    }

    /** True when {@code condition} names a column of {@code target} (target.column), outside or inside a subquery. */
    private static boolean reads(SqlNode condition, String target) {
        boolean[] found = {false};
        condition.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                found[0] |= id.names.size() >= 2 && key(id.names.get(id.names.size() - 2)).equals(target);
                return id;
            }
        });
        return found[0];
    }

    private static boolean inner(SqlJoin join) {
        return join.getJoinType() == JoinType.INNER || join.getJoinType() == JoinType.COMMA || join.getJoinType() == JoinType.CROSS;
    }

    /** The target's FROM item, the condition that joined it, and the FROM without it (null when nothing is left). */
    private record Found(SqlNode table, SqlIdentifier alias, SqlNode condition, SqlNode rest) {
    }

    private static Found find(SqlNode from, String target, Function<String, RuntimeException> refuse) {
        if (names(from, target)) {
            return from.getKind() == SqlKind.AS ? new Found(((SqlCall) from).operand(0), (SqlIdentifier) ((SqlCall) from).operand(1), null, null)
                    : new Found(from, null, null, null);
        }
        if (!(from instanceof SqlJoin join)) return null;
        if (join.getConditionType() == JoinConditionType.USING) {
            throw refuse.apply("JOIN ... USING in the FROM of an UPDATE or DELETE: write the ON condition");
        }
        boolean inner = inner(join);
        Found left = find(join.getLeft(), target, refuse);
        if (left != null) {
            if (!inner) throw refuse.apply(OUTER_JOIN);
            SqlNode rest = left.rest() == null ? join.getRight() : rejoin(join, left.rest());
            return new Found(left.table(), left.alias(), left.rest() == null ? and(left.condition(), join.getCondition(), join.getParserPosition())
                    : left.condition(), rest);
        }
        if (names(join.getRight(), target)) {
            if (!inner) throw refuse.apply(OUTER_JOIN);
            Found right = find(join.getRight(), target, refuse);
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

    private static final String OUTER_JOIN = "the target of an UPDATE or DELETE in an outer join of its FROM: rewrite the "
            + "join as a subquery";
}

package org.schemashift.source.mysql;

import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sql.JoinedTarget;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * MySQL's multiple-table UPDATE and DELETE in the canonical form of {@link JoinedTarget}: one target
 * table, the other tables as the statement's FROM (PostgreSQL's UPDATE ... FROM, DELETE ... USING).
 * The target of an UPDATE is the table its SET columns name (by alias, or by name where it has
 * none); a statement that changes several tables, or whose SET columns do not say their table, has
 * no single target and is refused with the reason.
 */
final class MySqlJoinedDml {
    private final SourcePositions positions;
    private final Function<ParserRuleContext, SqlNode> expressions;
    private final Function<String, RuntimeException> refuse;

    MySqlJoinedDml(SourcePositions positions, Function<ParserRuleContext, SqlNode> expressions,
                   Function<String, RuntimeException> refuse) {
        this.positions = positions;
        this.expressions = expressions;
        this.refuse = refuse;
    }

    SqlUpdate update(JoinedUpdateContext ctx) {
        SqlParserPos pos = positions.pos(ctx);
        SqlNodeList targets = new SqlNodeList(pos);
        SqlNodeList values = new SqlNodeList(pos);
        String table = null;
        for (SetClauseContext clause : ctx.setClause()) {
            if (!(clause instanceof ColumnAssignmentContext assignment)) throw refuse.apply("row assignment in a multiple-table UPDATE");
            List<IdentifierContext> parts = assignment.columnReference().identifier();
            if (parts.size() < 2) {
                throw refuse.apply("multiple-table UPDATE: SET " + positions.text(assignment.columnReference())
                        + " does not name its table; qualify it (table.column) so the changed table is known");
            }
            String qualifier = MySqlNames.identifier(parts.get(parts.size() - 2));
            if (table != null && !table.equalsIgnoreCase(qualifier)) {
                throw refuse.apply("UPDATE changes both " + table + " and " + qualifier + ": write one UPDATE per table");
            }
            table = qualifier;
            IdentifierContext column = parts.get(parts.size() - 1);
            targets.add(new SqlIdentifier(MySqlNames.identifier(column), positions.pos(column)));
            values.add(expressions.apply(assignment.columnValue()));
        }
        SqlIdentifier named = new SqlIdentifier(table, pos);
        JoinedTarget.Update update = JoinedTarget.ofUpdate(named, null, from(ctx.fromItem(), pos), values, where(ctx.whereClause()), pos, refuse);
        JoinedTarget target = update.target();
        named(target, named);
        return new SqlUpdate(pos, target.table(), targets, update.values(), target.condition(), target.source(), target.alias());
    }

    SqlDelete delete(JoinedDeleteContext ctx) {
        SqlParserPos pos = positions.pos(ctx);
        if (ctx.deletedTable().size() > 1) {
            throw refuse.apply("DELETE from " + ctx.deletedTable().size() + " tables at once: write one DELETE per table, "
                    + "the child tables first (each later DELETE no longer sees the rows deleted before it)");
        }
        SqlIdentifier named = (SqlIdentifier) expressions.apply(ctx.deletedTable(0).tableName());
        JoinedTarget target = JoinedTarget.ofDelete(named, null, from(ctx.fromItem(), pos), where(ctx.whereClause()), pos, refuse);
        named(target, named);
        return new SqlDelete(pos, target.table(), target.condition(), target.source(), target.alias());
    }

    /** The named table stays the target only when no FROM item is it. */
    private void named(JoinedTarget target, SqlIdentifier named) {
        if (target.table() == named) {
            throw refuse.apply(String.join(".", named.names) + " is not one of the tables the statement joins");
        }
    }

    private SqlNode where(WhereClauseContext where) {
        return where == null ? null : expressions.apply(where);
    }

    private SqlNode from(List<FromItemContext> items, SqlParserPos pos) {
        SqlNode from = null;
        for (FromItemContext item : items) {
            SqlNode next = expressions.apply(item);
            from = from == null ? next : new SqlJoin(pos, from, SqlLiteral.createBoolean(false, pos), JoinType.COMMA.symbol(pos), next,
                    JoinConditionType.NONE.symbol(pos), null);
        }
        return from;
    }
}

package org.schemashift.source.sql;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.ConditionalMerge;

/**
 * The core's data changes, as Calcite's own statement nodes:
 * <ul>
 *   <li>INSERT is an {@link SqlInsert}: the target an identifier (an alias makes it an AS call), the
 *       column list or null, the source a query or a VALUES call of ROW calls; DEFAULT in a row is
 *       the DEFAULT operator.</li>
 *   <li>UPDATE is an {@link SqlUpdate} and DELETE an {@link SqlDelete}, alias in their alias slot.
 *       A SET target is a column of the target table: a one-part identifier, whatever qualifier
 *       the source wrote. {@code (c1, c2) = (subquery)} is the target {@code ROW(c1, c2)} with the
 *       subquery as its value. {@code WHERE CURRENT OF c} is the condition
 *       {@link ProcOperators#currentOf}.</li>
 *   <li>MERGE is a {@link ConditionalMerge}: the matched branch an SqlUpdate whose condition is the
 *       branch's WHERE, the not-matched branch an SqlInsert of one VALUES row, each null when absent,
 *       plus the DELETE WHERE and the not-matched WHERE.</li>
 * </ul>
 */
final class CoreDml extends CoreBuilderPart {
    CoreDml(CoreSqlBuilder core) {
        super(core);
    }

    SqlNode insert(ParserRuleContext ctx) {
        ParserRuleContext target = tree.child(ctx, "dmlTarget");
        SqlNode table = core.visit(tree.child(target, "tableName"));
        SqlNode aliased = alias(target) == null ? table : core.aliased(table, target);
        return new SqlInsert(core.pos(ctx), SqlNodeList.EMPTY, aliased, core.visit(tree.child(ctx, "insertSource")),
                (SqlNodeList) core.visit(tree.child(ctx, "identifierList")));
    }

    /** {@code VALUES (...), (...)}: a VALUES call of one ROW call per row. */
    SqlNode values(ParserRuleContext ctx) {
        return SqlStdOperatorTable.VALUES.createCall(core.pos(ctx), core.operands(ctx));
    }

    SqlNode defaultValue(ParserRuleContext ctx) {
        return SqlStdOperatorTable.DEFAULT.createCall(core.pos(ctx));
    }

    SqlNode update(ParserRuleContext ctx) {
        ParserRuleContext target = tree.child(ctx, "dmlTarget");
        Assignments set = assignments(ctx);
        return new SqlUpdate(core.pos(ctx), core.visit(tree.child(target, "tableName")), set.targets, set.values,
                condition(ctx), null, alias(target));
    }

    SqlNode delete(ParserRuleContext ctx) {
        ParserRuleContext target = tree.child(ctx, "dmlTarget");
        return new SqlDelete(core.pos(ctx), core.visit(tree.child(target, "tableName")), condition(ctx), null, alias(target));
    }

    SqlNode currentOf(ParserRuleContext ctx) {
        return ProcOperators.currentOf(core.grammar().name(tree.child(ctx, "identifier")), core.pos(ctx));
    }

    SqlNode merge(ParserRuleContext ctx) {
        ParserRuleContext target = tree.child(ctx, "dmlTarget");
        SqlNode table = core.visit(tree.child(target, "tableName"));
        SqlIdentifier alias = alias(target);
        SqlUpdate update = null;
        SqlNode deleteCondition = null;
        ParserRuleContext matched = tree.child(ctx, "matchedBranch");
        if (matched != null) {
            Assignments set = assignments(matched);
            update = new SqlUpdate(core.pos(matched), table, set.targets, set.values, core.visit(tree.child(matched, "whereClause")),
                    null, alias);
            ParserRuleContext delete = tree.child(matched, "mergeDelete");
            if (delete != null) deleteCondition = core.visit(tree.child(delete, "whereClause"));
        }
        SqlInsert insert = null;
        SqlNode insertCondition = null;
        ParserRuleContext notMatched = tree.child(ctx, "notMatchedBranch");
        if (notMatched != null) {
            SqlParserPos p = core.pos(notMatched);
            insert = new SqlInsert(p, SqlNodeList.EMPTY, table,
                    SqlStdOperatorTable.VALUES.createCall(p, core.visit(tree.child(notMatched, "valuesRow"))),
                    insertColumns(notMatched));
            insertCondition = core.visit(tree.child(notMatched, "whereClause"));
        }
        return new ConditionalMerge(core.pos(ctx), table, core.visit(tree.child(ctx, "expression")),
                core.visit(tree.child(ctx, "tableReference")), update, insert, alias, deleteCondition, insertCondition, null);
    }

    /** The SET targets and their values, in order. */
    private record Assignments(SqlNodeList targets, SqlNodeList values) {}

    private Assignments assignments(ParserRuleContext ctx) {
        Assignments set = new Assignments(new SqlNodeList(core.pos(ctx)), new SqlNodeList(core.pos(ctx)));
        for (ParserRuleContext clause : tree.children(ctx, "setClause")) {
            List<ParserRuleContext> columns = tree.children(clause, "columnReference");
            if (CoreParseTree.label(clause).equals("rowAssignment")) {
                SqlNode[] row = columns.stream().map(this::column).toArray(SqlNode[]::new);
                set.targets.add(SqlStdOperatorTable.ROW.createCall(core.pos(clause), row));
                set.values.add(core.visit(tree.child(clause, "query")));
            } else {
                set.targets.add(column(columns.get(0)));
                set.values.add(core.visit(tree.child(clause, "columnValue")));
            }
        }
        return set;
    }

    /** The column list of MERGE's INSERT branch, or null when it has none. */
    private SqlNodeList insertColumns(ParserRuleContext notMatched) {
        List<ParserRuleContext> columns = tree.children(notMatched, "columnReference");
        if (columns.isEmpty()) return null;
        SqlNodeList list = new SqlNodeList(core.pos(notMatched));
        for (ParserRuleContext column : columns) list.add(column(column));
        return list;
    }

    /** A SET or INSERT target: the column's own name (its last part); a qualifier can only name the target table. */
    private SqlIdentifier column(ParserRuleContext columnReference) {
        List<ParserRuleContext> parts = tree.children(columnReference);
        ParserRuleContext name = parts.get(parts.size() - 1);
        return new SqlIdentifier(core.grammar().name(name), core.pos(name));
    }

    /** The WHERE or WHERE CURRENT OF of an UPDATE or DELETE, or null. */
    private SqlNode condition(ParserRuleContext ctx) {
        ParserRuleContext where = tree.child(ctx, "whereClause");
        return core.visit(where != null ? where : tree.child(ctx, "currentOfClause"));
    }

    private SqlIdentifier alias(ParserRuleContext dmlTarget) {
        ParserRuleContext alias = tree.child(dmlTarget, "identifier");
        return alias == null ? null : new SqlIdentifier(core.grammar().name(alias), core.pos(alias));
    }
}

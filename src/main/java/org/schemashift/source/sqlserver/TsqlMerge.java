package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.ActionItem;
import org.schemashift.model.sql.ConditionalMerge;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * T-SQL MERGE (https://learn.microsoft.com/sql/t-sql/statements/merge-transact-sql) as the
 * canonical {@link ConditionalMerge}, the forms PostgreSQL 15's MERGE writes the same: {@code WHEN
 * MATCHED [AND c] THEN UPDATE} and {@code ... THEN DELETE} (SQL Server allows one of each, the first
 * with a condition; a DELETE after the UPDATE also requires the update's condition not to hold, so
 * it can be tried first), {@code WHEN NOT MATCHED [BY TARGET] [AND c] THEN INSERT ... VALUES}.
 * <p>
 * {@code WHEN NOT MATCHED BY SOURCE} (PostgreSQL 17) becomes a DELETE or UPDATE of the target rows
 * without a source row ({@code NOT EXISTS}) run before the MERGE: those rows match no source row, so
 * the MERGE treats the other rows as it would have, unless the USING source reads the target or the
 * UPDATE sets a column the ON condition reads (then it is not converted). Of two such branches the
 * second takes the rows the first's condition does not hold for; the DELETE runs first, so both read
 * the rows as they were. TOP and OUTPUT (RETURNING of a MERGE: PostgreSQL 17) leave the statement
 * unconverted.
 */
final class TsqlMerge {
    private final SourcePositions positions;
    private final SqlServerExpressionBuilder builder;
    private final TsqlExpressions expressions;
    private final TsqlDml dml;
    private final List<ActionItem> notes;

    TsqlMerge(SourcePositions positions, SqlServerExpressionBuilder builder, TsqlExpressions expressions, TsqlDml dml,
              List<ActionItem> notes) {
        this.positions = positions;
        this.builder = builder;
        this.expressions = expressions;
        this.dml = dml;
        this.notes = notes;
    }

    /** The statements that do what the MERGE does, in order: changes of target rows without a source row, then the MERGE. */
    List<SqlNode> merge(TsqlMergeContext ctx) {
        if (ctx.topClause() != null) throw new TsqlExpressions.NotConverted("TOP in MERGE: limit the rows of the USING source");
        if (ctx.tableHints() != null) {
            notes.add(SqlServerCode.TABLE_HINT_DROPPED.at(positions.span(ctx.tableHints()), "MERGE " + positions.text(ctx.tableHints())
                    + ": PostgreSQL's MERGE takes no key-range lock, so two sessions inserting the same new key can fail with a "
                    + "unique violation (INSERT ... ON CONFLICT does not)"));
        }
        SqlParserPos pos = positions.pos(ctx);
        SqlNode table = builder.visit(ctx.tableName());
        SqlIdentifier alias = ctx.alias == null ? null : new SqlIdentifier(SqlServerNames.identifier(ctx.alias), positions.pos(ctx.alias));
        SqlNode on = expressions.condition(ctx.expression());
        SqlNode source = expressions.value(ctx.tableReference());
        SqlUpdate update = null;
        SqlNode matchedDelete = null;
        SqlInsert insert = null;
        SqlNode insertCondition = null;
        BySource bySource = new BySource(table, alias, on, source);
        for (TsqlMergeBranchContext branch : ctx.tsqlMergeBranch()) {
            SqlNode condition = branch.expression() == null ? null : expressions.condition(branch.expression());
            String side = branch.side == null ? "TARGET" : SqlServerNames.identifier(branch.side).toUpperCase(Locale.ROOT);
            SqlParserPos at = positions.pos(branch);
            TsqlMergeActionContext action = branch.tsqlMergeAction();
            if (branch.NOT() != null && side.equals("SOURCE")) {
                bySource.add(action, condition, at);
            } else if (branch.NOT() == null && action instanceof MergeUpdateActionContext u && update == null) {
                update = update(u, table, alias, condition, at);
            } else if (branch.NOT() == null && action instanceof MergeDeleteActionContext && matchedDelete == null
                    && (update == null || update.getCondition() != null)) {
                SqlNode always = SqlLiteral.createBoolean(true, at);
                matchedDelete = update == null ? (condition == null ? always : condition)
                        : and(SqlStdOperatorTable.IS_NOT_TRUE.createCall(at, update.getCondition()), condition);
            } else if (branch.NOT() != null && action instanceof MergeInsertActionContext i && insert == null && i.valuesRow() != null) {
                insert = insert(i, table);
                insertCondition = condition;
            } else {
                throw new TsqlExpressions.NotConverted("MERGE branch " + positions.text(branch).replaceAll("\\s+", " ")
                        + ": write it as a separate statement (PostgreSQL 15's MERGE converted here takes one matched UPDATE, one "
                        + "matched DELETE and one not-matched INSERT)");
            }
        }
        List<SqlNode> statements = bySource.statements();
        if (update != null || matchedDelete != null || insert != null) {
            statements.add(new ConditionalMerge(pos, table, on, source, update, insert, alias, null, insertCondition, matchedDelete));
        }
        return statements;
    }

    private SqlUpdate update(MergeUpdateActionContext u, SqlNode table, SqlIdentifier alias, SqlNode condition, SqlParserPos at) {
        SqlNodeList targets = new SqlNodeList(at);
        SqlNodeList values = new SqlNodeList(at);
        dml.assignments(u.tsqlSetClause(), targets, values);
        return new SqlUpdate(at, table, targets, values, condition, null, alias);
    }

    private SqlInsert insert(MergeInsertActionContext ctx, SqlNode table) {
        SqlParserPos at = positions.pos(ctx);
        SqlNodeList columns = ctx.identifierList() == null ? null : new SqlNodeList(SqlServerNames.identifiers(ctx.identifierList())
                .stream().<SqlNode>map(c -> new SqlIdentifier(c, at)).toList(), at);
        return new SqlInsert(at, SqlNodeList.EMPTY, table, SqlStdOperatorTable.VALUES.createCall(at, expressions.value(ctx.valuesRow())),
                columns);
    }

    private static SqlNode and(SqlNode first, SqlNode second) {
        return second == null ? first : SqlStdOperatorTable.AND.createCall(first.getParserPosition(), first, second);
    }

    /** The {@code WHEN NOT MATCHED BY SOURCE} branches as statements on the target rows that have no source row. */
    private final class BySource {
        private final SqlNode table;
        private final SqlIdentifier alias;
        private final SqlNode on;
        private final SqlNode source;
        private final List<SqlNode> deletes = new ArrayList<>();
        private final List<SqlNode> updates = new ArrayList<>();
        private SqlNode earlier;   // the conditions of the branches before: this one takes the rows none of them holds for

        BySource(SqlNode table, SqlIdentifier alias, SqlNode on, SqlNode source) {
            this.table = table;
            this.alias = alias;
            this.on = on;
            this.source = source;
        }

        void add(TsqlMergeActionContext action, SqlNode condition, SqlParserPos at) {
            if (readsTarget(source)) {
                throw new TsqlExpressions.NotConverted("WHEN NOT MATCHED BY SOURCE with a USING source that reads the target table: "
                        + "PostgreSQL 17's MERGE has the branch; on 15 change those rows in a statement of their own");
            }
            SqlNode rows = SqlStdOperatorTable.NOT.createCall(at, SqlStdOperatorTable.EXISTS.createCall(at, new SqlSelect(at, null,
                    SqlNodeList.of(SqlLiteral.createExactNumeric("1", at)), source, on, null, null, null, null, null, null, null)));
            SqlNode taken = and(rows, earlier == null ? null : SqlStdOperatorTable.IS_NOT_TRUE.createCall(at, earlier));
            taken = and(taken, condition);
            earlier = condition == null ? null : earlier == null ? condition : SqlStdOperatorTable.OR.createCall(at, earlier, condition);
            if (action instanceof MergeDeleteActionContext) {
                deletes.add(new SqlDelete(at, table, taken, null, alias));
            } else if (action instanceof MergeUpdateActionContext u) {
                SqlUpdate change = update(u, table, alias, taken, at);
                if (setsMatchedColumn(change.getTargetColumnList())) {
                    throw new TsqlExpressions.NotConverted("WHEN NOT MATCHED BY SOURCE THEN UPDATE of a column the ON condition reads: "
                            + "PostgreSQL 17's MERGE has the branch; on 15 the row could match a source row afterwards");
                }
                updates.add(change);
            } else {
                throw new TsqlExpressions.NotConverted("WHEN NOT MATCHED BY SOURCE THEN INSERT");
            }
        }

        /** DELETEs first: the UPDATE's condition excludes the deleted rows as they were, not as it leaves them. */
        List<SqlNode> statements() {
            List<SqlNode> statements = new ArrayList<>(deletes);
            statements.addAll(updates);
            return statements;
        }

        private boolean readsTarget(SqlNode node) {
            String name = ((SqlIdentifier) table).names.get(((SqlIdentifier) table).names.size() - 1);
            return names(node).contains(name.toUpperCase(Locale.ROOT));
        }

        private boolean setsMatchedColumn(SqlNodeList columns) {
            Set<String> read = names(on);
            return columns.stream().anyMatch(c -> read.contains(((SqlIdentifier) c).getSimple().toUpperCase(Locale.ROOT)));
        }
    }

    /** The last parts of the identifiers in {@code node}, upper case. */
    private static Set<String> names(SqlNode node) {
        Set<String> names = new HashSet<>();
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                if (!id.isStar()) names.add(id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT));
                return null;
            }
        });
        return names;
    }
}

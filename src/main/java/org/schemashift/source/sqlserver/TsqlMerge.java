package org.schemashift.source.sqlserver;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ActionItem;
import org.schemashift.model.sql.ConditionalMerge;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * T-SQL MERGE (https://learn.microsoft.com/sql/t-sql/statements/merge-transact-sql) as the
 * canonical {@link ConditionalMerge}: one {@code WHEN MATCHED [AND c] THEN UPDATE} (the update's
 * condition c) and one {@code WHEN NOT MATCHED [BY TARGET] [AND c] THEN INSERT ... VALUES} (the
 * insert condition c), the forms PostgreSQL 15's MERGE writes the same. A DELETE branch, a second
 * branch of a kind, {@code WHEN NOT MATCHED BY SOURCE} (PostgreSQL 17), TOP and OUTPUT (RETURNING of
 * a MERGE: PostgreSQL 17) leave the statement unconverted.
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

    ConditionalMerge merge(TsqlMergeContext ctx) {
        if (ctx.topClause() != null) throw new TsqlExpressions.NotConverted("TOP in MERGE: limit the rows of the USING source");
        if (ctx.outputClause() != null) {
            throw new TsqlExpressions.NotConverted("MERGE ... OUTPUT: PostgreSQL 17's MERGE ... RETURNING, or one statement per branch");
        }
        if (ctx.tableHints() != null) {
            notes.add(SqlServerCode.TABLE_HINT_DROPPED.at(positions.span(ctx.tableHints()), "MERGE " + positions.text(ctx.tableHints())
                    + ": PostgreSQL's MERGE takes no key-range lock, so two sessions inserting the same new key can fail with a "
                    + "unique violation (INSERT ... ON CONFLICT does not)"));
        }
        SqlParserPos pos = positions.pos(ctx);
        SqlNode table = builder.visit(ctx.tableName());
        SqlIdentifier alias = ctx.alias == null ? null : new SqlIdentifier(SqlServerNames.identifier(ctx.alias), positions.pos(ctx.alias));
        SqlUpdate update = null;
        SqlInsert insert = null;
        SqlNode insertCondition = null;
        for (TsqlMergeBranchContext branch : ctx.tsqlMergeBranch()) {
            SqlNode condition = branch.expression() == null ? null : expressions.condition(branch.expression());
            String side = branch.side == null ? "TARGET" : SqlServerNames.identifier(branch.side).toUpperCase(Locale.ROOT);
            if (branch.NOT() != null && side.equals("SOURCE")) {
                throw new TsqlExpressions.NotConverted("WHEN NOT MATCHED BY SOURCE: PostgreSQL 17's MERGE has it; on 15 change the "
                        + "target rows without a source row in a separate UPDATE or DELETE ... WHERE NOT EXISTS");
            }
            if (branch.NOT() == null && branch.tsqlMergeAction() instanceof MergeUpdateActionContext u && update == null) {
                SqlParserPos at = positions.pos(branch);
                SqlNodeList targets = new SqlNodeList(at);
                SqlNodeList values = new SqlNodeList(at);
                dml.assignments(u.tsqlSetClause(), targets, values);
                update = new SqlUpdate(at, table, targets, values, condition, null, alias);
            } else if (branch.NOT() != null && branch.tsqlMergeAction() instanceof MergeInsertActionContext i && insert == null
                    && i.valuesRow() != null) {
                insert = insert(i, table);
                insertCondition = condition;
            } else {
                throw new TsqlExpressions.NotConverted("MERGE branch " + positions.text(branch).replaceAll("\\s+", " ")
                        + ": write it as a separate statement (PostgreSQL 15's MERGE converted here takes one matched UPDATE "
                        + "and one not-matched INSERT)");
            }
        }
        return new ConditionalMerge(pos, table, expressions.condition(ctx.expression()), expressions.value(ctx.tableReference()),
                update, insert, alias, null, insertCondition);
    }

    private SqlInsert insert(MergeInsertActionContext ctx, SqlNode table) {
        SqlParserPos at = positions.pos(ctx);
        SqlNodeList columns = ctx.identifierList() == null ? null : new SqlNodeList(SqlServerNames.identifiers(ctx.identifierList())
                .stream().<SqlNode>map(c -> new SqlIdentifier(c, at)).toList(), at);
        return new SqlInsert(at, SqlNodeList.EMPTY, table, SqlStdOperatorTable.VALUES.createCall(at, expressions.value(ctx.valuesRow())),
                columns);
    }
}

package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.ddl.SqlTruncateTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sql.JoinedTarget;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * INSERT, UPDATE, DELETE and TRUNCATE TABLE in T-SQL code, as Calcite's statement nodes (the shapes of
 * {@code CoreDml}). An INSERT into the table variable a multi-statement table function returns adds
 * the rows to its result; a table variable is the temporary table {@link TsqlTables} made of it.
 * UPDATE / DELETE ... FROM and TOP (n) take the canonical form of {@link JoinedTarget}; OUTPUT is
 * {@link TsqlOutput}'s, MERGE {@link TsqlMerge}'s; WITH before the statement is reported, the statement kept as written.
 */
final class TsqlDml {
    private final SourcePositions positions;
    private final SqlServerExpressionBuilder builder;
    private final TsqlExpressions expressions;
    private final TsqlOutput output;
    private final TsqlMerge merge;
    private String returnedTable;

    TsqlDml(SourcePositions positions, SqlServerExpressionBuilder builder, TsqlExpressions expressions, List<ActionItem> notes) {
        this.positions = positions;
        this.builder = builder;
        this.expressions = expressions;
        this.output = new TsqlOutput(positions, expressions, this, notes);
        this.merge = new TsqlMerge(positions, builder, expressions, this, notes);
    }

    void returnedTable(String tableVariable) {
        returnedTable = tableVariable.toUpperCase(Locale.ROOT);
    }

    /** The statements of one T-SQL DML statement: one, but a MERGE may take several ({@link TsqlMerge}). */
    List<Statement> statements(TsqlDmlContext ctx, SourceSpan span) {
        if (ctx instanceof TsqlInsertContext i) return List.of(insert(i, span));
        if (ctx instanceof TsqlUpdateContext u) return List.of(update(u, span));
        if (ctx instanceof TsqlDeleteContext d) return List.of(delete(d, span));
        if (ctx instanceof TsqlMergeContext m) {
            leadingWith(m.withClause());
            List<Statement> statements = new ArrayList<>(merge.merge(m).stream().<Statement>map(s -> new Statement.SqlStatement(s,
                    List.of(), List.of(), IntoRows.FIRST_ROW, span)).toList());
            if (m.outputClause() != null) statements.add(mergeOutput(m.outputClause()));
            return statements;
        }
        throw new TsqlExpressions.NotConverted("INSERT ... DEFAULT VALUES");
    }

    /**
     * A MERGE's OUTPUT (its changed rows and {@code $action}, to the caller or into a table): PostgreSQL 15's
     * MERGE returns no rows, so the MERGE runs without it and the clause stays where it stood, commented out.
     */
    private Unsupported mergeOutput(OutputClauseContext output) {
        return new Unsupported(positions.text(output), positions.span(output), "MERGE ... " + positions.text(output).replaceAll("\\s+", " ")
                + ": PostgreSQL 15's MERGE returns no rows, so the MERGE above runs without its OUTPUT; the rows it changed (and "
                + "$action) are PostgreSQL 17's MERGE ... RETURNING (merge_action()), or write one statement per branch with RETURNING");
    }

    /** TRUNCATE TABLE restarts the identity at its seed (https://learn.microsoft.com/sql/t-sql/statements/truncate-table-transact-sql). */
    Statement truncate(TableNameContext table, SourceSpan span) {
        return new Statement.SqlStatement(new SqlTruncateTable(positions.pos(table), (SqlIdentifier) builder.visit(table), false),
                List.of(), List.of(), IntoRows.FIRST_ROW, span);
    }

    private Statement insert(TsqlInsertContext ctx, SourceSpan span) {
        leadingWith(ctx.withClause());
        if (ctx.topClause() != null) throw new TsqlExpressions.NotConverted("TOP in INSERT: limit the rows of the SELECT");
        SqlNode source = expressions.value(ctx.insertSource());
        if (ctx.tsqlTarget().VARIABLE() != null
                && ctx.tsqlTarget().VARIABLE().getText().toUpperCase(Locale.ROOT).equals(returnedTable) && ctx.identifierList() == null) {
            return new Statement.ReturnQuery(new QuerySource.Static(source), span);
        }
        SqlParserPos pos = positions.pos(ctx);
        SqlNodeList columns = ctx.identifierList() == null ? null : new SqlNodeList(SqlServerNames.identifiers(ctx.identifierList())
                .stream().<SqlNode>map(c -> new SqlIdentifier(c, pos)).toList(), pos);
        return output.changed(new SqlInsert(pos, SqlNodeList.EMPTY, target(ctx.tsqlTarget()), source, columns), null,
                ctx.outputClause(), span);
    }

    private Statement update(TsqlUpdateContext ctx, SourceSpan span) {
        leadingWith(ctx.withClause());
        SqlParserPos pos = positions.pos(ctx);
        SqlNodeList targets = new SqlNodeList(pos);
        SqlNodeList values = new SqlNodeList(pos);
        assignments(ctx.tsqlSetClause(), targets, values);
        JoinedTarget.Update update = joined(ctx.tsqlTarget(), ctx.fromItem(), ctx.whereClause(), ctx.currentOfClause(), ctx.topClause(),
                values, pos);
        JoinedTarget target = update.target();
        return output.changed(new SqlUpdate(pos, target.table(), targets, update.values(), target.condition(), target.source(), target.alias()),
                target.alias(), ctx.outputClause(), span);
    }

    /** The SET clauses of an UPDATE (or of MERGE's): each column (its own name) into {@code targets}, its value into {@code values}. */
    void assignments(List<TsqlSetClauseContext> clauses, SqlNodeList targets, SqlNodeList values) {
        for (TsqlSetClauseContext clause : clauses) {
            if (!(clause instanceof ColumnSetClauseContext c)) {
                throw new TsqlExpressions.NotConverted("SET @variable = column = value in an UPDATE");
            }
            List<IdentifierContext> parts = c.columnReference().identifier();
            SqlIdentifier column = new SqlIdentifier(SqlServerNames.identifier(parts.get(parts.size() - 1)), positions.pos(c));
            SqlNode value = expressions.value(c.columnValue());
            if (c.compound != null) value = SqlServerExpressionBuilder.compound(c.compound.getType(), column, value, positions.pos(c));
            targets.add(column);
            values.add(value);
        }
    }

    private Statement delete(TsqlDeleteContext ctx, SourceSpan span) {
        leadingWith(ctx.withClause());
        SqlParserPos pos = positions.pos(ctx);
        JoinedTarget target = joined(ctx.tsqlTarget(), ctx.fromItem(), ctx.whereClause(), ctx.currentOfClause(), ctx.topClause(), null,
                pos).target();
        return output.changed(new SqlDelete(pos, target.table(), target.condition(), target.source(), target.alias()), target.alias(),
                ctx.outputClause(), span);
    }

    /**
     * The target, FROM items, condition and TOP of an UPDATE (its SET {@code values}) or DELETE ({@code values} null), in
     * canonical form ({@link JoinedTarget}); one without TOP may keep its target on the outer side of a join
     * ({@link JoinedTarget#ofDelete}, {@link JoinedTarget#ofUpdate}, which reads the values from the joined rows).
     */
    private JoinedTarget.Update joined(TsqlTargetContext target, List<FromItemContext> from, WhereClauseContext where,
                                       CurrentOfClauseContext currentOf, TopClauseContext top, SqlNodeList values, SqlParserPos pos) {
        SqlNode items = null;
        for (FromItemContext item : from) {
            SqlNode next = expressions.value(item);
            items = items == null ? next : new SqlJoin(pos, items, SqlLiteral.createBoolean(false, pos), JoinType.COMMA.symbol(pos), next,
                    JoinConditionType.NONE.symbol(pos), null);
        }
        SqlNode table = target.VARIABLE() != null ? expressions.tableVariable(target.VARIABLE()) : table(target.dmlTarget());
        SqlIdentifier alias = target.VARIABLE() != null ? null : alias(target.dmlTarget());
        SqlNode condition = condition(where, currentOf);
        if (top != null) return new JoinedTarget.Update(JoinedTarget.of(table, alias, items, condition, top(top), pos,
                TsqlExpressions.NotConverted::new), values);
        return values == null ? new JoinedTarget.Update(JoinedTarget.ofDelete(table, alias, items, condition, pos, TsqlExpressions.NotConverted::new), null)
                : JoinedTarget.ofUpdate(table, alias, items, values, condition, pos, TsqlExpressions.NotConverted::new);
    }

    /** TOP (n) of an UPDATE or DELETE: n rows, whichever; PERCENT and WITH TIES have no canonical form. */
    private SqlNode top(TopClauseContext top) {
        if (top == null) return null;
        if (top.PERCENT() != null || top.TIES() != null) throw new TsqlExpressions.NotConverted("TOP ... PERCENT or WITH TIES in "
                + "UPDATE or DELETE");
        return top.valueExpression() != null ? expressions.value(top.valueExpression())
                : SqlLiteral.createExactNumeric(top.INTEGER_LITERAL().getText(), positions.pos(top));
    }

    private static void leadingWith(WithClauseContext with) {
        if (with != null) throw new TsqlExpressions.NotConverted("a WITH clause before INSERT, UPDATE or DELETE");
    }

    SqlNode target(TsqlTargetContext ctx) {
        if (ctx.VARIABLE() != null) return expressions.tableVariable(ctx.VARIABLE());
        DmlTargetContext target = ctx.dmlTarget();
        SqlNode table = table(target);
        SqlIdentifier alias = alias(target);
        return alias == null ? table : org.apache.calcite.sql.fun.SqlStdOperatorTable.AS.createCall(positions.pos(target), table, alias);
    }

    private SqlNode table(DmlTargetContext target) {
        return builder.visit(target.tableName());
    }

    private SqlIdentifier alias(DmlTargetContext target) {
        return target.identifier() == null ? null : new SqlIdentifier(SqlServerNames.identifier(target.identifier()), positions.pos(target.identifier()));
    }

    private SqlNode condition(WhereClauseContext where, CurrentOfClauseContext currentOf) {
        if (where != null) return expressions.value(where);
        return currentOf == null ? null : builder.visit(currentOf);
    }
}

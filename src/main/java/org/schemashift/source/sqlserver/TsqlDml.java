package org.schemashift.source.sqlserver;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.QuerySource;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * INSERT, UPDATE and DELETE in T-SQL code, as Calcite's statement nodes (the shapes of
 * {@code CoreDml}). An INSERT into the table variable a multi-statement table function returns adds
 * the rows to its result. What T-SQL adds to the standard forms (TOP, OUTPUT, UPDATE / DELETE ... FROM,
 * MERGE, table variables) is reported, the statement kept as written.
 */
final class TsqlDml {
    private final SourcePositions positions;
    private final SqlServerExpressionBuilder builder;
    private final TsqlExpressions expressions;
    private String returnedTable;

    TsqlDml(SourcePositions positions, SqlServerExpressionBuilder builder, TsqlExpressions expressions) {
        this.positions = positions;
        this.builder = builder;
        this.expressions = expressions;
    }

    void returnedTable(String tableVariable) {
        returnedTable = tableVariable.toUpperCase(Locale.ROOT);
    }

    Statement statement(TsqlDmlContext ctx, SourceSpan span) {
        if (ctx instanceof TsqlInsertContext i) return insert(i, span);
        if (ctx instanceof TsqlUpdateContext u) return update(u, span);
        if (ctx instanceof TsqlDeleteContext d) return delete(d, span);
        if (ctx instanceof TsqlMergeContext) throw new TsqlExpressions.NotConverted("MERGE: write it as INSERT ... ON CONFLICT or MERGE");
        throw new TsqlExpressions.NotConverted("INSERT ... DEFAULT VALUES");
    }

    private Statement insert(TsqlInsertContext ctx, SourceSpan span) {
        extensions(ctx.withClause(), ctx.topClause(), ctx.outputClause(), null);
        SqlNode source = expressions.value(ctx.insertSource());
        if (ctx.tsqlTarget().VARIABLE() != null) {
            if (ctx.tsqlTarget().VARIABLE().getText().toUpperCase(Locale.ROOT).equals(returnedTable) && ctx.identifierList() == null) {
                return new Statement.ReturnQuery(new QuerySource.Static(source), span);
            }
            throw tableVariable();
        }
        SqlParserPos pos = positions.pos(ctx);
        SqlNodeList columns = ctx.identifierList() == null ? null : new SqlNodeList(SqlServerNames.identifiers(ctx.identifierList())
                .stream().<SqlNode>map(c -> new SqlIdentifier(c, pos)).toList(), pos);
        return sql(new SqlInsert(pos, SqlNodeList.EMPTY, target(ctx.tsqlTarget()), source, columns), span);
    }

    private Statement update(TsqlUpdateContext ctx, SourceSpan span) {
        extensions(ctx.withClause(), ctx.topClause(), ctx.outputClause(), ctx.fromItem());
        SqlParserPos pos = positions.pos(ctx);
        SqlNodeList targets = new SqlNodeList(pos);
        SqlNodeList values = new SqlNodeList(pos);
        for (TsqlSetClauseContext clause : ctx.tsqlSetClause()) {
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
        DmlTargetContext target = dmlTarget(ctx.tsqlTarget());
        return sql(new SqlUpdate(pos, table(target), targets, values, condition(ctx.whereClause(), ctx.currentOfClause()), null,
                alias(target)), span);
    }

    private Statement delete(TsqlDeleteContext ctx, SourceSpan span) {
        extensions(ctx.withClause(), ctx.topClause(), ctx.outputClause(), ctx.fromItem());
        DmlTargetContext target = dmlTarget(ctx.tsqlTarget());
        return sql(new SqlDelete(positions.pos(ctx), table(target), condition(ctx.whereClause(), ctx.currentOfClause()), null,
                alias(target)), span);
    }

    private static Statement sql(SqlNode statement, SourceSpan span) {
        return new Statement.SqlStatement(statement, List.of(), List.of(), IntoRows.FIRST_ROW, span);
    }

    private static void extensions(WithClauseContext with, TopClauseContext top, OutputClauseContext output, List<FromItemContext> from) {
        if (with != null) throw new TsqlExpressions.NotConverted("a WITH clause before INSERT, UPDATE or DELETE");
        if (top != null) throw new TsqlExpressions.NotConverted("TOP in INSERT, UPDATE or DELETE: limit the rows in a subquery of keys");
        if (output != null) throw new TsqlExpressions.NotConverted("OUTPUT clause: RETURNING");
        if (from != null && !from.isEmpty()) {
            throw new TsqlExpressions.NotConverted("UPDATE / DELETE with FROM: UPDATE ... FROM / DELETE ... USING without the target");
        }
    }

    private SqlNode target(TsqlTargetContext ctx) {
        DmlTargetContext target = dmlTarget(ctx);
        SqlNode table = table(target);
        SqlIdentifier alias = alias(target);
        return alias == null ? table : org.apache.calcite.sql.fun.SqlStdOperatorTable.AS.createCall(positions.pos(target), table, alias);
    }

    private DmlTargetContext dmlTarget(TsqlTargetContext ctx) {
        if (ctx.VARIABLE() != null) throw tableVariable();
        return ctx.dmlTarget();
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

    private static TsqlExpressions.NotConverted tableVariable() {
        return new TsqlExpressions.NotConverted("table variable: a temporary table (CREATE TEMPORARY TABLE) serves");
    }
}

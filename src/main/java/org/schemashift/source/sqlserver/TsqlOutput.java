package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * The OUTPUT clause of INSERT, UPDATE and DELETE
 * (https://learn.microsoft.com/sql/t-sql/queries/output-clause-transact-sql): its items are the
 * statement's RETURNING list, {@code inserted.c} the new row's column and {@code deleted.c} the
 * removed row's (of an INSERT or UPDATE and of a DELETE: the rows RETURNING reads), qualified by the
 * target's alias when it has one; {@code OUTPUT ... INTO t (c1, c2)} appends them to {@code t}. An
 * UPDATE's {@code deleted} (the old row: RETURNING reads the new one before PostgreSQL 18) and
 * OUTPUT without INTO (rows for the caller) are left unconverted.
 */
final class TsqlOutput {
    private final SourcePositions positions;
    private final TsqlExpressions expressions;
    private final TsqlDml dml;
    private final List<ActionItem> notes;

    TsqlOutput(SourcePositions positions, TsqlExpressions expressions, TsqlDml dml, List<ActionItem> notes) {
        this.positions = positions;
        this.expressions = expressions;
        this.dml = dml;
        this.notes = notes;
    }

    /** {@code change} with its OUTPUT clause ({@code ctx}, null for none); {@code alias}: the target's. */
    Statement changed(SqlNode change, SqlIdentifier alias, OutputClauseContext ctx, SourceSpan span) {
        if (ctx == null) return new Statement.SqlStatement(change, List.of(), List.of(), IntoRows.FIRST_ROW, span);
        if (ctx.INTO() == null) {
            throw new TsqlExpressions.NotConverted("OUTPUT without INTO sends the changed rows to the caller: append them to a "
                    + "table with OUTPUT ... INTO, or return them from a function with RETURNING");
        }
        List<SqlNode> returning = new ArrayList<>();
        for (OutputItemContext item : ctx.outputItem()) {
            if (item.MERGE_ACTION() != null) throw new TsqlExpressions.NotConverted("$action outside the OUTPUT of a MERGE");
            returning.add(returned(expressions.value(item.selectItem()), change.getKind(), alias));
        }
        SqlParserPos pos = positions.pos(ctx);
        SqlNodeList columns = ctx.identifierList() == null ? null : new SqlNodeList(SqlServerNames.identifiers(ctx.identifierList())
                .stream().<SqlNode>map(c -> new SqlIdentifier(c, pos)).toList(), pos);
        SqlSelect rows = new SqlSelect(pos, null, SqlNodeList.of(SqlIdentifier.star(pos)),
                new SqlIdentifier(Statement.SqlStatement.RETURNED, pos), null, null, null, null, null, null, null, null);
        SqlInsert append = new SqlInsert(pos, SqlNodeList.EMPTY, dml.target(ctx.tsqlTarget()), rows, columns);
        notes.add(SqlServerCode.OUTPUT_CLAUSE.at(span, positions.text(ctx).replaceAll("\\s+", " ")));
        return new Statement.SqlStatement(change, returning, List.of(), IntoRows.FIRST_ROW, append, span);
    }

    /** An OUTPUT item with {@code inserted.} and {@code deleted.} read as the row RETURNING gives. */
    private static SqlNode returned(SqlNode item, SqlKind change, SqlIdentifier alias) {
        return item.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                if (id.names.size() < 2) return id;
                String row = id.names.get(0).toLowerCase(Locale.ROOT);
                if (!row.equals("inserted") && !row.equals("deleted")) return id;
                if (change == SqlKind.UPDATE && row.equals("deleted")) {
                    throw new TsqlExpressions.NotConverted("OUTPUT deleted." + id.names.get(1) + " of an UPDATE: PostgreSQL's RETURNING "
                            + "reads the new row (PostgreSQL 18: RETURNING old." + id.names.get(1) + "); select the old values first");
                }
                if (row.equals("inserted") == (change == SqlKind.DELETE)) {
                    throw new TsqlExpressions.NotConverted("OUTPUT " + row + ". in " + change + " has no such row");
                }
                List<String> names = new ArrayList<>(id.names.subList(1, id.names.size()));
                if (alias != null) names.add(0, alias.getSimple());
                return new SqlIdentifier(names, id.getParserPosition());
            }
        });
    }
}

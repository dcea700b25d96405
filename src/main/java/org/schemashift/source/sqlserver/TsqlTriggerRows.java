package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.RelationReplacer;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * The body of a trigger that runs once per row where SQL Server's runs once per statement: the
 * relations {@code inserted} and {@code deleted} it reads become the one row the trigger fires for,
 * {@code (SELECT NEW.*) AS inserted} and {@code (SELECT OLD.*) AS deleted} (an alias the source gave
 * is kept). In a trigger that fires for INSERT and for another event, {@code deleted} is empty on an
 * INSERT ({@code SELECT OLD.* WHERE NOT INSERTING}), where OLD would be one row of NULLs, as
 * {@code inserted} is on a DELETE: {@code IF NOT EXISTS (SELECT 1 FROM deleted)} tells an INSERT. Standing for an INSTEAD OF trigger on a table (a BEFORE trigger), it returns NULL at
 * the end and at each RETURN, so the row is not changed. A change of that table in the body, which
 * SQL Server makes without firing the INSTEAD OF trigger again, would fire the BEFORE trigger again:
 * the body starts by letting the row through when the trigger is nested
 * ({@code TRIGGER_DEPTH() > 1}; any trigger's change of the table is let through then).
 */
final class TsqlTriggerRows extends RelationReplacer {
    private final List<String> ownTable;
    private final List<String> events;

    /**
     * {@code ownTable}: the table (its name's parts) of a trigger that stands for an INSTEAD OF one
     * before the change, which it skips by returning NULL; null for any other. {@code events}:
     * INSERT, UPDATE, DELETE it fires for.
     */
    TsqlTriggerRows(List<String> ownTable, List<String> events) {
        super(name -> row(name, events));
        this.ownTable = ownTable;
        this.events = events;
    }

    /** The rewritten body; a trigger that skips the row returns NULL at its end. */
    Block body(Block block) {
        Block body = (Block) block.accept(this);
        if (ownTable == null) return body;
        List<Statement> statements = new ArrayList<>();
        if (changesOwnTable(body)) statements.addAll(nestedLetsRowThrough(body.span()));
        statements.addAll(body.statements());
        statements.add(returnNull(body.span()));
        return new Block(body.label(), body.declarations(), statements, body.handlers(), body.span());
    }

    private boolean changesOwnTable(Block body) {
        boolean[] changes = {false};
        body.accept(new ProcRewriter() {
            @Override
            public Statement visitSqlStatement(Statement.SqlStatement statement) {
                SqlNode table = statement.statement() instanceof SqlInsert i ? i.getTargetTable()
                        : statement.statement() instanceof SqlUpdate u ? u.getTargetTable()
                        : statement.statement() instanceof SqlDelete d ? d.getTargetTable()
                        : statement.statement() instanceof SqlMerge m ? m.getTargetTable() : null;
                if (table instanceof SqlCall as && as.getOperator() == SqlStdOperatorTable.AS) table = as.operand(0);
                changes[0] |= table instanceof SqlIdentifier id && last(id.names).equalsIgnoreCase(last(ownTable));
                return statement;
            }
        });
        return changes[0];
    }

    private static String last(List<String> names) {
        return names.get(names.size() - 1);
    }

    /** {@code IF TRIGGER_DEPTH() > 1 THEN RETURN NEW (OLD for a DELETE)}. */
    private List<Statement> nestedLetsRowThrough(SourceSpan span) {
        SqlParserPos pos = SqlParserPos.ZERO;
        SqlNode nested = SqlStdOperatorTable.GREATER_THAN.createCall(pos, CanonicalOperators.TRIGGER_DEPTH.createCall(pos),
                SqlLiteral.createExactNumeric("1", pos));
        boolean deletes = events.contains("DELETE");
        boolean writes = events.stream().anyMatch(e -> !e.equals("DELETE"));
        List<Statement> guard = new ArrayList<>();
        if (deletes) {
            SqlNode when = writes ? SqlStdOperatorTable.AND.createCall(pos, nested,
                    ProcOperators.triggerEvent(ProcOperators.TriggerEvent.DELETING, null, pos)) : nested;
            guard.add(returning(when, "OLD", span));
        }
        if (writes) guard.add(returning(nested, "NEW", span));
        return guard;
    }

    private static Statement returning(SqlNode when, String row, SourceSpan span) {
        return new Statement.If(List.of(new Statement.Branch(when, List.of(new Statement.Return(new SqlIdentifier(row,
                SqlParserPos.ZERO), span)))), List.of(), span);
    }

    @Override
    public Statement visitReturn(Statement.Return statement) {
        return ownTable != null ? returnNull(statement.span()) : super.visitReturn(statement);
    }

    private static Statement returnNull(SourceSpan span) {
        return new Statement.Return(SqlLiteral.createNull(SqlParserPos.ZERO), span);
    }

    /**
     * {@code SELECT NEW.*} for the relation {@code inserted}, {@code SELECT OLD.*} for {@code deleted}, with
     * {@code WHERE NOT DELETING} / {@code WHERE NOT INSERTING} when the trigger fires for the event that has
     * no such row; null for any other relation.
     */
    private static SqlNode row(String name, List<String> events) {
        if (!name.equals("inserted") && !name.equals("deleted")) return null;
        boolean inserted = name.equals("inserted");
        SqlParserPos pos = SqlParserPos.ZERO;
        SqlIdentifier all = new SqlIdentifier(List.of(inserted ? "NEW" : "OLD", ""), pos);
        String without = inserted ? "DELETE" : "INSERT";
        SqlNode where = events.contains(without) ? SqlStdOperatorTable.NOT.createCall(pos, ProcOperators.triggerEvent(
                inserted ? ProcOperators.TriggerEvent.DELETING : ProcOperators.TriggerEvent.INSERTING, null, pos)) : null;
        return new SqlSelect(pos, null, SqlNodeList.of(all), null, where, null, null, null, null, null, null, null);
    }
}

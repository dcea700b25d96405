package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.Statement;

/**
 * The body of a trigger that runs once per row where SQL Server's runs once per statement: the
 * relations {@code inserted} and {@code deleted} it reads become the one row the trigger fires for,
 * {@code (SELECT NEW.*) AS inserted} and {@code (SELECT OLD.*) AS deleted} (an alias the source gave
 * is kept). Standing for an INSTEAD OF trigger on a table (a BEFORE trigger), it returns NULL at
 * the end and at each RETURN, so the row is not changed.
 */
final class TsqlTriggerRows extends ProcRewriter {
    private final boolean skipsRow;

    /** {@code skipsRow}: the trigger stands for an INSTEAD OF one before the change, which it skips by returning NULL. */
    TsqlTriggerRows(boolean skipsRow) {
        this.skipsRow = skipsRow;
    }

    /** The rewritten body; a trigger that skips the row returns NULL at its end. */
    Block body(Block block) {
        Block body = (Block) block.accept(this);
        if (!skipsRow) return body;
        List<Statement> statements = new ArrayList<>(body.statements());
        statements.add(returnNull(body.span()));
        return new Block(body.label(), body.declarations(), statements, body.handlers(), body.span());
    }

    @Override
    public Statement visitReturn(Statement.Return statement) {
        return skipsRow ? returnNull(statement.span()) : super.visitReturn(statement);
    }

    private static Statement returnNull(SourceSpan span) {
        return new Statement.Return(SqlLiteral.createNull(SqlParserPos.ZERO), span);
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                if (call instanceof SqlSelect select && select.getFrom() != null) {
                    SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
                    copy.setFrom(relations(select.getFrom()));
                    return super.visit(copy);
                }
                return super.visit(call);
            }
        });
    }

    private static SqlNode relations(SqlNode from) {
        if (from instanceof SqlJoin join) {
            SqlJoin copy = (SqlJoin) join.clone(join.getParserPosition());
            copy.setLeft(relations(join.getLeft()));
            copy.setRight(relations(join.getRight()));
            return copy;
        }
        if (from instanceof SqlCall as && as.getOperator() == SqlStdOperatorTable.AS && row(as.operand(0)) != null) {
            return SqlStdOperatorTable.AS.createCall(as.getParserPosition(), row(as.operand(0)), as.operand(1));
        }
        SqlNode row = row(from);
        return row == null ? from : SqlStdOperatorTable.AS.createCall(from.getParserPosition(), row, from);
    }

    /** {@code SELECT NEW.*} for the relation {@code inserted}, {@code SELECT OLD.*} for {@code deleted}; null for any other. */
    private static SqlNode row(SqlNode relation) {
        if (!(relation instanceof SqlIdentifier id) || !id.isSimple()) return null;
        String name = id.getSimple().toLowerCase(Locale.ROOT);
        if (!name.equals("inserted") && !name.equals("deleted")) return null;
        SqlParserPos pos = id.getParserPosition();
        SqlIdentifier all = new SqlIdentifier(List.of(name.equals("inserted") ? "NEW" : "OLD", ""), pos);
        return new SqlSelect(pos, null, SqlNodeList.of(all), null, null, null, null, null, null, null, null, null);
    }
}

package org.schemashift.emit.postgresql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.schemashift.emit.SqlUnparsing;

/**
 * Calcite's PostgreSQL dialect with our quoting policy: names are quoted only when PostgreSQL
 * needs it, so output reads like hand-written PostgreSQL; row limits are written LIMIT/OFFSET,
 * PostgreSQL's own spelling, instead of Calcite's default FETCH NEXT.
 */
final class PostgresqlTargetSqlDialect extends PostgresqlSqlDialect {
    static final PostgresqlTargetSqlDialect INSTANCE = new PostgresqlTargetSqlDialect();

    private PostgresqlTargetSqlDialect() {
        super(PostgresqlSqlDialect.DEFAULT_CONTEXT);
    }

    @Override
    protected boolean identifierNeedsQuote(String val) {
        return PostgresqlIdentifiers.needsQuotes(val);
    }

    @Override
    public void unparseOffsetFetch(SqlWriter writer, SqlNode offset, SqlNode fetch) {
        unparseFetchUsingLimit(writer, offset, fetch);
    }

    /**
     * A field of a composite value, {@code (value).field}: PostgreSQL reads {@code a.b.c} as a table's
     * column; an element of an array that is not a variable, {@code (value)[i]}: PostgreSQL subscripts
     * only a name or a parenthesised expression (a package variable's getter call, say). A table function in FROM,
     * {@code TABLE(f(...))}: PostgreSQL reads a set-returning function call there as it is, {@code f(...)}.
     */
    @Override
    public void unparseCall(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        if (call.getKind() == SqlKind.COLLECTION_TABLE) {
            call.operand(0).unparse(writer, 0, 0);
            return;
        }
        boolean element = call.getKind() == SqlKind.ITEM && !(call.operand(0) instanceof SqlIdentifier);
        if (call.getKind() != SqlKind.DOT && !element) {
            super.unparseCall(writer, call, leftPrec, rightPrec);
            return;
        }
        SqlWriter.Frame value = writer.startList("(", ")");
        call.operand(0).unparse(writer, 0, 0);
        writer.endList(value);
        writer.setNeedWhitespace(false);
        if (element) {
            SqlWriter.Frame index = writer.startList("[", "]");
            call.operand(1).unparse(writer, 0, 0);
            writer.endList(index);
            return;
        }
        writer.print(".");
        writer.setNeedWhitespace(false);
        call.operand(1).unparse(writer, 0, 0);
    }

    String unparse(SqlNode node) {
        return SqlUnparsing.oneLine(node, this);
    }

    /** A part of a statement (an expression, a condition): subqueries in it keep their parentheses. */
    String unparsePart(SqlNode node) {
        return SqlUnparsing.partLine(node, this);
    }
}

package org.schemashift.emit.postgresql;

import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CursorAttribute;

/**
 * Cursor attributes in PL/pgSQL. PostgreSQL has one FOUND, overwritten by every statement, and no
 * per-cursor row count or open flag; the sources' attributes belong to one cursor (Oracle
 * {@code c%FOUND}) or to the last SQL statement ({@code SQL%ROWCOUNT}, {@code @@ROWCOUNT},
 * {@code ROW_COUNT()}). So for each attribute the body reads, the writer keeps a variable
 * ({@code c__found}, {@code c__rowcount}, {@code c__isopen}, {@code sql__found}, {@code sql__rowcount}),
 * sets it right after the statements that change it, and the attribute reads the variable.
 */
final class PlPgSqlCursorAttributes {
    private final PlPgSqlContext context;

    PlPgSqlCursorAttributes(PlPgSqlContext context) {
        this.context = context;
        context.scan.attributes().forEach((cursor, used) -> used.forEach(a -> declare(cursor, a)));
    }

    private void declare(String cursor, CursorAttribute attribute) {
        switch (attribute) {
            case FOUND, NOT_FOUND -> context.declareGenerated(variable(cursor, CursorAttribute.FOUND), "boolean");
            case ROW_COUNT -> context.declareGenerated(variable(cursor, CursorAttribute.ROW_COUNT), "integer := 0");
            case IS_OPEN -> {
                if (!cursor.equals(PlPgSqlScan.IMPLICIT)) context.declareGenerated(variable(cursor, attribute), "boolean := false");
            }
        }
    }

    private String variable(String cursor, CursorAttribute attribute) {
        // lower case whatever the source's name case, so the declaration and every read spell it alike
        String base = cursor == null || cursor.equals(PlPgSqlScan.IMPLICIT) ? "sql" : cursor.toLowerCase(Locale.ROOT);
        String suffix = switch (attribute) {
            case FOUND, NOT_FOUND -> "__found";
            case ROW_COUNT -> "__rowcount";
            case IS_OPEN -> "__isopen";
        };
        return PostgresqlIdentifiers.shorten(base + suffix);
    }

    /** What an attribute call reads in the written body. */
    SqlNode replacement(SqlCall call) {
        CursorAttribute attribute = ProcOperators.attributeOf(call);
        String cursor = ProcOperators.cursorOf(call);
        if (cursor == null && attribute == CursorAttribute.IS_OPEN) {
            return SqlLiteral.createBoolean(false, call.getParserPosition());   // the implicit cursor is never open after its statement
        }
        SqlIdentifier tracked = new SqlIdentifier(variable(cursor, attribute), call.getParserPosition());
        return attribute == CursorAttribute.NOT_FOUND ? SqlStdOperatorTable.NOT.createCall(call.getParserPosition(), tracked) : tracked;
    }

    void afterOpen(String cursor, PlPgSqlText out) {
        Set<CursorAttribute> used = context.scan.attributesOf(cursor);
        if (readsFound(used)) out.line(quoted(cursor, CursorAttribute.FOUND) + " := NULL;");
        if (used.contains(CursorAttribute.ROW_COUNT)) out.line(quoted(cursor, CursorAttribute.ROW_COUNT) + " := 0;");
        if (used.contains(CursorAttribute.IS_OPEN)) out.line(quoted(cursor, CursorAttribute.IS_OPEN) + " := true;");
    }

    void afterFetch(String cursor, PlPgSqlText out) {
        Set<CursorAttribute> used = context.scan.attributesOf(cursor);
        if (readsFound(used)) out.line(quoted(cursor, CursorAttribute.FOUND) + " := FOUND;");
        if (used.contains(CursorAttribute.ROW_COUNT)) {
            String count = quoted(cursor, CursorAttribute.ROW_COUNT);
            out.line("IF FOUND THEN " + count + " := " + count + " + 1; END IF;");
        }
    }

    void afterClose(String cursor, PlPgSqlText out) {
        if (context.scan.attributesOf(cursor).contains(CursorAttribute.IS_OPEN)) {
            out.line(quoted(cursor, CursorAttribute.IS_OPEN) + " := false;");
        }
    }

    /** At the top of a cursor FOR loop's body: a row was fetched from the open cursor. */
    void atLoopRow(String cursor, PlPgSqlText out) {
        Set<CursorAttribute> used = context.scan.attributesOf(cursor);
        if (readsFound(used)) out.line(quoted(cursor, CursorAttribute.FOUND) + " := true;");
        if (used.contains(CursorAttribute.ROW_COUNT)) {
            String count = quoted(cursor, CursorAttribute.ROW_COUNT);
            out.line(count + " := " + count + " + 1;");
        }
        if (used.contains(CursorAttribute.IS_OPEN)) out.line(quoted(cursor, CursorAttribute.IS_OPEN) + " := true;");
    }

    /** Before a cursor FOR loop (the loop opens the cursor) and after it (the loop closed it). */
    void aroundLoop(String cursor, boolean before, PlPgSqlText out) {
        Set<CursorAttribute> used = context.scan.attributesOf(cursor);
        if (before && used.contains(CursorAttribute.ROW_COUNT)) out.line(quoted(cursor, CursorAttribute.ROW_COUNT) + " := 0;");
        if (!before) afterClose(cursor, out);
    }

    /** After an SQL statement: what the implicit cursor's attributes read. */
    void afterSql(PlPgSqlText out) {
        Set<CursorAttribute> used = context.scan.attributesOf(null);
        if (readsFound(used)) out.line(quoted(null, CursorAttribute.FOUND) + " := FOUND;");
        if (used.contains(CursorAttribute.ROW_COUNT)) {
            out.line("GET DIAGNOSTICS " + quoted(null, CursorAttribute.ROW_COUNT) + " = ROW_COUNT;");
        }
    }

    /** After a BULK COLLECT statement: the implicit cursor found as many rows as {@code firstTarget} holds. */
    void afterBulk(String firstTarget, PlPgSqlText out) {
        Set<CursorAttribute> used = context.scan.attributesOf(null);
        String count = "coalesce(cardinality(" + firstTarget + "), 0)";
        if (readsFound(used)) out.line(quoted(null, CursorAttribute.FOUND) + " := " + count + " > 0;");
        if (used.contains(CursorAttribute.ROW_COUNT)) out.line(quoted(null, CursorAttribute.ROW_COUNT) + " := " + count + ";");
    }

    /** After a bulk change (FORALL): the implicit cursor's row count is the total of every run, held in {@code total}. */
    void afterBulkChange(String total, PlPgSqlText out) {
        Set<CursorAttribute> used = context.scan.attributesOf(null);
        if (readsFound(used)) out.line(quoted(null, CursorAttribute.FOUND) + " := " + total + " > 0;");
        if (used.contains(CursorAttribute.ROW_COUNT)) out.line(quoted(null, CursorAttribute.ROW_COUNT) + " := " + total + ";");
    }

    private static boolean readsFound(Set<CursorAttribute> used) {
        return used.contains(CursorAttribute.FOUND) || used.contains(CursorAttribute.NOT_FOUND);
    }

    private String quoted(String cursor, CursorAttribute attribute) {
        return PostgresqlIdentifiers.quote(variable(cursor, attribute));
    }
}

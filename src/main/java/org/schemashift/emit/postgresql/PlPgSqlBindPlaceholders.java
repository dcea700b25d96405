package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.NlsString;
import org.schemashift.model.proc.BindPlaceholders;

/**
 * The bind placeholders of dynamic SQL ({@code :1}, {@code :name}) as PL/pgSQL's EXECUTE ... USING
 * numbers them ({@code $1 .. $n}). Oracle binds a SQL statement's placeholders by position: every
 * occurrence takes the next USING argument, a repeated name included; in a CALL a repeated name is
 * the same argument. The placeholders can be rewritten where they are visible: in a text that is a
 * literal or a concatenation ({@code ||}) of literals and expressions, and only when the
 * placeholders found are as many as the arguments (an expression's value could hold others).
 * Quoted strings, quoted names and {@code ::} casts in the text are left alone. A dynamic PL/SQL
 * block and DDL are recognised by their first word, as the statements a reviewer must read.
 */
final class PlPgSqlBindPlaceholders {
    private static final Pattern DDL = Pattern.compile("(?is)\\s*(CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|COMMENT|RENAME)\\b.*");
    private static final Pattern PLSQL_BLOCK = Pattern.compile("(?is)\\s*(BEGIN|DECLARE)\\b.*");
    private static final Pattern CALL = Pattern.compile("(?is)\\s*CALL\\b.*");

    /** What the text is, as far as writing it goes. */
    enum Kind { STATEMENT, DDL, PLSQL_BLOCK }

    /** The text with its placeholders numbered, or {@code problem} saying why they could not be. */
    record Rewritten(SqlNode text, Kind kind, String problem) {
    }

    /** Oracle's {@code RETURNING c INTO :a, :b} at the end of a dynamic DML text: the INTO part names placeholders, not binds. */
    private static final Pattern RETURNING_INTO = Pattern.compile("(?is)(\\bRETURNING\\b.*?)\\s+INTO\\s+:\\w+(\\s*,\\s*:\\w+)*\\s*$");

    private PlPgSqlBindPlaceholders() {
    }

    /**
     * The text without the INTO part of a RETURNING clause at its end, when that part is in its last
     * literal: PL/pgSQL's EXECUTE takes the targets in its own INTO, as the IR holds them.
     */
    static SqlNode withoutReturningTargets(SqlNode text) {
        if (text instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s) {
            String stripped = RETURNING_INTO.matcher(s.getValue()).replaceFirst("$1");
            return SqlLiteral.createCharString(stripped, literal.getParserPosition());
        }
        if (!BindPlaceholders.isConcatenation(text)) return text;
        SqlCall call = (SqlCall) text;
        List<SqlNode> operands = new ArrayList<>(call.getOperandList());
        operands.set(operands.size() - 1, withoutReturningTargets(operands.get(operands.size() - 1)));
        return call.getOperator().createCall(call.getParserPosition(), operands);
    }

    static Rewritten rewrite(SqlNode text, int arguments) {
        String head = firstLiteral(text);
        Kind kind = head == null ? Kind.STATEMENT : DDL.matcher(head).matches() ? Kind.DDL
                : PLSQL_BLOCK.matcher(head).matches() ? Kind.PLSQL_BLOCK : Kind.STATEMENT;
        if (arguments == 0) return new Rewritten(text, kind, null);
        if (!BindPlaceholders.visible(text)) {
            return new Rewritten(text, kind, "the placeholders of a text built from expressions cannot be seen: number them"
                    + " $1 .. $n in the order of the USING arguments");
        }
        Numbering numbering = new Numbering(head != null && CALL.matcher(head).matches());
        SqlNode rewritten = numbering.apply(text);
        if (numbering.count == 0) return new Rewritten(text, kind, null);   // numbered $1 .. $n already (the builder's or the source's)
        if (numbering.count != arguments) {
            return new Rewritten(text, kind, numbering.count + " placeholders were found in the text for " + arguments
                    + " USING arguments: number them $1 .. $n in the order of the arguments");
        }
        return new Rewritten(rewritten, kind, null);
    }

    private static String firstLiteral(SqlNode text) {
        if (text instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s) return s.getValue();
        return BindPlaceholders.isConcatenation(text) ? firstLiteral(((SqlCall) text).operand(0)) : null;
    }

    /** Numbers placeholders across the pieces of one text: by position, or in a CALL by name (a repeated name the same number). */
    private static final class Numbering {
        private final boolean byName;
        private final Map<String, Integer> names = new LinkedHashMap<>();
        private int count;

        Numbering(boolean byName) {
            this.byName = byName;
        }

        SqlNode apply(SqlNode text) {
            return new BindPlaceholders(name -> "$" + position(name)).apply(text);
        }

        private int position(String name) {
            if (!byName) return ++count;
            return names.computeIfAbsent(name.toUpperCase(Locale.ROOT), n -> ++count);
        }
    }
}

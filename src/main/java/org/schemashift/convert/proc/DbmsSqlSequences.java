package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.util.NlsString;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.BindPlaceholders;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * Oracle's DBMS_SQL run of a statement without result columns (DML, DDL) as one dynamic statement
 * (decision {@code plsql.dbms-sql-execute}; PL/SQL Packages and Types Reference, DBMS_SQL): in one
 * statement list, {@code c := DBMS_SQL.OPEN_CURSOR} (the last statement before that names {@code c}),
 * then {@code DBMS_SQL.PARSE(c, text, flag)}, {@code DBMS_SQL.BIND_VARIABLE(c, name, value)} for each
 * bind, {@code [n :=] DBMS_SQL.EXECUTE(c)} and {@code DBMS_SQL.CLOSE_CURSOR(c)}, one after the other,
 * become {@link Statement.DynamicSql} with the values as its arguments and the text's placeholders
 * numbered by name ($k for the k-th name bound; DBMS_SQL binds by name, so a name written twice is one
 * value), and {@code n} the rows processed (GET DIAGNOSTICS ROW_COUNT). PARSE runs DDL at once, so
 * PARSE then CLOSE_CURSOR without EXECUTE is run too when its text visibly starts with a DDL word.
 * Anything else (DEFINE_COLUMN, COLUMN_VALUE, FETCH_ROWS, a bind whose placeholder cannot be seen, the
 * calls spread over blocks) stays as it is, each call reported (SS-ORA-0354).
 */
final class DbmsSqlSequences {
    static final String DECISION = "plsql.dbms-sql-execute";
    private static final Pattern DDL = Pattern.compile("(?is)\\s*(CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|COMMENT|RENAME)\\b.*");

    private DbmsSqlSequences() {
    }

    /** {@code statements} with each DBMS_SQL sequence they hold replaced by its dynamic statement. */
    static List<Statement> rewrite(List<Statement> statements, ActionItems items) {
        List<Statement> out = new ArrayList<>(statements.size());
        // cursor variable (upper case) -> index in out of its OPEN_CURSOR, while no statement since has named it
        Map<String, Integer> opened = new HashMap<>();
        int i = 0;
        while (i < statements.size()) {
            int end = sequence(statements, i, out, opened, items);
            if (end >= 0) {
                i = end;
                continue;
            }
            Statement statement = statements.get(i++);
            namesIn(statement).forEach(opened::remove);
            if (statement instanceof Statement.Assign assign && assign.target() instanceof SqlIdentifier cursor && cursor.isSimple()
                    && "DBMS_SQL.OPEN_CURSOR".equals(memberName(assign.value()))) {
                opened.put(key(cursor), out.size());
            }
            out.add(statement);
        }
        out.removeIf(Objects::isNull);   // the OPEN_CURSOR calls of the sequences rewritten
        return out;
    }

    /**
     * When a sequence's PARSE is at {@code parse}: removes its OPEN_CURSOR from {@code out} (a null in
     * its place), adds what replaces it, and returns the index after its CLOSE_CURSOR; else -1, {@code out} unchanged.
     */
    private static int sequence(List<Statement> statements, int parse, List<Statement> out, Map<String, Integer> opened,
                                ActionItems items) {
        List<SqlNode> parseArguments = call(statements.get(parse), "PARSE", 3);
        if (parseArguments == null || !(parseArguments.get(0) instanceof SqlIdentifier cursor) || !cursor.isSimple()) return -1;
        Integer open = opened.get(key(cursor));
        if (open == null) return -1;
        Statement.Assign assign = (Statement.Assign) out.get(open);
        Map<String, SqlNode> binds = new LinkedHashMap<>();
        int next = parse + 1;
        for (List<SqlNode> bind; next < statements.size() && (bind = call(statements.get(next), "BIND_VARIABLE", 3)) != null
                && isCursorVariable(bind.get(0), cursor); next++) {
            String name = text(bind.get(1));
            if (name == null) return -1;
            binds.put(name.replaceFirst("^:", "").toUpperCase(Locale.ROOT), bind.get(2));
        }
        Statement.Assign execute = next < statements.size() && statements.get(next) instanceof Statement.Assign a
                && "DBMS_SQL.EXECUTE".equals(memberName(a.value())) && ((SqlCall) a.value()).operandCount() == 1
                && isCursorVariable(((SqlCall) a.value()).operand(0), cursor) ? a : null;
        int close = execute == null ? next : next + 1;
        List<SqlNode> closeArguments = close < statements.size() ? call(statements.get(close), "CLOSE_CURSOR", 1) : null;
        if (closeArguments == null || !isCursorVariable(closeArguments.get(0), cursor)) return -1;
        SqlNode text = parseArguments.get(1);
        if (execute == null && (!binds.isEmpty() || !isDdl(text))) return -1;
        SqlNode numbered = numbered(text, new ArrayList<>(binds.keySet()));
        if (numbered == null) return -1;
        SourceSpan span = execute == null ? statements.get(parse).span() : execute.span();
        opened.remove(key(cursor));
        out.set(open, null);
        out.add(new Statement.DynamicSql(numbered, List.copyOf(binds.values()), List.of(), IntoRows.FIRST_ROW, span));
        if (execute != null) {
            out.add(new Statement.GetDiagnostics(List.of(new Statement.DiagnosticItem(execute.target(), Statement.Diagnostic.ROW_COUNT)),
                    execute.span()));
        }
        items.decided(span, DECISION, "DBMS_SQL sequence of cursor " + cursor.getSimple() + " (" + binds.size()
                + " binds) as EXECUTE ... USING");
        for (int k = parse; k <= close; k++) {
            items.calledBuiltin(statements.get(k).span(), "DBMS_SQL." + (k == parse ? "PARSE" : k == close ? "CLOSE_CURSOR"
                    : statements.get(k) == execute ? "EXECUTE" : "BIND_VARIABLE"), true, DECISION);
        }
        items.calledBuiltin(assign.span(), "DBMS_SQL.OPEN_CURSOR", true, DECISION);
        return close + 1;
    }

    /** The text with its placeholders numbered by the names bound; null when one is not bound or, with binds, none can be seen. */
    private static SqlNode numbered(SqlNode text, List<String> names) {
        if (names.isEmpty()) return text;
        if (!BindPlaceholders.visible(text)) return null;
        boolean[] unbound = {false};
        SqlNode numbered = new BindPlaceholders(name -> {
            int position = names.indexOf(name.toUpperCase(Locale.ROOT));
            unbound[0] |= position < 0;
            return "$" + (position + 1);
        }).apply(text);
        return unbound[0] ? null : numbered;
    }

    private static boolean isDdl(SqlNode text) {
        if (BindPlaceholders.isConcatenation(text)) return isDdl(((SqlCall) text).operand(0));
        String literal = text(text);
        return literal != null && DDL.matcher(literal).matches();
    }

    /** The positional arguments of {@code statement} when it calls {@code DBMS_SQL.<member>} with {@code count} of them, else null. */
    private static List<SqlNode> call(Statement statement, String member, int count) {
        if (!(statement instanceof Statement.Call call) || call.arguments().size() != count
                || !("DBMS_SQL." + member).equalsIgnoreCase(String.join(".", call.routine().names))
                || call.arguments().stream().anyMatch(a -> a.name() != null)) {
            return null;
        }
        return call.arguments().stream().map(Argument::value).toList();
    }

    /** {@code DBMS_SQL.X} or {@code DBMS_SQL.X(...)}, upper case, or null. */
    private static String memberName(SqlNode value) {
        if (value instanceof SqlIdentifier id) return String.join(".", id.names).toUpperCase(Locale.ROOT);
        return PseudoFunctions.name(value);
    }

    private static boolean isCursorVariable(SqlNode node, SqlIdentifier cursor) {
        return node instanceof SqlIdentifier id && id.isSimple() && id.getSimple().equalsIgnoreCase(cursor.getSimple());
    }

    private static String text(SqlNode node) {
        return node instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s ? s.getValue() : null;
    }

    private static String key(SqlIdentifier variable) {
        return variable.getSimple().toUpperCase(Locale.ROOT);
    }

    /** The first parts of the names {@code statement} holds, upper case. */
    private static Set<String> namesIn(Statement statement) {
        Set<String> names = new HashSet<>();
        statement.accept(new ProcRewriter() {
            @Override
            protected SqlNode expression(SqlNode node) {
                node.accept(new SqlBasicVisitor<Void>() {
                    @Override
                    public Void visit(SqlIdentifier id) {
                        names.add(id.names.get(0).toUpperCase(Locale.ROOT));
                        return null;
                    }
                });
                return node;
            }
        });
        return names;
    }
}

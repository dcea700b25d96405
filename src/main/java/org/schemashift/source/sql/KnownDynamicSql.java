package org.schemashift.source.sql;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.NlsString;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.antlr.SyntaxError;

/**
 * Dynamic SQL whose text is known when converting (docs/procedural-ir.md, "Dynamic SQL of a known
 * text"): a string literal, literals joined ({@code CONCAT}, {@code +}, {@code ||}), or a variable the
 * code sets once to such a text, unconditionally and before running it, and names nowhere else. The
 * text is read by the source's own statement reader, so it converts as the same statement written in
 * the code would; its placeholders become {@link SqlDynamicParam}s in the order of the USING values.
 * One instance per routine: {@link #start} names the variables that may hold a known text.
 */
public final class KnownDynamicSql {
    /** A placeholder is given to the source's reader as a name of this form, then becomes a parameter. */
    private static final String BIND = "ss_bind_";
    private static final Pattern BOUND = Pattern.compile("(?i)" + BIND + "(\\d+)");

    /** A variable's name in the IR as the source writes it, for the items. */
    private final UnaryOperator<String> written;
    /** Upper-case names (as the IR names them) whose only uses are one assignment and dynamic SQL texts. */
    private Set<String> candidates = Set.of();
    private final Map<String, String> known = new HashMap<>();
    /** The part of a candidate's one value that is not known, by variable. */
    private final Map<String, String> unknown = new HashMap<>();

    /** The text as a string when it is known, else the part of it that is not. */
    public record Folded(String text, String notLiteral) {
    }

    /** The text read as one statement, or why it was not. */
    public record Read(Statement statement, String problem) {
    }

    /** A text with its placeholders named, and their USING positions (1-based). */
    public record Named(String text, BitSet positions) {
    }

    public KnownDynamicSql(UnaryOperator<String> written) {
        this.written = written;
    }

    /** Starts a routine: {@code candidates} are the variables set once and otherwise only run as dynamic SQL. */
    public void start(Set<String> candidates) {
        this.candidates = Set.copyOf(candidates.stream().map(KnownDynamicSql::key).toList());
        known.clear();
        unknown.clear();
    }

    /**
     * An assignment of {@code value} to {@code variable}; {@code unconditional}: it is in no branch, loop
     * or handler, so it has run wherever the code after it runs. True when the variable now holds a known text.
     */
    public boolean assigned(String variable, Supplier<SqlNode> value, boolean unconditional) {
        if (!unconditional || !candidates.contains(key(variable))) return false;
        Folded folded = fold(value.get());
        if (folded.text() == null) {
            unknown.put(key(variable), folded.notLiteral());
            return false;
        }
        known.put(key(variable), folded.text());
        return true;
    }

    /** Whether {@code variable} holds a known text here. */
    public boolean holdsText(String variable) {
        return known.containsKey(key(variable));
    }

    /** The value of the text expression when it is known here. */
    public Folded fold(SqlNode text) {
        if (text instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s) return new Folded(s.getValue(), null);
        if (text instanceof SqlIdentifier id && id.isSimple() && known.containsKey(key(id.getSimple()))) {
            return new Folded(known.get(key(id.getSimple())), null);
        }
        if (text instanceof SqlCall call && isJoin(call)) {
            StringBuilder joined = new StringBuilder();
            for (SqlNode operand : call.getOperandList()) {
                Folded part = fold(operand);
                if (part.text() == null) return part;
                joined.append(part.text());
            }
            return new Folded(joined.toString(), null);
        }
        if (!(text instanceof SqlIdentifier id) || !id.isSimple()) return new Folded(null, text.toString());
        String part = unknown.get(key(id.getSimple()));
        String why = part != null ? " (set to " + part + ")" : candidates.contains(key(id.getSimple())) ? " (set under a condition, or after this)" : "";
        return new Folded(null, written.apply(id.getSimple()) + why);
    }

    private static boolean isJoin(SqlCall call) {
        return call.getKind() == SqlKind.PLUS || call.getOperator() == SqlStdOperatorTable.CONCAT
                || call.getOperator().getName().equalsIgnoreCase("CONCAT") && call.operandCount() > 0;
    }

    /**
     * {@code text} with each placeholder {@code placeholder} matches outside quoted strings and names
     * given as a name the reader takes for a column; {@code number} gives its USING position (1-based),
     * or 0 to leave it. {@code quotes} maps each opening quote to its closing one; {@code backslash}:
     * a backslash escapes the next character inside a string (MySQL).
     */
    public static Named placeholdersNamed(String text, Map<Character, Character> quotes, boolean backslash, Pattern placeholder,
                                           ToIntFunction<String> number) {
        StringBuilder out = new StringBuilder();
        BitSet positions = new BitSet();
        Matcher m = placeholder.matcher(text);
        Character closing = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (closing != null) {
                if (backslash && c == '\\' && i + 1 < text.length()) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    if (c == closing) closing = null;   // a doubled quote closes and opens again: the same
                    out.append(c);
                }
                i++;
            } else if (quotes.containsKey(c)) {
                closing = quotes.get(c);
                out.append(c);
                i++;
            } else if (m.region(i, text.length()).lookingAt()) {
                int position = number.applyAsInt(m.group());
                if (position > 0) {
                    positions.set(position);
                    out.append(' ').append(BIND).append(position).append(' ');
                } else {
                    out.append(m.group());
                }
                i = m.end();
            } else {
                out.append(c);
                i++;
            }
        }
        return new Named(out.toString(), positions);
    }

    /**
     * {@code named} read by {@code reader} as one statement that can run as dynamic SQL: a data change
     * or query with no INTO, or a result set; each of its placeholders where a value goes. A syntax
     * error is given with its place in the text.
     */
    public static Read read(Named named, Function<String, Statement> reader) {
        try {
            return bound(reader.apply(named.text()), named.positions());
        } catch (SyntaxError e) {
            return new Read(null, "it does not parse: " + e.getMessage() + " at line " + e.line() + ", column " + e.column() + " of the text");
        } catch (RuntimeException e) {
            // a reader's gap must not cost the routine: the text then runs as written, as before it was read
            return new Read(null, "it could not be read: " + e);
        }
    }

    /** {@code statement} with its placeholder names as parameters, when it can run as dynamic SQL and uses each of {@code positions}. */
    private static Read bound(Statement statement, BitSet positions) {
        Parameters parameters = new Parameters();
        Statement bound;
        if (statement instanceof Statement.SqlStatement s && s.into().isEmpty() && s.returning().isEmpty() && s.appendTo() == null) {
            bound = new Statement.SqlStatement(s.statement().accept(parameters), List.of(), List.of(), s.rows(), s.span());
        } else if (statement instanceof Statement.ResultSet r && r.dynamicArguments() == null) {
            bound = new Statement.ResultSet(r.query().accept(parameters), r.span());
        } else {
            String reason = statement instanceof Unsupported u ? u.reason() : "it is no single query or data change";
            return new Read(null, "it is not converted as static SQL: " + reason);
        }
        if (!parameters.used.equals(positions)) {
            return new Read(null, "its placeholders are not all where a value goes (" + parameters.used.cardinality() + " of "
                    + positions.cardinality() + " read as values)");
        }
        return new Read(bound, null);
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** The placeholder names as parameters numbered from 0. */
    private static final class Parameters extends SqlShuttle {
        private final BitSet used = new BitSet();

        @Override
        public SqlNode visit(SqlIdentifier id) {
            Matcher m = id.isSimple() ? BOUND.matcher(id.getSimple()) : null;
            if (m == null || !m.matches()) return id;
            int position = Integer.parseInt(m.group(1));
            used.set(position);
            return new SqlDynamicParam(position - 1, id.getParserPosition());
        }
    }
}

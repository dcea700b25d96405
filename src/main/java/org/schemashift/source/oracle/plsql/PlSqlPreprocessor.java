package org.schemashift.source.oracle.plsql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.OracleCode;

/**
 * PL/SQL conditional compilation, resolved before the unit is parsed, as Oracle's compiler does:
 * {@code $IF c $THEN ... [$ELSIF c $THEN ...] [$ELSE ...] $END} keeps the text of the first branch
 * whose condition is TRUE, {@code $ERROR ... $END} in a kept branch is reported. Removed text becomes
 * spaces (line breaks stay), so every kept token keeps its line and column.
 *
 * <p>Conditions are read as Oracle 19c with no PLSQL_CCFLAGS: {@code DBMS_DB_VERSION.VERSION} is 19,
 * {@code RELEASE} 0, {@code VER_LE_v[_r]} TRUE from version 19 on; {@code $$PLSQL_OPTIMIZE_LEVEL} is 2;
 * any other {@code $$flag} and any other package constant is NULL, which no branch takes (Oracle reads
 * an unset flag as NULL). Each choice is listed in one item per unit. One pass over the text.
 */
final class PlSqlPreprocessor {
    private static final int TARGET_VERSION = 19;
    private static final int TARGET_RELEASE = 0;

    /** The code to parse, and the items about the choices made. */
    record Result(String code, List<ActionItem> notes) {
    }

    /** One $IF being read: whether its enclosing text is kept, whether a branch was taken, whether this branch is kept. */
    private record Frame(boolean enclosingKept, boolean taken, boolean kept) {
    }

    private final String code;
    private final char[] out;
    private final LineIndex lines;
    private final List<String> choices = new ArrayList<>();
    private final List<ActionItem> notes = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private SourceSpan first;

    private PlSqlPreprocessor(String code, SourcePositions positions) {
        this.code = code;
        this.out = code.toCharArray();
        this.lines = new LineIndex(code, positions);
    }

    static Result process(String code, SourcePositions positions) {
        if (code.indexOf('$') < 0) return new Result(code, List.of());
        PlSqlPreprocessor p = new PlSqlPreprocessor(code, positions);
        p.run();
        if (!p.choices.isEmpty()) {
            p.notes.add(0, OracleCode.CONDITIONAL_COMPILATION.at(p.first, String.join("; ", p.choices)));
        }
        return new Result(new String(p.out), List.copyOf(p.notes));
    }

    private boolean kept() {
        return frames.isEmpty() || frames.peek().kept();
    }

    private void run() {
        int i = 0;
        while (i < code.length()) {
            int skipped = PlSqlText.skipQuotedOrComment(code, i);
            if (skipped > i) {
                if (!kept()) blank(i, skipped);
                i = skipped;
                continue;
            }
            String directive = directiveAt(i);
            if (directive == null) {
                if (!kept()) blank(i, i + 1);
                i++;
                continue;
            }
            i = directive(directive, i);
        }
    }

    /** The directive word ($IF, $ELSIF, $ELSE, $END, $ERROR) starting at {@code i}, upper case, or null. */
    private String directiveAt(int i) {
        if (code.charAt(i) != '$' || (i > 0 && PlSqlText.isWordPart(code.charAt(i - 1)))) return null;
        if (i + 1 < code.length() && code.charAt(i + 1) == '$') return null;
        int end = PlSqlText.wordEnd(code, i + 1);
        String word = code.substring(i, end).toUpperCase(Locale.ROOT);
        return switch (word) {
            case "$IF", "$ELSIF", "$ELSE", "$END", "$ERROR" -> word;
            default -> null;
        };
    }

    /** Handles the directive at {@code start}; returns where reading goes on. */
    private int directive(String directive, int start) {
        int afterWord = start + directive.length();
        switch (directive) {
            case "$IF": {
                int then = find("$THEN", afterWord);
                boolean enclosing = kept();
                boolean value = enclosing && choose(start, afterWord, then);
                frames.push(new Frame(enclosing, value, value));
                return blank(start, then + 5);
            }
            case "$ELSIF": {
                int then = find("$THEN", afterWord);
                Frame f = frames.pop();
                boolean value = f.enclosingKept() && !f.taken() && choose(start, afterWord, then);
                frames.push(new Frame(f.enclosingKept(), f.taken() || value, value));
                return blank(start, then + 5);
            }
            case "$ELSE": {
                Frame f = frames.pop();
                frames.push(new Frame(f.enclosingKept(), true, f.enclosingKept() && !f.taken()));
                return blank(start, afterWord);
            }
            case "$END": {
                if (!frames.isEmpty()) frames.pop();
                return blank(start, afterWord);
            }
            default: {
                int end = find("$END", afterWord);
                if (kept()) {
                    notes.add(OracleCode.CONDITIONAL_ERROR.at(lines.span(start), "$ERROR "
                            + code.substring(afterWord, end).strip().replaceAll("\\s+", " ")));
                }
                return blank(start, end + 4);
            }
        }
    }

    /** Evaluates the condition between {@code from} and {@code to} and records the choice. */
    private boolean choose(int directiveStart, int from, int to) {
        String condition = code.substring(from, to).strip();
        Boolean value = new CompileTimeCondition(condition, TARGET_VERSION, TARGET_RELEASE).evaluate();
        boolean chosen = Boolean.TRUE.equals(value);
        SourceSpan at = lines.span(directiveStart);
        if (first == null) first = at;
        choices.add(code.substring(directiveStart, from).strip().toUpperCase(Locale.ROOT) + " "
                + condition.replaceAll("\\s+", " ") + " at line " + at.line() + ": " + (chosen ? "TRUE" : value == null ? "NULL" : "FALSE"));
        return chosen;
    }

    /** The position of directive {@code word} at or after {@code from}, skipping quotes and comments; the end when missing. */
    private int find(String word, int from) {
        int i = from;
        while (i < code.length()) {
            int skipped = PlSqlText.skipQuotedOrComment(code, i);
            if (skipped > i) {
                i = skipped;
            } else if (code.regionMatches(true, i, word, 0, word.length()) && !PlSqlText.isWordPart(charAt(i + word.length()))) {
                return i;
            } else {
                i++;
            }
        }
        return code.length() - word.length();
    }

    private char charAt(int i) {
        return i < code.length() ? code.charAt(i) : ' ';
    }

    /** Replaces {@code [from, to)} by spaces, keeping line breaks; returns {@code to}. */
    private int blank(int from, int to) {
        int end = Math.min(to, code.length());
        for (int i = from; i < end; i++) {
            if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
        }
        return end;
    }
}

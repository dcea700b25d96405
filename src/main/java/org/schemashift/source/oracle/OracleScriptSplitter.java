package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemashift.source.RawStatement;

/**
 * Cuts a script into {@link ScriptPart}s the way SQL*Plus reads it:
 * <ul>
 *   <li>Between statements, a line starting with a SQL*Plus command word (SET, PROMPT, REM, DEFINE,
 *       WHENEVER, SPOOL, EXIT, CONNECT, {@code @}, {@code @@}, ...) is one SQLPLUS part; a trailing
 *       {@code -} continues it on the next line. SET TRANSACTION / ROLE / CONSTRAINTS are SQL.</li>
 *   <li>A SQL statement ends at {@code ;} or at a line holding only {@code /}.</li>
 *   <li>A PL/SQL unit (DECLARE, BEGIN, CREATE [OR REPLACE] [EDITIONABLE] PROCEDURE / FUNCTION /
 *       PACKAGE / TRIGGER / TYPE / LIBRARY / JAVA) contains semicolons and ends only at a line
 *       holding only {@code /} (or {@code .}), as in SQL*Plus, so its full extent is known.</li>
 *   <li>A {@code /} line with no statement pending re-runs the previous one: it is skipped.</li>
 *   <li>Quotes: {@code '...'} (doubled quotes), {@code q'[...]'} with any delimiter, {@code "..."};
 *       comments {@code --} and {@code /* *}{@code /} are skipped between statements.</li>
 * </ul>
 * Substitution variables are left as written: the dialect resolves them per statement, since
 * DEFINE lines and SET DEFINE OFF change them as the script runs. One pass, linear in the size.
 */
final class OracleScriptSplitter {

    private static final Set<String> SQLPLUS_COMMANDS = Set.of("SET", "PROMPT", "PRO", "REM", "REMARK", "SPOOL",
            "WHENEVER", "DEFINE", "DEF", "UNDEFINE", "UNDEF", "EXIT", "QUIT", "CONNECT", "CONN", "DISCONNECT", "DISC",
            "SHOW", "SHO", "COLUMN", "COL", "TTITLE", "BTITLE", "BREAK", "COMPUTE", "CLEAR", "CL", "PAUSE", "ACCEPT",
            "ACC", "VARIABLE", "VAR", "PRINT", "EXECUTE", "EXEC", "HOST", "TIMING", "DESCRIBE", "STORE",
            "REPHEADER", "REPFOOTER", "ATTRIBUTE", "PASSWORD", "STARTUP", "SHUTDOWN", "RECOVER", "COPY", "SAVE",
            "GET", "EDIT", "RUN", "START", "XQUERY", "ARCHIVE", "SPO");
    /** SET followed by these is SQL, not a SQL*Plus setting. */
    private static final Set<String> SQL_SET = Set.of("TRANSACTION", "ROLE", "CONSTRAINT", "CONSTRAINTS");
    private static final List<String> PLSQL_UNITS = List.of("PROCEDURE", "FUNCTION", "PACKAGE", "TRIGGER", "TYPE",
            "LIBRARY", "JAVA");

    private final String source;
    private final int length;
    private final List<ScriptPart> parts = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    /** Where the last block comment closes; an opener after it is never closed. */
    private final int lastCommentEnd;

    private OracleScriptSplitter(String source) {
        this.source = source;
        this.lastCommentEnd = source.lastIndexOf("*/");
        this.length = source.length();
    }

    static List<ScriptPart> split(String script) {
        OracleScriptSplitter splitter = new OracleScriptSplitter(script);
        splitter.run();
        return splitter.parts;
    }

    private void run() {
        while (pos < length) {
            char c = source.charAt(pos);
            if (c == '\n') {
                newLine();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipToEndOfLine();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (isAloneOnLine(pos, c) && (c == '/' || c == '.')) {
                skipToEndOfLine();   // re-run or end-of-buffer marker with nothing pending
            } else if (startsSqlPlusCommand()) {
                readSqlPlusCommand();
            } else {
                readStatement();
            }
        }
    }

    // ------------------------------------------------------------------ SQL*Plus commands

    private boolean startsSqlPlusCommand() {
        char c = source.charAt(pos);
        if (c == '@' || c == '!') return true;
        String word = wordAt(pos);
        if (!SQLPLUS_COMMANDS.contains(word)) return false;
        if (word.equals("SET")) {
            return !SQL_SET.contains(wordAt(skipBlanks(pos + 3)));
        }
        if (word.equals("EXECUTE") || word.equals("START")) {
            // EXECUTE IMMEDIATE does not start a script line; START WITH does not either
            String next = wordAt(skipBlanks(pos + word.length()));
            return !next.equals("IMMEDIATE") && !next.equals("WITH");
        }
        return true;
    }

    private void readSqlPlusCommand() {
        int start = pos;
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        while (true) {
            int end = source.indexOf('\n', pos);
            if (end < 0) end = length;
            String text = source.substring(pos, end).stripTrailing();
            pos = end;
            if (text.endsWith("-") && end < length) {
                newLine();   // SQL*Plus continuation character
                continue;
            }
            break;
        }
        add(ScriptPart.Kind.SQLPLUS, start, pos, startLine, startColumn);
    }

    // ------------------------------------------------------------------ statements

    private void readStatement() {
        int start = pos;
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        boolean plsql = startsPlSql(LeadingWords.of(source, pos, 6));
        ScriptPart.Kind kind = plsql ? ScriptPart.Kind.PLSQL : ScriptPart.Kind.SQL;
        while (pos < length) {
            char c = source.charAt(pos);
            if (c == '\n') {
                newLine();
                int next = skipBlanks(pos);
                if (next < length && (source.charAt(next) == '/' || (plsql && source.charAt(next) == '.'))
                        && isAloneOnLine(next, source.charAt(next))) {
                    add(kind, start, pos, startLine, startColumn);
                    pos = next;
                    skipToEndOfLine();
                    return;
                }
            } else if (c == '\'' || c == '"') {
                if (!skipQuoted(c)) {
                    // never closed: by the rules the rest of the file is inside it; end the statement at the line's end instead
                    add(kind, start, pos, startLine, startColumn);
                    return;
                }
            } else if ((c == 'q' || c == 'Q') && peek(1) == '\'' && !identifierCharBefore(pos)) {
                skipAlternativeQuote();
            } else if ((c == 'n' || c == 'N') && (peek(1) == 'q' || peek(1) == 'Q') && peek(2) == '\'' && !identifierCharBefore(pos)) {
                pos++;
                skipAlternativeQuote();
            } else if (c == '-' && peek(1) == '-') {
                skipToEndOfLine();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == ';' && !plsql) {
                add(kind, start, pos, startLine, startColumn);
                pos++;
                return;
            } else {
                pos++;
            }
        }
        add(kind, start, length, startLine, startColumn);
    }

    /**
     * DECLARE / BEGIN blocks and CREATE [OR REPLACE] [[NON]EDITIONABLE | EDITIONING] PROCEDURE, FUNCTION,
     * PACKAGE, TRIGGER, TYPE, LIBRARY, JAVA or AND RESOLVE/COMPILE JAVA: units that end at a lone '/'.
     */
    private static boolean startsPlSql(List<String> words) {
        if (words.isEmpty()) return false;
        if (LeadingWords.is(words.get(0), "DECLARE") || LeadingWords.is(words.get(0), "BEGIN")) return true;
        if (!words.get(0).equalsIgnoreCase("CREATE")) return false;
        int i = 1;
        if (i + 1 < words.size() && words.get(i).equalsIgnoreCase("OR") && words.get(i + 1).equalsIgnoreCase("REPLACE")) i += 2;
        if (i < words.size() && List.of("EDITIONABLE", "NONEDITIONABLE", "EDITIONING").contains(words.get(i).toUpperCase(Locale.ROOT))) i++;
        if (i >= words.size()) return false;
        String unit = words.get(i);
        if (unit.equalsIgnoreCase("AND")) {
            return i + 2 < words.size() && List.of("RESOLVE", "COMPILE").contains(words.get(i + 1).toUpperCase(Locale.ROOT))
                    && LeadingWords.is(words.get(i + 2), "JAVA");
        }
        return PLSQL_UNITS.stream().anyMatch(k -> LeadingWords.is(unit, k));
    }

    private void add(ScriptPart.Kind kind, int start, int end, int startLine, int startColumn) {
        int stop = end;
        while (stop > start && Character.isWhitespace(source.charAt(stop - 1))) stop--;
        if (stop == start) return;
        String text = source.substring(start, stop);
        parts.add(new ScriptPart(kind, new RawStatement(text, text, startLine, startColumn)));
    }

    // ------------------------------------------------------------------ lexical helpers

    private boolean isAloneOnLine(int at, char c) {
        int lineBegin = source.lastIndexOf('\n', at - 1) + 1;
        if (!source.substring(lineBegin, at).isBlank()) return false;
        int end = source.indexOf('\n', at);
        if (end < 0) end = length;
        return source.substring(at + 1, end).isBlank() && source.charAt(at) == c;
    }

    private String wordAt(int at) {
        int end = at;
        while (end < length && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_')) end++;
        return source.substring(at, end).toUpperCase(Locale.ROOT);
    }

    private int skipBlanks(int at) {
        while (at < length && (source.charAt(at) == ' ' || source.charAt(at) == '\t' || source.charAt(at) == '\r')) at++;
        return at;
    }

    private boolean identifierCharBefore(int at) {
        if (at == 0) return false;
        char b = source.charAt(at - 1);
        return Character.isLetterOrDigit(b) || b == '_' || b == '$' || b == '#';
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < length ? source.charAt(i) : '\0';
    }

    private void newLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void skipToEndOfLine() {
        while (pos < length && source.charAt(pos) != '\n') pos++;
    }

    /** A comment never closed is taken to end with its line, so that it cannot hide every statement after it. */
    private void skipBlockComment() {
        if (lastCommentEnd < pos + 2) {
            skipToEndOfLine();
            return;
        }
        pos += 2;
        while (pos < length && !(source.charAt(pos) == '*' && peek(1) == '/')) {
            if (source.charAt(pos) == '\n') newLine();
            else pos++;
        }
        pos = Math.min(length, pos + 2);
    }

    /**
     * '...' and "..." with doubled quotes: a doubled quote simply reopens on the next character.
     * False for a quote never closed, with the position at the end of the quote's line, so one
     * missing quote costs one statement, not every statement after it.
     */
    private boolean skipQuoted(char quote) {
        int lineEnd = source.indexOf('\n', pos);
        pos++;
        while (pos < length) {
            char c = source.charAt(pos);
            if (c == quote) {
                pos++;
                return true;
            }
            if (c == '\n' && pos == lineEnd && source.indexOf(quote, pos) < 0) {
                return false;
            }
            if (c == '\n') newLine();
            else pos++;
        }
        return lineEnd < 0;
    }

    /** q'X...X' where X is [, {, (, < (closed by its pair) or any other character (closed by itself). */
    private void skipAlternativeQuote() {
        pos += 2;
        if (pos >= length) return;
        char open = source.charAt(pos);
        char close = OracleNames.alternativeQuoteClose(open);
        pos++;
        while (pos < length) {
            char c = source.charAt(pos);
            if (c == close && peek(1) == '\'') {
                pos += 2;
                return;
            }
            if (c == '\n') newLine();
            else pos++;
        }
    }
}

package org.schemashift.source.mysql;

import org.schemashift.source.RawStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a MySQL script into statements the way the {@code mysql} client does: on the current
 * delimiter ({@code ;} until a {@code DELIMITER} command changes it), outside quotes and comments.
 *
 * <ul>
 *   <li>{@code DELIMITER x} at the start of a statement changes the delimiter; the command itself
 *       is not a statement.</li>
 *   <li>Quotes: {@code '...'} and {@code "..."} with backslash escapes and doubled quotes,
 *       {@code `...`} with doubled backticks.</li>
 *   <li>Comments: {@code -- } (dashes followed by a blank or end of line), {@code #}, and
 *       {@code /* ... *}{@code /}. Comments before a statement are not part of it.</li>
 *   <li>Version comments {@code /*!NNNNN ... *}{@code /} (and {@code /*! ... *}{@code /}) are code:
 *       MySQL runs their content. Their opener and closer are replaced by blanks in
 *       {@link RawStatement#code()}, which keeps every line and column where it was.
 *       MariaDB's {@code /*M!NNNNN ... *}{@code /} stays a comment (MySQL ignores it, and MariaDB
 *       dumps put client commands such as the sandbox-mode marker in it).</li>
 * </ul>
 *
 * One left-to-right pass over a char array: linear in the file size.
 */
public final class MySqlStatementSplitter {

    private final String source;
    private final char[] code;
    private final int length;
    private final List<RawStatement> statements = new ArrayList<>();

    private int pos;
    private int line = 1;
    private int lineStart;          // offset of the current line's first character
    private char[] delimiter = {';'};
    private boolean inVersionComment;

    /** Where the last block comment closes; an opener after it is never closed. */
    private final int lastCommentEnd;
    private int statementStart = -1;
    private int statementLine;
    private int statementColumn;

    private MySqlStatementSplitter(String source) {
        this.source = source;
        this.lastCommentEnd = source.lastIndexOf("*/");
        this.code = source.toCharArray();
        this.length = code.length;
    }

    public static List<RawStatement> split(String script) {
        MySqlStatementSplitter splitter = new MySqlStatementSplitter(script);
        splitter.run();
        return splitter.statements;
    }

    private void run() {
        while (pos < length) {
            char c = code[pos];
            if (c == '\n') {
                newLine(pos + 1);
                pos++;
            } else if (c == '\'' || c == '"' || c == '`') {
                begin();
                if (!skipQuoted(c)) finish(pos); // never closed: one statement lost, not all after it
            } else if (c == '#' || (c == '-' && startsLineComment())
                    || (c == '-' && peek(1) == '-' && statementStart < 0)) {
                // MySQL wants a blank after "--"; between statements scripts write "--(note)" too,
                // and no statement starts with a minus, so there it is a comment as well.
                skipToEndOfLine();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (inVersionComment && c == '*' && peek(1) == '/') {
                code[pos] = ' ';
                code[pos + 1] = ' ';
                inVersionComment = false;
                pos += 2;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (statementStart < 0 && isDelimiterCommand()) {
                readDelimiterCommand();
            } else if (matchesDelimiter()) {
                finish(pos);
                pos += delimiter.length;
            } else {
                begin();
                pos++;
            }
        }
        if (statementStart >= 0) {
            finish(length);
        }
    }

    private void begin() {
        if (statementStart < 0) {
            statementStart = pos;
            statementLine = line;
            statementColumn = pos - lineStart + 1;
        }
    }

    private void finish(int end) {
        if (statementStart < 0) {
            return;
        }
        int stop = end;
        while (stop > statementStart && Character.isWhitespace(code[stop - 1])) {
            stop--;
        }
        statements.add(new RawStatement(source.substring(statementStart, stop),
                new String(code, statementStart, stop - statementStart), statementLine, statementColumn));
        statementStart = -1;
    }

    private void newLine(int nextLineStart) {
        line++;
        lineStart = nextLineStart;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < length ? code[i] : '\0';
    }

    private boolean startsLineComment() {
        if (peek(1) != '-') {
            return false;
        }
        char after = peek(2);
        return after == '\0' || after == ' ' || after == '\t' || after == '\r' || after == '\n' || after == '\f';
    }

    private void skipToEndOfLine() {
        while (pos < length && code[pos] != '\n') {
            pos++;
        }
    }

    /**
     * False for a quote never closed: by the rules the rest of the file would be inside it, so it
     * is taken to end at the end of its line (the position is left there).
     */
    private boolean skipQuoted(char quote) {
        int lineEnd = source.indexOf('\n', pos);
        if (lineEnd >= 0 && source.indexOf(quote, pos + 1) < 0) {
            pos = lineEnd;
            return false;
        }
        pos++;
        while (pos < length) {
            char c = code[pos];
            if (c == '\\' && quote != '`') {
                if (peek(1) == '\n') {
                    newLine(pos + 2);
                }
                pos += 2;
            } else if (c == quote) {
                pos++;
                return true; // a doubled quote simply reopens on the next character
            } else {
                if (c == '\n') {
                    newLine(pos + 1);
                }
                pos++;
            }
        }
        return true;
    }

    private void blockComment() {
        boolean version = peek(2) == '!';
        if (version) {
            int end = pos + 3;
            while (end < length && end < pos + 9 && Character.isDigit(code[end])) {
                end++;
            }
            for (int i = pos; i < end; i++) {
                code[i] = ' ';
            }
            inVersionComment = true;
            pos = end;
            return;
        }
        if (lastCommentEnd < pos + 2) {
            skipToEndOfLine(); // never closed: taken to end with its line, so it cannot hide every statement after it
            return;
        }
        pos += 2;
        while (pos < length && !(code[pos] == '*' && peek(1) == '/')) {
            if (code[pos] == '\n') {
                newLine(pos + 1);
            }
            pos++;
        }
        pos = Math.min(length, pos + 2);
    }

    private boolean matchesDelimiter() {
        if (pos + delimiter.length > length) {
            return false;
        }
        for (int i = 0; i < delimiter.length; i++) {
            if (code[pos + i] != delimiter[i]) {
                return false;
            }
        }
        return true;
    }

    private static final char[] DELIMITER_WORD = "delimiter".toCharArray();

    private boolean isDelimiterCommand() {
        if (pos + DELIMITER_WORD.length >= length) {
            return false;
        }
        for (int i = 0; i < DELIMITER_WORD.length; i++) {
            if (Character.toLowerCase(code[pos + i]) != DELIMITER_WORD[i]) {
                return false;
            }
        }
        char after = code[pos + DELIMITER_WORD.length];
        return after == ' ' || after == '\t';
    }

    /** {@code DELIMITER x}: the new delimiter is the first blank-separated word on the line. */
    private void readDelimiterCommand() {
        pos += DELIMITER_WORD.length;
        while (pos < length && (code[pos] == ' ' || code[pos] == '\t')) {
            pos++;
        }
        int start = pos;
        while (pos < length && !Character.isWhitespace(code[pos])) {
            pos++;
        }
        if (pos > start) {
            delimiter = source.substring(start, pos).toCharArray();
        }
        skipToEndOfLine();
    }
}

package org.schemashift.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * The statement-cutting loop every target shares: walk the text, skip comments between
 * statements, step over quoted spans whole, and end a statement at the delimiter. A target says
 * what its comments and quoted spans look like (and, for the mysql client, how a DELIMITER
 * command changes the delimiter); the helpers below hold the lexical rules targets have in common.
 * Unterminated quotes and comments run to the end of the text: the server then reports the error.
 */
abstract class LexicalStatementSplitter implements StatementSplitter {
    /** The SQL statement terminator, which the server understands and which stays in the statement text. */
    static final String SEMICOLON = ";";

    /** A client command that sets the delimiter (mysql's {@code DELIMITER //}), ending before {@code end}. */
    record DelimiterCommand(String delimiter, int end) {}

    @Override
    public final List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        String delimiter = SEMICOLON;
        int start = -1; // first character of the current statement, -1 between statements
        int i = 0;
        while (i < sql.length()) {
            int afterComment = commentEnd(sql, i);
            if (afterComment > i) {
                i = afterComment;
                continue;
            }
            if (start < 0) {
                DelimiterCommand command = delimiterCommand(sql, i);
                if (command != null) {
                    delimiter = command.delimiter();
                    i = command.end();
                    continue;
                }
                if (!Character.isWhitespace(sql.charAt(i))) start = i;
            }
            int afterQuoted = quotedEnd(sql, i);
            if (afterQuoted > i) {
                i = afterQuoted;
            } else if (sql.startsWith(delimiter, i)) {
                statements.add(statement(sql, start, i, delimiter));
                start = -1;
                i += delimiter.length();
            } else {
                i++;
            }
        }
        if (start >= 0) {
            String last = sql.substring(start).strip();
            if (!last.isEmpty()) statements.add(last);
        }
        return statements;
    }

    /** ';' is SQL and stays; another delimiter is the client's and the server would not understand it. */
    private static String statement(String sql, int start, int delimiterAt, String delimiter) {
        if (delimiter.equals(SEMICOLON)) return sql.substring(start, delimiterAt + 1);
        return sql.substring(start, delimiterAt).strip();
    }

    /** The index after a comment that starts at {@code i}, or {@code i} when none starts there. */
    protected abstract int commentEnd(String sql, int i);

    /**
     * The index after a span that starts at {@code i} and inside which a delimiter does not end the
     * statement (a string, a quoted identifier, a routine body), or {@code i} when none starts there.
     */
    protected abstract int quotedEnd(String sql, int i);

    /** A client command that changes the delimiter at the start of a statement, or null (the default: none). */
    protected DelimiterCommand delimiterCommand(String sql, int i) {
        return null;
    }

    static int endOfLine(String sql, int i) {
        int newline = sql.indexOf('\n', i);
        return newline < 0 ? sql.length() : newline + 1;
    }

    /** The index after the block comment at {@code i}; with {@code nested}, inner comments need their own end. */
    static int endOfBlockComment(String sql, int i, boolean nested) {
        if (!nested) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /** The index after the closing quote of the span opened at {@code open}; a doubled quote is part of the text. */
    static int endOfQuoted(String sql, int open, boolean backslashEscapes) {
        char quote = sql.charAt(open);
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

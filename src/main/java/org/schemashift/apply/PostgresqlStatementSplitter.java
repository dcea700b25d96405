package org.schemashift.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's lexical rules for statement ends: '...' strings ('' doubles a quote; E'...' also
 * takes backslash escapes), "..." identifiers, -- and nested /* *&#47; comments, and $tag$ dollar
 * quotes around routine bodies (https://www.postgresql.org/docs/15/sql-syntax-lexical.html).
 * Unterminated quotes run to the end of the text: the server then reports the error.
 */
public final class PostgresqlStatementSplitter implements StatementSplitter {

    @Override
    public List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        int start = -1; // first character of the current statement, -1 between statements
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                i = endOfLineComment(sql, i);
                continue;
            }
            if (c == '/' && sql.startsWith("/*", i)) {
                i = endOfBlockComment(sql, i);
                continue;
            }
            if (start < 0 && !Character.isWhitespace(c)) start = i;
            if (c == '\'') {
                i = endOfString(sql, i, isEscapeString(sql, i));
            } else if (c == '"') {
                i = endOfString(sql, i, false);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                i = close < 0 ? n : close + tag.length();
            } else if (c == ';') {
                statements.add(sql.substring(start, i + 1));
                start = -1;
                i++;
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

    private static int endOfLineComment(String sql, int i) {
        int newline = sql.indexOf('\n', i);
        return newline < 0 ? sql.length() : newline + 1;
    }

    /** PostgreSQL block comments nest, unlike the SQL standard's. */
    private static int endOfBlockComment(String sql, int i) {
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

    /** The index after the closing quote; a doubled quote is part of the text. */
    private static int endOfString(String sql, int open, boolean backslashEscapes) {
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
        return i;
    }

    private static boolean isEscapeString(String sql, int quote) {
        if (quote == 0) return false;
        char prefix = sql.charAt(quote - 1);
        return (prefix == 'E' || prefix == 'e') && (quote < 2 || !isIdentifierPart(sql.charAt(quote - 2)));
    }

    /**
     * The opening $tag$ at i, or null: $1 is a parameter and a$b an identifier, not quotes.
     */
    private static String dollarTag(String sql, int i) {
        if (i > 0 && isIdentifierPart(sql.charAt(i - 1))) return null;
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) return null;
        while (j < sql.length() && sql.charAt(j) != '$') {
            char c = sql.charAt(j);
            if (!(Character.isLetterOrDigit(c) || c == '_')) return null;
            j++;
        }
        return j < sql.length() ? sql.substring(i, j + 1) : null;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

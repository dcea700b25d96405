package org.schemashift.apply;

/**
 * PostgreSQL's lexical rules for statement ends: '...' strings ('' doubles a quote; E'...' also
 * takes backslash escapes), "..." identifiers, -- and nested /* *&#47; comments, and $tag$ dollar
 * quotes around routine bodies (https://www.postgresql.org/docs/15/sql-syntax-lexical.html).
 */
public final class PostgresqlStatementSplitter extends LexicalStatementSplitter {

    @Override
    protected int commentEnd(String sql, int i) {
        if (sql.startsWith("--", i)) return endOfLine(sql, i);
        if (sql.startsWith("/*", i)) return endOfBlockComment(sql, i, true);
        return i;
    }

    @Override
    protected int quotedEnd(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'') return endOfQuoted(sql, i, isEscapeString(sql, i));
        if (c == '"') return endOfQuoted(sql, i, false);
        String tag = c == '$' ? dollarTag(sql, i) : null;
        if (tag == null) return i;
        int close = sql.indexOf(tag, i + tag.length());
        return close < 0 ? sql.length() : close + tag.length();
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
}

package org.schemashift.apply;

/**
 * MySQL's lexical rules for statement ends, as the mysql client applies them
 * (https://dev.mysql.com/doc/refman/8.0/en/string-literals.html, .../comments.html):
 * '...' and "..." strings with backslash escapes and doubled quotes, `...` identifiers, comments
 * from # or from "-- " (a space or control character after the dashes) to the end of the line,
 * and /* *&#47; comments, which do not nest. Version comments (/*! ... *&#47;, MariaDB's /*M! ... *&#47;)
 * are SQL the server runs, so they stay in the statement and a ';' inside them ends nothing.
 * A {@code DELIMITER xx} line at the start of a statement makes xx the statement end until the
 * next DELIMITER line, so trigger and routine bodies can hold ';'; the xx itself is not sent.
 * Strings are read as with the default sql_mode; under NO_BACKSLASH_ESCAPES a string ending in a
 * backslash would be misread.
 */
public final class MySqlStatementSplitter extends LexicalStatementSplitter {
    private static final String DELIMITER = "delimiter";

    @Override
    protected int commentEnd(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '#') return endOfLine(sql, i);
        if (c == '-' && sql.startsWith("--", i) && (i + 2 == sql.length() || sql.charAt(i + 2) <= ' ')) return endOfLine(sql, i);
        if (c == '/' && sql.startsWith("/*", i) && !isVersionComment(sql, i)) return endOfBlockComment(sql, i, false);
        return i;
    }

    @Override
    protected int quotedEnd(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') return endOfQuoted(sql, i, true);
        if (c == '`') return endOfQuoted(sql, i, false);
        if (c == '/' && isVersionComment(sql, i)) return endOfBlockComment(sql, i, false);
        return i;
    }

    /** {@code DELIMITER xx}: the word, blanks, then the new delimiter up to the next blank; the rest of the line is ignored. */
    @Override
    protected DelimiterCommand delimiterCommand(String sql, int i) {
        int afterWord = i + DELIMITER.length();
        if (afterWord >= sql.length() || !sql.regionMatches(true, i, DELIMITER, 0, DELIMITER.length())) return null;
        if (sql.charAt(afterWord) != ' ' && sql.charAt(afterWord) != '\t') return null;
        int lineEnd = endOfLine(sql, i);
        String[] words = sql.substring(afterWord, lineEnd).strip().split("\\s+");
        if (words[0].isEmpty()) return null;
        return new DelimiterCommand(words[0], lineEnd);
    }

    private static boolean isVersionComment(String sql, int i) {
        return sql.startsWith("/*!", i) || sql.regionMatches(true, i, "/*M!", 0, 4);
    }
}

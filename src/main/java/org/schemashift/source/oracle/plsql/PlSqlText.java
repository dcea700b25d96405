package org.schemashift.source.oracle.plsql;

import org.schemashift.source.oracle.OracleNames;

/** Lexical facts of PL/SQL text for the passes that read it before the parser: quotes, comments, words. */
final class PlSqlText {
    private PlSqlText() {
    }

    /**
     * The end of the string literal ({@code '...'}, {@code q'[...]'}, {@code N'...'}), quoted
     * identifier or comment starting at {@code i}; {@code i} itself when none starts there.
     */
    static int skipQuotedOrComment(String code, int i) {
        char c = code.charAt(i);
        if (c == '-' && next(code, i) == '-') {
            int end = code.indexOf('\n', i);
            return end < 0 ? code.length() : end;
        }
        if (c == '/' && next(code, i) == '*') {
            int end = code.indexOf("*/", i + 2);
            return end < 0 ? code.length() : end + 2;
        }
        if (c == '"') return closing(code, i + 1, "\"");
        if ((c == 'q' || c == 'Q') && next(code, i) == '\'' && (i == 0 || !isWordPart(code.charAt(i - 1)) || isNationalPrefix(code, i - 1))
                && i + 2 < code.length()) {
            return closing(code, i + 3, OracleNames.alternativeQuoteClose(code.charAt(i + 2)) + "'");
        }
        if (c == '\'') {
            for (int j = i + 1; j < code.length(); j++) {
                if (code.charAt(j) == '\'') {
                    if (next(code, j) != '\'') return j + 1;
                    j++;
                }
            }
            return code.length();
        }
        return i;
    }

    private static boolean isNationalPrefix(String code, int i) {
        return (code.charAt(i) == 'n' || code.charAt(i) == 'N') && (i == 0 || !isWordPart(code.charAt(i - 1)));
    }

    private static int closing(String code, int from, String close) {
        int end = code.indexOf(close, from);
        return end < 0 ? code.length() : end + close.length();
    }

    private static char next(String code, int i) {
        return i + 1 < code.length() ? code.charAt(i + 1) : '\0';
    }

    /** Whether {@code c} continues an identifier (letters, digits, _, $, #). */
    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
    }

    /** The end of the word starting at {@code i}. */
    static int wordEnd(String code, int i) {
        int j = i;
        while (j < code.length() && isWordPart(code.charAt(j))) j++;
        return j;
    }
}

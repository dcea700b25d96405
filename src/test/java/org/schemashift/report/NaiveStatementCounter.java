package org.schemashift.report;

/**
 * Counts the statements of a MySQL script without the converter's splitter, so the report
 * tests can check "one entry per statement" against an independent count. Deliberately naive:
 * it knows quotes ('..', "..", `..`, with backslash escapes), comments (-- , #, /* *&#47;; a
 * version comment /*! .. *&#47; is code, as MySQL runs it) and DELIMITER lines, nothing else.
 * A statement is a non-blank stretch of code ended by the delimiter or the end of the file.
 */
final class NaiveStatementCounter {
    private NaiveStatementCounter() {
    }

    static int count(String script) {
        String delimiter = ";";
        int statements = 0;
        boolean inStatement = false;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (!inStatement && startsWithIgnoreCase(script, i, "DELIMITER ") && atLineStart(script, i)) {
                int end = lineEnd(script, i);
                delimiter = script.substring(i + "DELIMITER ".length(), end).strip();
                i = end;
            } else if (c == '#' || (c == '-' && script.startsWith("--", i)
                    && (!inStatement || i + 2 >= n || Character.isWhitespace(script.charAt(i + 2))))) {
                i = lineEnd(script, i);
            } else if (script.startsWith("/*", i) && !script.startsWith("/*!", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (script.startsWith(delimiter, i)) {
                if (inStatement) statements++;
                inStatement = false;
                i += delimiter.length();
            } else if (c == '\'' || c == '"' || c == '`') {
                inStatement = true;
                i = afterQuoted(script, i);
            } else {
                if (!Character.isWhitespace(c)) inStatement = true;
                i++;
            }
        }
        return inStatement ? statements + 1 : statements;
    }

    private static int afterQuoted(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static boolean atLineStart(String s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j--;
        return j < 0 || s.charAt(j) == '\n';
    }

    private static int lineEnd(String s, int i) {
        int end = s.indexOf('\n', i);
        return end < 0 ? s.length() : end;
    }

    private static boolean startsWithIgnoreCase(String s, int i, String prefix) {
        return s.regionMatches(true, i, prefix, 0, prefix.length());
    }
}

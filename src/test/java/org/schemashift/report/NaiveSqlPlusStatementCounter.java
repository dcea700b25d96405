package org.schemashift.report;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts the statements of an Oracle SQL*Plus script without the converter's splitter, so the
 * report tests can check "one entry per statement" against an independent count. Deliberately
 * naive and line-oriented: a SQL*Plus command is one line; a PL/SQL unit (CREATE PROCEDURE,
 * FUNCTION, PACKAGE, TRIGGER, TYPE, or an anonymous DECLARE/BEGIN block) runs to a line holding
 * only '/'; any other statement runs to a ';' outside quotes and comments, or to a '/' line.
 */
final class NaiveSqlPlusStatementCounter {
    private static final Set<String> SQLPLUS_COMMANDS = Set.of("SET", "PROMPT", "REM", "REMARK", "SPOOL", "WHENEVER",
            "DEFINE", "UNDEFINE", "EXIT", "QUIT", "CONNECT", "CONN", "ACCEPT", "PAUSE", "SHOW", "COLUMN", "CLEAR",
            "VARIABLE", "TTITLE", "BTITLE", "BREAK", "COMPUTE", "EXECUTE", "EXEC");
    private static final Pattern PLSQL_UNIT = Pattern.compile(
            "(?is)^(CREATE\\s+(OR\\s+REPLACE\\s+)?((NON)?EDITIONABLE\\s+)?(PROCEDURE|FUNCTION|PACKAGE|TRIGGER|TYPE)\\b"
                    + "|DECLARE\\b|BEGIN\\b).*");

    private NaiveSqlPlusStatementCounter() {
    }

    static int count(String script) {
        int statements = 0;
        StringBuilder current = null;
        boolean plsql = false;
        boolean inBlockComment = false;
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (current == null) {
                if (inBlockComment) {
                    inBlockComment = !trimmed.contains("*/");
                    continue;
                }
                if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.equals("/")) continue;
                if (trimmed.startsWith("/*")) {
                    inBlockComment = !trimmed.contains("*/");
                    continue;
                }
                String word = trimmed.split("[\\s;]", 2)[0].toUpperCase(Locale.ROOT);
                if (word.startsWith("@") || SQLPLUS_COMMANDS.contains(word)) {
                    statements++;
                    continue;
                }
                current = new StringBuilder();
                plsql = PLSQL_UNIT.matcher(trimmed).matches();
            }
            if (trimmed.equals("/")) {
                statements++;
                current = null;
                continue;
            }
            current.append(line).append('\n');
            if (!plsql && endsWithSemicolon(current)) {
                statements++;
                current = null;
            }
        }
        return current != null && !current.toString().isBlank() ? statements + 1 : statements;
    }

    /** True when the text so far ends, ignoring trailing blanks and comments, in a ';' outside quotes. */
    private static boolean endsWithSemicolon(CharSequence text) {
        boolean semicolonLast = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) end++;
                i = end + 1;
                semicolonLast = false;
            } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.toString().indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                if (!Character.isWhitespace(c)) semicolonLast = c == ';';
                i++;
            }
        }
        return semicolonLast;
    }
}

package org.schemashift.robustness;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the statements of a T-SQL script without the converter's splitters, for the nothing-lost
 * check. Deliberately naive and line-oriented: batches end at GO lines; a batch that creates a
 * procedure, function, trigger or view is one statement (T-SQL wants them alone in their batch);
 * otherwise a statement starts at a line whose first word is a statement verb, outside
 * parentheses and BEGIN/CASE ... END, unless an IF, ELSE or WHILE before it still waits for the
 * statement it guards; a ';' ends a statement (only then does any line, such as a SELECT, start one). Quotes ('', [], "") and comments are blanked first.
 */
final class NaiveTsqlStatementCounter {
    private static final Pattern GO = Pattern.compile("(?im)^[ \\t]*GO([ \\t]+\\d+)?[ \\t]*;?[ \\t]*$");
    private static final Pattern CODE_OBJECT = Pattern.compile(
            "(?is)\\s*(CREATE(\\s+OR\\s+ALTER)?|ALTER)\\s+(PROC|PROCEDURE|FUNCTION|TRIGGER|VIEW)\\b.*");
    private static final Set<String> VERBS = Set.of("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "MERGE", "SET",
            "USE", "EXEC", "EXECUTE", "IF", "WHILE", "DECLARE", "PRINT", "RAISERROR", "GRANT", "DENY", "REVOKE", "TRUNCATE",
            "COMMIT", "ROLLBACK", "RETURN", "DBCC", "CHECKPOINT", "THROW", "BEGIN");
    /** Words that carry a statement on: the statement before has not ended. */
    private static final Set<String> GUARDS = Set.of("IF", "ELSE", "WHILE");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");

    private NaiveTsqlStatementCounter() {
    }

    static int count(String script) {
        int statements = 0;
        for (String batch : GO.split(blankQuotesAndComments(script), -1)) {
            if (batch.isBlank()) continue;
            statements += CODE_OBJECT.matcher(batch).matches() ? 1 : countInBatch(batch);
        }
        return statements;
    }

    private static int countInBatch(String batch) {
        int statements = 0;
        int depth = 0;
        boolean open = false;
        boolean guardWaiting = false;
        String verb = "";
        // a ';' ends a statement: what follows it on the line is read as the start of a line
        for (String line : batch.replace(";", ";\n").split("\n")) {
            String lead = line.strip();
            if (!lead.isEmpty() && depth == 0) {
                Matcher first = WORD.matcher(lead);
                String word = first.lookingAt() ? first.group().toUpperCase(Locale.ROOT) : "";
                if (!open || startsStatement(word, lead, verb) && !guardWaiting) {
                    statements++;
                    open = true;
                    verb = word;
                } else if (guardWaiting && VERBS.contains(word)) {
                    guardWaiting = false;
                }
                if (GUARDS.contains(word)) guardWaiting = true;
            }
            Matcher words = WORD.matcher(line);
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '(') depth++;
                else if (c == ')') depth = Math.max(0, depth - 1);
                else if (c == ';' && depth == 0) open = false;
                if (words.find(i) && words.start() == i) {
                    String w = words.group().toUpperCase(Locale.ROOT);
                    if (w.equals("BEGIN") && !isTransaction(line, words.end()) || w.equals("CASE")) depth++;
                    else if (w.equals("END")) depth = Math.max(0, depth - 1);
                    i = words.end();
                } else {
                    i++;
                }
            }
        }
        return statements;
    }

    /** A verb starts a statement, except SET after UPDATE, ALTER TABLE's ALTER COLUMN and DROP CONSTRAINT / COLUMN, and
     * the CATCH part of TRY. */
    private static boolean startsStatement(String word, String line, String previousVerb) {
        if (!VERBS.contains(word)) return false;
        if (word.equals("SET") && previousVerb.equals("UPDATE")) return false;
        if (line.toUpperCase(Locale.ROOT).matches("(BEGIN\\s+CATCH|ALTER\\s+COLUMN)\\b.*")) return false;
        return !(word.equals("DROP") && line.toUpperCase(Locale.ROOT).matches("DROP\\s+(CONSTRAINT|COLUMN)\\b.*"));
    }

    /** BEGIN TRAN / TRANSACTION / DISTRIBUTED opens no block. */
    private static boolean isTransaction(String line, int after) {
        String rest = line.substring(after).stripLeading().toUpperCase(Locale.ROOT);
        return rest.startsWith("TRAN") || rest.startsWith("DISTRIBUTED");
    }

    /** The offset of the quote closing one opened before {@code from} (a doubled quote is inside), or the end. */
    private static int closingQuote(String s, int from, char close) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == close) {
                if (i + 1 < s.length() && s.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return s.length() - 1;
    }

    /** The script with quoted text and comments turned into blanks (line ends kept). */
    static String blankQuotesAndComments(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (c == '-' && s.startsWith("--", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (c == '/' && s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (c == '\'' || c == '[' || c == '"') {
                end = closingQuote(s, i + 1, c == '[' ? ']' : c) + 1;
                // a quoted name stays a word, so a line starting with one is not taken for a verb
                out.setCharAt(i, 'q');
                i++;
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (s.charAt(j) != '\n') out.setCharAt(j, ' ');
            }
            i = end;
        }
        return out.toString();
    }
}

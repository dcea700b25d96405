package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemashift.source.RawStatement;

/**
 * Cuts a T-SQL script into batches on {@code GO} lines (sqlcmd's separator: alone on its line,
 * optionally with a repeat count and a comment), outside strings, quoted names and comments.
 * {@link SqlServerBatchSplitter} then finds the statements inside each batch.
 */
final class SqlServerScriptSplitter {

    /** One statement and how many times its batch runs ({@code GO 5}: 5; a plain GO: 1). */
    record Statement(RawStatement raw, int batchRepeat) {
    }

    private static final Pattern GO_LINE = Pattern.compile("(?i)[ \\t]*GO(?:[ \\t]+(\\d+))?[ \\t]*(?:--.*)?");

    private SqlServerScriptSplitter() {
    }

    static List<Statement> split(String script) {
        List<Statement> statements = new ArrayList<>();
        LineIndex lines = new LineIndex(script);
        int batchStart = 0;
        int lineStart = 0;
        Scanner scanner = new Scanner(script);
        while (lineStart <= script.length()) {
            int lineEnd = script.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = script.length();
            String line = script.substring(lineStart, lineEnd).replace("\r", "");
            Matcher go = GO_LINE.matcher(line);
            if (scanner.atCode(lineStart) && go.matches()) {
                int repeat = go.group(1) == null ? 1 : Integer.parseInt(go.group(1));
                addBatch(script, batchStart, lineStart, repeat, lines, statements);
                batchStart = Math.min(lineEnd + 1, script.length());
            }
            lineStart = lineEnd + 1;
        }
        addBatch(script, batchStart, script.length(), 1, lines, statements);
        return statements;
    }

    private static void addBatch(String script, int start, int end, int repeat, LineIndex lines, List<Statement> out) {
        if (start >= end) return;
        for (SqlServerBatchSplitter.Range range : SqlServerBatchSplitter.statements(script.substring(start, end))) {
            int from = start + range.start();
            String text = script.substring(from, start + range.end());
            out.add(new Statement(new RawStatement(text, text, lines.line(from), lines.column(from)), repeat));
        }
    }

    /** Line and column of an offset, from the offsets where lines start. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') starts.add(i + 1);
            }
        }

        int line(int offset) {
            int low = 0;
            int high = starts.size() - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts.get(mid) <= offset) low = mid;
                else high = mid - 1;
            }
            return low + 1;
        }

        int column(int offset) {
            return offset - starts.get(line(offset) - 1) + 1;
        }
    }

    /**
     * Walks the script once, forward only, and says whether an offset is in code (not inside a
     * string, a quoted name or a comment). Block comments nest in T-SQL.
     */
    private static final class Scanner {
        private final String text;
        private int position;
        private char quote;
        private int commentDepth;
        private boolean lineComment;
        /** Where each closer occurs last: an opener after it is never closed (found once, so the check stays linear). */
        private final int lastCommentEnd;
        private final int lastApostrophe;
        private final int lastDoubleQuote;
        private final int lastBracket;

        Scanner(String text) {
            this.text = text;
            this.lastCommentEnd = text.lastIndexOf("*/");
            this.lastApostrophe = text.lastIndexOf('\'');
            this.lastDoubleQuote = text.lastIndexOf('"');
            this.lastBracket = text.lastIndexOf(']');
        }

        private int lastClose(char close) {
            return close == '\'' ? lastApostrophe : close == '"' ? lastDoubleQuote : lastBracket;
        }

        boolean atCode(int offset) {
            while (position < offset) step();
            return quote == 0 && commentDepth == 0 && !lineComment;
        }

        private void step() {
            char c = text.charAt(position);
            char next = position + 1 < text.length() ? text.charAt(position + 1) : 0;
            if (lineComment) {
                if (c == '\n') lineComment = false;
            } else if (commentDepth > 0) {
                if (c == '*' && next == '/') { commentDepth--; position++; }
                else if (c == '/' && next == '*') { commentDepth++; position++; }
            } else if (quote != 0) {
                if (c == quote) {
                    if (next == quote) position++;
                    else quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '[') {
                // a quote never closed would hide every GO after it: one missing quote must cost one batch, not the file
                char close = c == '[' ? ']' : c;
                if (lastClose(close) > position) quote = close;
            } else if (c == '-' && next == '-') {
                lineComment = true;
                position++;
            } else if (c == '/' && next == '*' && lastCommentEnd > position + 1) {
                commentDepth = 1;
                position++;
            }
            position++;
        }

    }
}

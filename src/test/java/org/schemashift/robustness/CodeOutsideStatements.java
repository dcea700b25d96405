package org.schemashift.robustness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The code a conversion left outside every statement: the text between statements with blanks,
 * comments, delimiters and the scripts' own framing lines removed. Deliberately naive and
 * independent of the converter: it only knows comments (--, # in MySQL, block comments) and the
 * lines a client, not the server, reads (GO, DELIMITER, a lone /).
 */
final class CodeOutsideStatements {
    private static final Pattern FRAMING_LINE = Pattern.compile("(?im)^[ \\t]*(GO([ \\t]+\\d+)?|DELIMITER[ \\t]+\\S+|/)[ \\t]*$");

    private CodeOutsideStatements() {
    }

    /** 0-based offset of a 1-based line and column. */
    static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', at);
            if (next < 0) return text.length();
            at = next + 1;
        }
        return Math.min(text.length(), at + column - 1);
    }

    /** Each stretch of code outside {@code ranges} (start inclusive, end exclusive), with its line. */
    static List<String> find(String dialect, String text, List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<String> lost = new ArrayList<>();
        int at = 0;
        for (int[] range : sorted) {
            if (range[0] > at) gap(dialect, text, at, range[0], lost);
            at = Math.max(at, range[1]);
        }
        gap(dialect, text, at, text.length(), lost);
        return lost;
    }

    private static void gap(String dialect, String text, int from, int to, List<String> lost) {
        String gap = withoutComments(dialect, text.substring(from, to));
        gap = FRAMING_LINE.matcher(gap).replaceAll("");
        gap = gap.replace("*/", "").replaceAll("[\\s;/$]+", ""); // a MySQL version comment's closing */ stays outside
        if (!gap.isEmpty()) {
            int line = (int) text.substring(0, from).chars().filter(c -> c == '\n').count() + 1;
            lost.add("line " + line + ": " + (gap.length() > 80 ? gap.substring(0, 80) + "..." : gap));
        }
    }

    private static String withoutComments(String dialect, String gap) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < gap.length()) {
            if (gap.startsWith("--", i) || (dialect.equals("mysql") && gap.charAt(i) == '#')) {
                int end = gap.indexOf('\n', i);
                i = end < 0 ? gap.length() : end;
            } else if (gap.startsWith("/*", i)) {
                int end = gap.indexOf("*/", i + 2);
                i = end < 0 ? gap.length() : end + 2;
            } else {
                out.append(gap.charAt(i++));
            }
        }
        return out.toString();
    }
}

package org.schemashift.report;

/**
 * The SQL text shown in the report: trailing white space removed, and long texts (a data dump
 * read as one statement) cut after {@link #MAX_LINES} lines so report.json and report.html stay
 * readable; the cut is marked with the number of lines left out.
 */
final class Snippets {
    static final int MAX_LINES = 400;

    private Snippets() {
    }

    static String of(String text) {
        if (text == null) return null;
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        int end = -1;
        for (int line = 0; line < MAX_LINES; line++) {
            end = normalized.indexOf('\n', end + 1);
            if (end < 0) return normalized;
        }
        long rest = normalized.substring(end + 1).lines().count();
        return normalized.substring(0, end) + "\n-- ... " + rest + " more lines not shown";
    }
}

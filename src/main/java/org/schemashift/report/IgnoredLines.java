package org.schemashift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kind of a statement as its first words say it (REM, PROMPT, SET, USE, DROP TABLE, ALTER
 * TABLE, CREATE OR REPLACE PACKAGE BODY ...): how the report names session lines it counts per
 * kind, and what each statement of an object was. Leading comments are skipped.
 */
final class IgnoredLines {
    /** Words after which the next word still belongs to the kind. */
    private static final Set<String> LEADING = Set.of("CREATE", "DROP", "ALTER", "OR", "REPLACE", "EDITIONABLE",
            "NONEDITIONABLE", "GLOBAL", "TEMPORARY", "UNIQUE", "BITMAP", "PUBLIC", "MATERIALIZED", "FORCE", "NO");
    private static final int MAX_WORDS = 5;

    private IgnoredLines() {
    }

    static String kindOf(String text) {
        String rest = skipComments(text == null ? "" : text);
        List<String> words = new ArrayList<>();
        int i = 0;
        while (words.size() < MAX_WORDS) {
            while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) i++;
            int start = i;
            while (i < rest.length() && (Character.isLetter(rest.charAt(i)) || rest.charAt(i) == '_')) i++;
            if (i == start) break;
            words.add(rest.substring(start, i).toUpperCase(Locale.ROOT));
        }
        int end = 0;
        while (end < words.size() && LEADING.contains(words.get(end))) end++;
        end = Math.min(end + 1, words.size());
        if (end < words.size() && words.get(end).equals("BODY")) end++;
        return words.isEmpty() ? "other" : String.join(" ", words.subList(0, end));
    }

    private static String skipComments(String text) {
        String rest = text.strip();
        while (true) {
            if (rest.startsWith("--")) {
                int end = rest.indexOf('\n');
                rest = end < 0 ? "" : rest.substring(end + 1).strip();
            } else if (rest.startsWith("/*")) {
                int end = rest.indexOf("*/");
                rest = end < 0 ? "" : rest.substring(end + 2).strip();
            } else {
                return rest;
            }
        }
    }
}

package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * The first words of a statement, comments skipped, split at white space, '(' and ';': what the
 * splitter and the classifier decide by before any parse. A scan of the head only, so it costs the
 * same for a 3-line and a 30,000-line unit (a regex over the text cost a quarter of a large run).
 */
final class LeadingWords {
    private LeadingWords() {
    }

    /** Up to {@code max} words of {@code code} from {@code from}, as written. */
    static List<String> of(String code, int from, int max) {
        List<String> words = new ArrayList<>(max);
        int n = code.length();
        int i = from;
        while (i < n && words.size() < max) {
            if (startsComment(code, i, '-')) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (startsComment(code, i, '*')) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (isSeparator(code.charAt(i))) {
                i++;
            } else {
                int start = i;
                while (i < n && !isSeparator(code.charAt(i)) && !startsComment(code, i, '-') && !startsComment(code, i, '*')) i++;
                words.add(code.substring(start, i));
            }
        }
        return words;
    }

    /** Whether {@code word} is keyword {@code keyword}, or starts with it followed by a non-name character ({@code PROCEDURE"P"}). */
    static boolean is(String word, String keyword) {
        int k = keyword.length();
        if (!word.regionMatches(true, 0, keyword, 0, k)) return false;
        if (word.length() == k) return true;
        char next = word.charAt(k);
        return !Character.isLetterOrDigit(next) && next != '_' && next != '$' && next != '#';
    }

    private static boolean startsComment(String code, int i, char second) {
        char first = second == '-' ? '-' : '/';
        return code.charAt(i) == first && i + 1 < code.length() && code.charAt(i + 1) == second;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ';';
    }
}

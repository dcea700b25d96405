package org.schemashift.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a source construct went in the converted SQL: of the lines emitted from its statement,
 * one beginning with the construct's first word when at most two lines hold that word (a column
 * declared, then named by a key) before any other, then the one sharing most of the construct's
 * words (names, literals, numbers), a word counting less the more of those lines hold it (a
 * keyword on every line tells nothing, a column's name on one line tells where it is); between
 * lines alike in both, the one at the same relative position in the statement. A construct whose words are nowhere among
 * those lines (a rewritten built-in) marks them all, as its statement's converted SQL.
 *
 * <p>One instance per statement: the words of its converted lines are read once, however many
 * constructs of the statement are looked up (a table's columns each have a decision).
 */
final class ConvertedConstruct {

    private final List<Integer> candidates = new ArrayList<>();
    private final List<String> firstWords = new ArrayList<>();
    /** Per word, the candidates (their indexes, ascending) whose line holds it. */
    private final Map<String, List<Integer>> linesWith = new HashMap<>();

    /** The lines {@code ranges} emitted from one statement, among {@code converted} (numbered from 1). */
    ConvertedConstruct(String[] converted, List<Report.LineRange> ranges) {
        for (Report.LineRange range : ranges) {
            for (int line = range.from(); line <= Math.min(range.to(), converted.length); line++) candidates.add(line);
        }
        if (candidates.size() <= 1) return;
        for (int i = 0; i < candidates.size(); i++) {
            List<String> inOrder = words(converted[candidates.get(i) - 1]);
            firstWords.add(inOrder.isEmpty() ? null : inOrder.get(0));
            for (String w : new HashSet<>(inOrder)) linesWith.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
    }

    /**
     * The converted lines of {@code construct}, the text of a construct starting on line
     * {@code offset} (from 0) of the statement, of {@code sourceLines} lines.
     */
    List<Integer> lines(String construct, int offset, int sourceLines) {
        if (candidates.size() <= 1) return candidates;
        List<String> inOrder = words(construct);
        Set<String> wanted = new HashSet<>(inOrder);
        String leading = inOrder.isEmpty() ? null : inOrder.get(0);
        boolean leadingIsRare = leading != null && linesWith.getOrDefault(leading, List.of()).size() <= 2;
        double position = sourceLines <= 1 ? 0 : (double) offset / (sourceLines - 1) * (candidates.size() - 1);
        // each wanted word adds to the lines holding it, not each line looks up every word
        double[] shared = new double[candidates.size()];
        for (String w : wanted) {
            List<Integer> holding = linesWith.get(w);
            if (holding != null) for (int i : holding) shared[i] += 1.0 / holding.size();
        }
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double score = shared[i];
            // a line beginning with a word few lines hold (a column's own line) outranks any number of shared words
            if (leadingIsRare && leading.equals(firstWords.get(i))) score += wanted.size() + 1;
            boolean better = score > bestScore + 1e-9
                    || best >= 0 && Math.abs(score - bestScore) <= 1e-9 && Math.abs(i - position) < Math.abs(best - position);
            if (better) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? candidates : List.of(candidates.get(best));
    }

    /**
     * The words of a text in order, lower case: names ({@code [\p{L}_][\p{L}\p{N}_$#]*}), quoted
     * literals ({@code '(?:[^']|'')*'}) and numbers ({@code \d+(?:\.\d+)?}), each taken at the
     * first place it matches as those expressions would. Scanned by hand: under the client compiler
     * the launcher runs, the regular expression was a tenth of writing a large report.html.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            int end = Character.isLetter(c) || c == '_' ? nameEnd(text, at + Character.charCount(c))
                    : c == '\'' ? quotedEnd(text, at)
                    : isDigit(c) ? numberEnd(text, at)
                    : -1;
            if (end < 0) {
                at += Character.charCount(c);
            } else {
                words.add(text.substring(at, end).toLowerCase(Locale.ROOT));
                at = end;
            }
        }
        return words;
    }

    private static int nameEnd(String text, int from) {
        int at = from;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            int type = Character.getType(c);
            boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            if (!Character.isLetter(c) && !number && c != '_' && c != '$' && c != '#') break;
            at += Character.charCount(c);
        }
        return at;
    }

    /**
     * After the closing quote ({@code ''} inside is a quote), or -1 when none closes it; unclosed, the
     * literal ends at the first quote of its last {@code ''}, where the expression's backtracking ends it.
     */
    private static int quotedEnd(String text, int open) {
        int lastPair = -1;
        int at = open + 1;
        while (at < text.length()) {
            if (text.charAt(at) != '\'') {
                at++;
            } else if (at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                lastPair = at;
                at += 2;
            } else {
                return at + 1;
            }
        }
        return lastPair < 0 ? -1 : lastPair + 1;
    }

    private static int numberEnd(String text, int from) {
        int at = digitsEnd(text, from);
        return at + 1 < text.length() && text.charAt(at) == '.' && isDigit(text.charAt(at + 1)) ? digitsEnd(text, at + 1) : at;
    }

    private static int digitsEnd(String text, int from) {
        int at = from;
        while (at < text.length() && isDigit(text.charAt(at))) at++;
        return at;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}

package org.schemashift.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a source construct went in the converted SQL: of the lines emitted from its statement,
 * one beginning with the construct's first word when at most two lines hold that word (a column
 * declared, then named by a key) before any other, then the one sharing most of the construct's
 * words (names, literals, numbers), a word counting less the more of those lines hold it (a
 * keyword on every line tells nothing, a column's name on one line tells where it is); between
 * lines alike in both, the one at the same relative position in the statement. A construct whose words are nowhere among
 * those lines (a rewritten built-in) marks them all, as its statement's converted SQL.
 */
final class ConvertedConstruct {
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$#]*|'(?:[^']|'')*'|\\d+(?:\\.\\d+)?");

    private ConvertedConstruct() {
    }

    /**
     * The converted lines (numbered from 1 in {@code converted}) of {@code construct}, the text of
     * a construct starting on line {@code offset} (from 0) of a statement of {@code sourceLines}
     * lines, among the lines {@code ranges} emitted from that statement.
     */
    static List<Integer> lines(String construct, int offset, int sourceLines, String[] converted, List<Report.LineRange> ranges) {
        List<Integer> candidates = new ArrayList<>();
        for (Report.LineRange range : ranges) {
            for (int line = range.from(); line <= Math.min(range.to(), converted.length); line++) candidates.add(line);
        }
        if (candidates.size() <= 1) return candidates;
        List<Set<String>> words = new ArrayList<>(candidates.size());
        Map<String, Integer> linesWith = new HashMap<>();
        for (int line : candidates) {
            Set<String> these = words(converted[line - 1]);
            words.add(these);
            these.forEach(w -> linesWith.merge(w, 1, Integer::sum));
        }
        Set<String> wanted = words(construct);
        String leading = firstWord(construct);
        double position = sourceLines <= 1 ? 0 : (double) offset / (sourceLines - 1) * (candidates.size() - 1);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double score = 0;
            for (String w : wanted) if (words.get(i).contains(w)) score += 1.0 / linesWith.get(w);
            // a line beginning with a word few lines hold (a column's own line) outranks any number of shared words
            if (leading != null && linesWith.getOrDefault(leading, 0) <= 2 && leading.equals(firstWord(converted[candidates.get(i) - 1]))) {
                score += wanted.size() + 1;
            }
            boolean better = score > bestScore + 1e-9
                    || best >= 0 && Math.abs(score - bestScore) <= 1e-9 && Math.abs(i - position) < Math.abs(best - position);
            if (better) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? candidates : List.of(candidates.get(best));
    }

    private static String firstWord(String text) {
        Matcher m = WORD.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    private static Set<String> words(String line) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        return words;
    }
}

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
 *
 * <p>One instance per statement: the words of its converted lines are read once, however many
 * constructs of the statement are looked up (a table's columns each have a decision).
 */
final class ConvertedConstruct {
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$#]*|'(?:[^']|'')*'|\\d+(?:\\.\\d+)?");

    private final List<Integer> candidates = new ArrayList<>();
    private final List<Set<String>> words = new ArrayList<>();
    private final List<String> firstWords = new ArrayList<>();
    private final Map<String, Integer> linesWith = new HashMap<>();

    /** The lines {@code ranges} emitted from one statement, among {@code converted} (numbered from 1). */
    ConvertedConstruct(String[] converted, List<Report.LineRange> ranges) {
        for (Report.LineRange range : ranges) {
            for (int line = range.from(); line <= Math.min(range.to(), converted.length); line++) candidates.add(line);
        }
        if (candidates.size() <= 1) return;
        for (int line : candidates) {
            Set<String> these = words(converted[line - 1]);
            words.add(these);
            firstWords.add(firstWord(converted[line - 1]));
            these.forEach(w -> linesWith.merge(w, 1, Integer::sum));
        }
    }

    /**
     * The converted lines of {@code construct}, the text of a construct starting on line
     * {@code offset} (from 0) of the statement, of {@code sourceLines} lines.
     */
    List<Integer> lines(String construct, int offset, int sourceLines) {
        if (candidates.size() <= 1) return candidates;
        Set<String> wanted = words(construct);
        String leading = firstWord(construct);
        boolean leadingIsRare = leading != null && linesWith.getOrDefault(leading, 0) <= 2;
        double position = sourceLines <= 1 ? 0 : (double) offset / (sourceLines - 1) * (candidates.size() - 1);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double score = 0;
            for (String w : wanted) if (words.get(i).contains(w)) score += 1.0 / linesWith.get(w);
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

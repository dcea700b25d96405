package org.schemashift.report;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lines of an object's section that report.html highlights: for each action item and
 * decision, its construct's line in the source (an item names its file and line; a decision its
 * line in one of the object's statements) and the converted line that construct became
 * ({@link ConvertedConstruct}, among the lines emitted from that statement).
 */
final class LineMarks {
    /** The action-item codes and decision rules about one line. */
    record Mark(TreeSet<String> codes, TreeSet<String> rules) {
        Mark() {
            this(new TreeSet<>(), new TreeSet<>());
        }

        /** hl for a line with an action item, dec for one with decisions only. */
        String cssClass() {
            return codes.isEmpty() ? "dec" : "hl";
        }

        String title() {
            return String.join(" ", codes) + (codes.isEmpty() || rules.isEmpty() ? "" : " ") + String.join(" ", rules);
        }
    }

    private final Map<String, Mark> source = new HashMap<>();
    private final Map<Integer, Mark> converted = new HashMap<>();
    private final Map<String, TreeMap<Integer, Report.Statement>> byFile = new LinkedHashMap<>();
    private final Map<Report.Statement, String[]> sourceLines = new IdentityHashMap<>();
    private final Map<Report.Statement, ConvertedConstruct> convertedOf = new IdentityHashMap<>();
    private final String[] convertedLines;

    private LineMarks(Report.Entry entry) {
        for (Report.Statement s : entry.statements()) byFile.computeIfAbsent(s.file(), f -> new TreeMap<>()).put(s.line(), s);
        convertedLines = entry.convertedSnippet() == null ? new String[0] : entry.convertedSnippet().split("\n", -1);
    }

    static LineMarks of(Report.Entry entry) {
        LineMarks marks = new LineMarks(entry);
        for (Report.Item item : entry.actionItems()) {
            Report.Statement holder = marks.holder(item.file(), item.line());
            if (holder != null) marks.mark(holder, item.line(), item.column(), false, item.code());
        }
        for (Report.Decision decision : entry.decisions()) {
            for (String file : marks.byFile.keySet()) {
                Report.Statement holder = marks.holder(file, decision.line());
                if (holder != null) {
                    marks.mark(holder, decision.line(), 0, true, decision.rule());
                    break;
                }
            }
        }
        return marks;
    }

    /** The mark of a source line; null when none. */
    Mark source(String file, int line) {
        return source.get(file + ":" + line);
    }

    /** The mark of a line of the converted snippet (from 1); null when none. */
    Mark converted(int line) {
        return converted.get(line);
    }

    /** The statement of the file whose text holds the line; null when none does. */
    private Report.Statement holder(String file, int line) {
        TreeMap<Integer, Report.Statement> starts = byFile.get(file);
        Map.Entry<Integer, Report.Statement> e = starts == null ? null : starts.floorEntry(line);
        if (e == null || line - e.getKey() >= lines(e.getValue()).length) return null;
        return e.getValue();
    }

    private String[] lines(Report.Statement statement) {
        return sourceLines.computeIfAbsent(statement, s -> s.snippet() == null ? new String[0] : s.snippet().split("\n", -1));
    }

    /** Marks the line and its construct's converted line; {@code column} (from 1) is where the construct starts, 0 when unknown. */
    private void mark(Report.Statement holder, int line, int column, boolean decision, String what) {
        add(source.computeIfAbsent(holder.file() + ":" + line, k -> new Mark()), decision, what);
        String[] text = lines(holder);
        String sourceLine = text[line - holder.line()];
        String construct = column > 0 && column <= sourceLine.length() ? sourceLine.substring(column - 1) : sourceLine;
        List<Integer> at = convertedOf.computeIfAbsent(holder, s -> new ConvertedConstruct(convertedLines, s.converted()))
                .lines(construct, line - holder.line(), text.length);
        for (int l : at) add(converted.computeIfAbsent(l, k -> new Mark()), decision, what);
    }

    private static void add(Mark mark, boolean decision, String what) {
        (decision ? mark.rules() : mark.codes()).add(what);
    }
}

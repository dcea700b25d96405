package org.schemashift.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.schemashift.report.Report;
import org.schemashift.report.ReportFormat;
import org.schemashift.report.ReportJson;

/**
 * Writes apply's per-object results into the report of OUT/ and renders its files again
 * (report.json, report.html, the CSVs): each target object goes to the report object whose
 * statement its marker's file:line lies in when that object names it among its targets (overloads
 * share a name), else to the one naming it, else to that statement's, replacing the results of
 * any earlier apply.
 * Objects without a source (schemas, a hand-written preamble) appear on the terminal only.
 */
public final class ApplyResultsInReport {

    private ApplyResultsInReport() {
    }

    /** Updates the report files in {@code outDir}; returns the report written, or null when there is no report.json. */
    public static Report record(Path outDir, ApplyResult result) throws IOException {
        Path reportJson = outDir.resolve(ReportFormat.JSON.fileName());
        if (!Files.exists(reportJson)) return null;
        Report report = ReportJson.read(reportJson);
        StatementIndex index = new StatementIndex(report.objects());
        List<List<Report.Applied>> applied = new ArrayList<>();
        report.objects().forEach(e -> applied.add(new ArrayList<>()));
        Map<String, Integer> results = new TreeMap<>();
        for (ObjectResult r : result.objects()) {
            results.merge(r.outcome().id(), 1, Integer::sum);
            int entry = index.entryOf(r.object().kind(), r.object().name(), r.object().source());
            if (entry >= 0) {
                ScriptObject o = r.object();
                applied.get(entry).add(new Report.Applied(o.kind() + " " + o.name(), r.outcome().id(), r.message()));
            }
        }
        List<Report.Entry> entries = new ArrayList<>();
        int notInScript = 0;
        for (int i = 0; i < report.objects().size(); i++) {
            Report.Entry e = report.objects().get(i);
            if (applied.get(i).isEmpty()) notInScript++;
            entries.add(e.withApplied(applied.get(i).isEmpty() ? null : applied.get(i)));
        }
        Report updated = report.withValidation(entries, new Report.Validation(results, notInScript));
        ReportFormat.writeFiles(outDir, updated);
        return updated;
    }

    /**
     * The object of a target object: the one whose statement holds its source when that one names
     * it (overloads share a name), else by target name, else by the statement holding its source.
     */
    static final class StatementIndex {
        private final Map<String, TreeMap<Integer, Integer>> byFile = new HashMap<>();
        private final Map<String, Integer> byTarget = new HashMap<>();
        /** "kind name" of the objects' own kind first: MySQL names an implicit index after its foreign key. */
        private final Map<String, Integer> byKindAndTarget = new HashMap<>();
        private final List<Set<String>> targets = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();

        StatementIndex(List<Report.Entry> entries) {
            for (int i = 0; i < entries.size(); i++) {
                targets.add(Set.copyOf(entries.get(i).target()));
                kinds.add(entries.get(i).kind());
                for (String target : entries.get(i).target()) {
                    byTarget.putIfAbsent(target, i);
                    byKindAndTarget.putIfAbsent(entries.get(i).kind() + " " + target, i);
                }
                for (Report.Statement s : entries.get(i).statements()) {
                    byFile.computeIfAbsent(s.file(), f -> new TreeMap<>()).putIfAbsent(s.line(), i);
                }
            }
        }

        /**
         * The object of the statement holding the source if it is of the kind and names the target,
         * else the object of that kind naming it (the implicit index MySQL names after its foreign key,
         * written from the table's statement, is the index's), else the holding object if it names
         * it, else any object naming it, else that of the statement, or -1.
         */
        int entryOf(String kind, String target, String source) {
            int holding = holding(source);
            boolean holds = holding >= 0 && targets.get(holding).contains(target);
            if (holds && kinds.get(holding).equals(kind)) return holding;
            Integer named = byKindAndTarget.get(kind + " " + target);
            if (named != null) return named;
            if (holds) return holding;
            named = byTarget.get(target);
            return named != null ? named : holding;
        }

        /** The object of the last statement of the file starting at or before the line of {@code file:line}; -1 when none. */
        private int holding(String source) {
            if (source == null) return -1;
            int colon = source.lastIndexOf(':');
            if (colon < 0) return -1;
            TreeMap<Integer, Integer> starts = byFile.get(source.substring(0, colon));
            if (starts == null) return -1;
            try {
                Map.Entry<Integer, Integer> e = starts.floorEntry(Integer.parseInt(source.substring(colon + 1)));
                return e == null ? -1 : e.getValue();
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}

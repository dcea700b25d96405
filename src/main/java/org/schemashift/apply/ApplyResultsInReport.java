package org.schemashift.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemashift.report.Report;
import org.schemashift.report.ReportJson;

/**
 * Writes apply's per-object results into OUT/report.json: each object goes to the entry of the
 * source statement it came from (its marker's file:line lies in that statement), replacing the
 * results of any earlier apply. Objects without a source (schemas, a hand-written preamble)
 * appear on the terminal only.
 */
public final class ApplyResultsInReport {

    private ApplyResultsInReport() {
    }

    /** Updates {@code reportJson} in place; does nothing when it does not exist. */
    public static void record(Path reportJson, ApplyResult result) throws IOException {
        if (!Files.exists(reportJson)) return;
        Report report = ReportJson.read(reportJson);
        List<List<Report.Applied>> applied = new ArrayList<>();
        report.objects().forEach(e -> applied.add(new ArrayList<>()));
        for (ObjectResult r : result.objects()) {
            int entry = entryOf(report.objects(), r.object().source());
            if (entry >= 0) {
                ScriptObject o = r.object();
                applied.get(entry).add(new Report.Applied(o.kind() + " " + o.name(), r.outcome().id(), r.message()));
            }
        }
        List<Report.Entry> entries = new ArrayList<>();
        for (int i = 0; i < report.objects().size(); i++) {
            Report.Entry e = report.objects().get(i);
            entries.add(e.withApplied(applied.get(i).isEmpty() ? null : applied.get(i)));
        }
        ReportJson.write(new Report(report.version(), report.source(), report.target(), report.summary(), entries), reportJson);
    }

    /** The last entry of the same file starting at or before the line, or -1. */
    static int entryOf(List<Report.Entry> entries, String source) {
        if (source == null) return -1;
        int colon = source.lastIndexOf(':');
        if (colon < 0) return -1;
        String file = source.substring(0, colon);
        int line;
        try {
            line = Integer.parseInt(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < entries.size(); i++) {
            Report.Location at = entries.get(i).source();
            if (at != null && at.file().equals(file) && at.line() <= line
                    && (best < 0 || at.line() >= entries.get(best).source().line())) {
                best = i;
            }
        }
        return best;
    }
}

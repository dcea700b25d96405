package org.schemashift.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Severity;

/**
 * The summary of a report, computed from its entries and the built-in calls in them
 * ({@link BuiltinInventory}). Ignored statements (session
 * settings, data) are not objects to convert, so they count in {@code statements} and
 * {@code statuses} but not in the automation shares.
 */
final class ReportSummary {
    private static final Set<String> AUTOMATIC = Set.of(ObjectStatus.CONVERTED.id(), ObjectStatus.CONVERTED_WITH_WARNINGS.id());

    private ReportSummary() {
    }

    static Report.Summary of(List<Report.Entry> entries, Map<String, Report.BuiltinUse> builtins) {
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (ObjectStatus s : ObjectStatus.values()) statuses.put(s.id(), 0);
        Map<String, Integer> severities = new LinkedHashMap<>();
        for (Severity s : Severity.values()) severities.put(s.id(), 0);
        Map<String, Integer> buckets = EffortEstimate.emptyBuckets();
        Map<String, Integer> codeCounts = new TreeMap<>();
        int objects = 0;
        int automaticObjects = 0;
        int codeLines = 0;
        int automaticCodeLines = 0;
        double hours = 0;
        for (Report.Entry e : entries) {
            byKind.computeIfAbsent(e.kind(), k -> new TreeMap<>()).merge(e.status(), 1, Integer::sum);
            statuses.merge(e.status(), 1, Integer::sum);
            e.actionItems().forEach(item -> {
                severities.merge(item.severity(), 1, Integer::sum);
                codeCounts.merge(item.code(), 1, Integer::sum);
            });
            buckets.merge(e.effort().bucket(), 1, Integer::sum);
            hours += e.effort().hours();
            if (e.status().equals(ObjectStatus.IGNORED.id())) continue;
            boolean automatic = AUTOMATIC.contains(e.status());
            objects++;
            if (automatic) automaticObjects++;
            if (e.linesOfCode() != null) {
                codeLines += e.linesOfCode();
                if (automatic) automaticCodeLines += e.linesOfCode();
            }
        }
        Map<String, Report.KindCount> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, counts) -> kinds.put(kind,
                new Report.KindCount(counts.values().stream().mapToInt(Integer::intValue).sum(), counts)));
        Map<String, Report.CodeCount> codes = new LinkedHashMap<>();
        codeCounts.forEach((code, count) -> {
            ActionCode c = ActionCatalogue.byCode(code);
            codes.put(code, new Report.CodeCount(c.severity().id(), c.title(), count, count * c.effortHours()));
        });
        Report.Automation automation = new Report.Automation(share(automaticObjects, objects),
                share(automaticCodeLines, codeLines));
        return new Report.Summary(entries.size(), kinds, statuses, severities, automation, codes,
                new Report.Effort(hours, buckets, EffortEstimate.METHOD), builtins);
    }

    static Report.Share share(int automatic, int total) {
        return new Report.Share(automatic, total, total == 0 ? null : Math.round(1000.0 * automatic / total) / 10.0);
    }
}

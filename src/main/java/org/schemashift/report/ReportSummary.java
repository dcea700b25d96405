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
 * The summary of a report, computed from its objects and the built-in calls in them
 * ({@link BuiltinInventory}). Session lines and DROP/USE statements are not objects: they count
 * in {@code statements} and {@code ignoredStatements} only.
 */
final class ReportSummary {
    static final Set<String> AUTOMATIC = Set.of(ObjectStatus.CONVERTED.id(), ObjectStatus.CONVERTED_WITH_WARNINGS.id());
    private static final Set<String> MANUAL = Set.of(ObjectStatus.MANUAL.id(), ObjectStatus.UNSUPPORTED.id());

    private ReportSummary() {
    }

    static Report.Summary of(int statements, int ignoredStatements, List<Report.Entry> entries,
                             Map<String, Report.BuiltinUse> builtins) {
        Map<String, KindTally> byKind = new TreeMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (ObjectStatus s : ObjectStatus.values()) statuses.put(s.id(), 0);
        Map<String, Integer> severities = new LinkedHashMap<>();
        for (Severity s : Severity.values()) severities.put(s.id(), 0);
        Map<String, Integer> buckets = EffortEstimate.emptyBuckets();
        Map<String, Integer> codeCounts = new TreeMap<>();
        int automaticObjects = 0;
        int codeLines = 0;
        int automaticCodeLines = 0;
        double hours = 0;
        double rewrite = 0;
        boolean manualWork = false;
        for (Report.Entry e : entries) {
            byKind.computeIfAbsent(e.kind(), k -> new KindTally()).add(e);
            statuses.merge(e.status(), 1, Integer::sum);
            e.actionItems().forEach(item -> {
                severities.merge(item.severity(), 1, Integer::sum);
                codeCounts.merge(item.code(), 1, Integer::sum);
            });
            buckets.merge(e.effort().bucket(), 1, Integer::sum);
            hours += e.effort().hours();
            rewrite += e.effort().codeRewriteHours();
            manualWork |= MANUAL.contains(e.status());
            boolean automatic = AUTOMATIC.contains(e.status());
            if (automatic) automaticObjects++;
            if (e.linesOfCode() != null) {
                codeLines += e.linesOfCode();
                if (automatic) automaticCodeLines += e.linesOfCode();
            }
        }
        Map<String, Report.KindCount> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, tally) -> kinds.put(kind, tally.count()));
        Map<String, Report.CodeCount> codes = new LinkedHashMap<>();
        codeCounts.forEach((code, count) -> {
            ActionCode c = ActionCatalogue.byCode(code);
            codes.put(code, new Report.CodeCount(c.severity().id(), c.title(), count, EffortEstimate.hundredths(count * c.effortHours())));
        });
        Report.Automation automation = new Report.Automation(share(automaticObjects, entries.size()),
                share(automaticCodeLines, codeLines));
        hours = EffortEstimate.hundredths(hours);
        Report.Effort effort = new Report.Effort(hours, EffortEstimate.personDays(hours), EffortEstimate.hundredths(rewrite), buckets,
                EffortEstimate.level(manualWork, hours), EffortEstimate.METHOD);
        return new Report.Summary(statements, ignoredStatements, entries.size(), kinds, statuses, severities, automation,
                codes, effort, builtins);
    }

    static Report.Share share(int automatic, int total) {
        return new Report.Share(automatic, total, total == 0 ? null : Math.round(1000.0 * automatic / total) / 10.0);
    }

    /** The objects of one kind, per status and complexity bucket, with their hours. */
    private static final class KindTally {
        private final Map<String, Integer> statuses = new TreeMap<>();
        private final Map<String, Integer> complexity = EffortEstimate.emptyBuckets();
        private int total;
        private double hours;

        void add(Report.Entry e) {
            total++;
            statuses.merge(e.status(), 1, Integer::sum);
            complexity.merge(e.effort().bucket(), 1, Integer::sum);
            hours += e.effort().hours();
        }

        Report.KindCount count() {
            double sum = EffortEstimate.hundredths(hours);
            return new Report.KindCount(total, statuses, complexity, sum, EffortEstimate.personDays(sum));
        }
    }
}

package org.schemashift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The short summary printed after a conversion: objects per kind and status, and the top action items. */
public final class TextSummary {
    private static final int TOP_ITEMS = 5;

    private TextSummary() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        Report.Summary s = report.summary();
        out.append(String.format("%s -> %s: %d statements read%n", report.source(), report.target(), s.statements()));
        s.kinds().forEach((kind, count) -> out.append(String.format("  %-10s %5d  %s%n", kind, count.total(),
                count.statuses().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")))));
        int counted = s.statements() - s.statuses().get(ObjectStatus.IGNORED.id());
        int automatic = s.statuses().get(ObjectStatus.CONVERTED.id()) + s.statuses().get(ObjectStatus.CONVERTED_WITH_WARNINGS.id());
        if (counted > 0) {
            out.append(String.format("  converted automatically: %d of %d (%.0f%%)%n", automatic, counted, 100.0 * automatic / counted));
        }
        Map<String, Integer> byCode = new LinkedHashMap<>();
        Map<String, String> severityOf = new LinkedHashMap<>();
        for (Report.Entry e : report.objects()) {
            for (Report.Item item : e.actionItems()) {
                byCode.merge(item.code(), 1, Integer::sum);
                severityOf.put(item.code(), item.severity());
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(byCode.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        if (!top.isEmpty()) out.append("  top action items:\n");
        top.stream().limit(TOP_ITEMS).forEach(e -> out.append(String.format("    %-14s %-8s x%d%n", e.getKey(),
                severityOf.get(e.getKey()), e.getValue())));
        return out.toString();
    }
}

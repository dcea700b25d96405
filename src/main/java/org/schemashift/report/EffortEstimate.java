package org.schemashift.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.model.ActionItem;

/**
 * Estimated hours of manual work per object, and the effort buckets AWS SCT users know
 * (simple &lt; 2 h, medium 2–6 h, significant &gt; 6 h). The method is written into report.json
 * so a reader can judge the number instead of trusting it.
 */
final class EffortEstimate {
    /** Review and rewrite pace for code that was not converted: a deliberately plain rule of thumb. */
    static final int CODE_LINES_PER_HOUR = 25;

    static final String METHOD = "Per object: the sum of the catalogue's default effort for each of its action items "
            + "(docs/action-items.md). A procedure, function, package, trigger or view that needs manual work or is not "
            + "supported counts at least 1 hour per " + CODE_LINES_PER_HOUR + " lines of code. Hours are rounded up to the "
            + "quarter hour. Total: the sum over all objects. Buckets per object: none 0 h, simple < 2 h, "
            + "medium 2-6 h, significant > 6 h.";

    static final String NONE = "none";
    static final String SIMPLE = "simple";
    static final String MEDIUM = "medium";
    static final String SIGNIFICANT = "significant";

    private EffortEstimate() {
    }

    static Report.Estimate of(ObjectStatus status, Integer linesOfCode, List<ActionItem> items) {
        double hours = items.stream().mapToDouble(i -> i.code().effortHours()).sum();
        boolean manualCode = linesOfCode != null && (status == ObjectStatus.MANUAL || status == ObjectStatus.UNSUPPORTED);
        if (manualCode) hours = Math.max(hours, (double) linesOfCode / CODE_LINES_PER_HOUR);
        hours = roundUpToQuarter(hours);
        return new Report.Estimate(hours, bucket(hours));
    }

    static String bucket(double hours) {
        if (hours == 0) return NONE;
        if (hours < 2) return SIMPLE;
        return hours <= 6 ? MEDIUM : SIGNIFICANT;
    }

    /** Every bucket, in order, with a zero count: the shape report.json always has. */
    static Map<String, Integer> emptyBuckets() {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        for (String b : List.of(NONE, SIMPLE, MEDIUM, SIGNIFICANT)) buckets.put(b, 0);
        return buckets;
    }

    static double roundUpToQuarter(double hours) {
        if (hours <= 0) return 0;
        return Math.ceil(hours * 4 - 1e-9) / 4;
    }
}

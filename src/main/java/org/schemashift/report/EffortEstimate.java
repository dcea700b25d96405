package org.schemashift.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one effort model every format shows (docs/effort.md): hours of manual work per object,
 * the complexity buckets AWS SCT users know (automatic, simple &lt; 2 h, medium 2–6 h,
 * significant &gt; 6 h), person-days and the ora2pg-style migration level. The method is written
 * into report.json so a reader can judge the number instead of trusting it.
 */
final class EffortEstimate {
    /** Review and rewrite pace for code that was not converted: a deliberately plain rule of thumb. */
    static final int CODE_LINES_PER_HOUR = 25;
    static final int HOURS_PER_PERSON_DAY = 8;
    /** Level B ends here: ora2pg's bound between "code rewrite" and "complex" migrations. */
    static final int LEVEL_B_MAX_PERSON_DAYS = 5;

    static final String METHOD = "Per object: the sum of the catalogue's default effort of each of its action items "
            + "(docs/action-items.md), plus, for a view, procedure, function, package or trigger that needs manual work or is "
            + "not supported, what it takes to reach 1 hour per " + CODE_LINES_PER_HOUR + " lines of code (code rewrite), "
            + "rounded up to the quarter hour. Total: the sum over the objects (= the codes' effort + code rewrite). "
            + "Complexity per object: automatic 0 h, simple < 2 h, medium 2-6 h, significant > 6 h. Person-days: hours / "
            + HOURS_PER_PERSON_DAY + ". Level: A when no object needs manual work (manual or unsupported), B up to "
            + LEVEL_B_MAX_PERSON_DAYS + " person-days, C above. Session lines and DROP/USE statements are not objects and count 0.";

    static final String AUTOMATIC = "automatic";
    static final String SIMPLE = "simple";
    static final String MEDIUM = "medium";
    static final String SIGNIFICANT = "significant";

    private EffortEstimate() {
    }

    static Report.Estimate of(ObjectStatus status, Integer linesOfCode, List<Report.Item> items) {
        double itemHours = items.stream().mapToDouble(Report.Item::effortHours).sum();
        boolean manualCode = linesOfCode != null && (status == ObjectStatus.MANUAL || status == ObjectStatus.UNSUPPORTED);
        double rewrite = manualCode ? roundUpToQuarter(Math.max(0, (double) linesOfCode / CODE_LINES_PER_HOUR - itemHours)) : 0;
        double hours = hundredths(itemHours + rewrite);
        return new Report.Estimate(hours, bucket(hours), rewrite);
    }

    static String bucket(double hours) {
        if (hours == 0) return AUTOMATIC;
        if (hours < 2) return SIMPLE;
        return hours <= 6 ? MEDIUM : SIGNIFICANT;
    }

    static double personDays(double hours) {
        return Math.round(100.0 * hours / HOURS_PER_PERSON_DAY) / 100.0;
    }

    /** A: nothing needs manual work; B: up to {@link #LEVEL_B_MAX_PERSON_DAYS} person-days; C: more. */
    static String level(boolean manualWork, double hours) {
        if (!manualWork) return "A";
        return hours <= LEVEL_B_MAX_PERSON_DAYS * HOURS_PER_PERSON_DAY ? "B" : "C";
    }

    /** Every bucket, in order, with a zero count: the shape report.json always has. */
    static Map<String, Integer> emptyBuckets() {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        for (String b : List.of(AUTOMATIC, SIMPLE, MEDIUM, SIGNIFICANT)) buckets.put(b, 0);
        return buckets;
    }

    /** A sum of hours to the hundredth: adding 0.1 and 0.35 in binary floating point leaves 6.3999999999999995. */
    static double hundredths(double hours) {
        return Math.round(hours * 100) / 100.0;
    }

    static double roundUpToQuarter(double hours) {
        if (hours <= 0) return 0;
        return Math.ceil(hours * 4 - 1e-9) / 4;
    }
}

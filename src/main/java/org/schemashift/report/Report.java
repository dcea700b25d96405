package org.schemashift.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The conversion report (report.json): one entry per source statement, in input order, and a
 * summary. The shape is documented in docs/report-json.md; {@link #VERSION} changes with it.
 */
public record Report(int version, String source, String target, Summary summary, List<Entry> objects) {
    public static final int VERSION = 1;

    /** Counts: statements read, then per kind the total and the count per status. */
    public record Summary(int statements, Map<String, KindCount> kinds, Map<String, Integer> statuses,
                          Map<String, Integer> severities) {}

    public record KindCount(int total, Map<String, Integer> statuses) {}

    /** {@code applied}: what the last {@code apply} or {@code convert --validate} did with the entry's
     * target objects; absent until one ran. */
    public record Entry(String kind, String name, String status, Location source, List<String> target,
                        List<Item> actionItems, @JsonInclude(JsonInclude.Include.NON_NULL) List<Applied> applied) {}

    /** One target object as apply saw it: "table shop.customer", created / unchanged / failed / ..., and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applied(String object, String result, String message) {}

    public record Location(String file, int line, int column) {}

    public record Item(String code, String severity, String message, int line, int column, String recommendation) {}
}

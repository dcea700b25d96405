package org.schemashift.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.schemashift.model.Severity;

/**
 * The conversion report (report.json): one entry per source statement, in input order, and a
 * summary. The shape is documented in docs/report-json.md; {@link #VERSION} changes with it.
 * Every renderer (text, HTML, CSV, JSON) works from this record alone, so {@code schemashift
 * report} can render any format from a report.json written earlier.
 */
public record Report(int version, String source, String target, Summary summary, List<Entry> objects) {
    /**
     * 2: snippets, effort, lines of code, automation shares, items per code. 3: decisions per entry.
     * 4: the built-ins code objects call ({@code summary.builtins}).
     */
    public static final int VERSION = 4;

    /** Counts over all entries; see docs/report-json.md for each field. */
    public record Summary(int statements, Map<String, KindCount> kinds, Map<String, Integer> statuses,
                          Map<String, Integer> severities, Automation automatic, Map<String, CodeCount> codes,
                          Effort effort, Map<String, BuiltinUse> builtins) {}

    public record KindCount(int total, Map<String, Integer> statuses) {}

    /** What share converted without manual work: of objects, and of code lines in code objects. */
    public record Automation(Share objects, Share codeLines) {}

    /** {@code automatic} of {@code total}; {@code percent} is null when total is 0. */
    public record Share(int automatic, int total, Double percent) {}

    /** Occurrences of one action-item code, with its catalogue title and the effort they add up to. */
    public record CodeCount(String severity, String title, int count, double effortHours) {}

    /**
     * Calls of one source built-in (a function such as NVL, or a supplied package's member such as
     * DBMS_LOB.SUBSTR) in code objects: how many, how many a rule converted, and {@code by}: the
     * rule ids that converted them and the action-item codes of those that were not, sorted.
     */
    public record BuiltinUse(int calls, int converted, List<String> by) {}

    /** The total estimated effort, the number of objects per effort bucket, and how it was estimated. */
    public record Effort(double totalHours, Map<String, Integer> buckets, String method) {}

    /**
     * One source statement. {@code convertedSnippet} is null when nothing was emitted for it;
     * {@code linesOfCode} is null for objects that are not code. {@code decisions}: which rule
     * converted what in it. {@code applied}: what the last {@code apply} or {@code convert --validate}
     * did with the entry's target objects; absent until one ran.
     */
    public record Entry(int id, String kind, String name, String status, Location source, List<String> target,
                        String sourceSnippet, String convertedSnippet, Integer linesOfCode, Estimate effort,
                        List<Item> actionItems, List<Decision> decisions,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Applied> applied,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Phase> phases) {

        public Entry {
            decisions = decisions == null ? List.of() : decisions;
            phases = phases == null ? List.of() : phases;
        }

        /** An entry whose target objects have no data-migration phase (none, or a report written before phases). */
        public Entry(int id, String kind, String name, String status, Location source, List<String> target,
                     String sourceSnippet, String convertedSnippet, Integer linesOfCode, Estimate effort,
                     List<Item> actionItems, List<Decision> decisions, List<Applied> applied) {
            this(id, kind, name, status, source, target, sourceSnippet, convertedSnippet, linesOfCode, effort, actionItems,
                    decisions, applied, List.of());
        }

        /** An entry without decisions (a statement no rule converted anything in). */
        public Entry(int id, String kind, String name, String status, Location source, List<String> target,
                     String sourceSnippet, String convertedSnippet, Integer linesOfCode, Estimate effort,
                     List<Item> actionItems, List<Applied> applied) {
            this(id, kind, name, status, source, target, sourceSnippet, convertedSnippet, linesOfCode, effort, actionItems,
                    List.of(), applied);
        }

        /** This entry with apply's results replaced ({@code null}: none). */
        public Entry withApplied(List<Applied> results) {
            return new Entry(id, kind, name, status, source, target, sourceSnippet, convertedSnippet, linesOfCode, effort,
                    actionItems, decisions, results, phases);
        }
    }

    /**
     * Where a target object goes in a data migration (docs/data-migration.md): "table sakila.film",
     * pre-data or post-data, and why.
     */
    public record Phase(String object, String phase, String reason) {}

    /** An automated decision: the id of the rule that made it, what it converted, and the source line. */
    public record Decision(String rule, String message, int line) {}

    /** One target object as apply saw it: "table shop.customer", created / unchanged / failed / ..., and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applied(String object, String result, String message) {}

    public record Location(String file, int line, int column) {}

    public record Estimate(double hours, String bucket) {}

    public record Item(String code, String severity, String message, int line, int column, String recommendation,
                       double effortHours) {}

    /** True when an action item at {@code threshold} or above exists: what --fail-on gates on. */
    public boolean hasItemAtOrAbove(Severity threshold) {
        return objects.stream().flatMap(o -> o.actionItems().stream())
                .anyMatch(i -> Severity.fromId(i.severity()).compareTo(threshold) >= 0);
    }
}

package org.schemashift.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.schemashift.model.Severity;

/**
 * The conversion report (report.json): one entry per object (what exists on the target, or would:
 * a table with its ALTERs folded in), each listing the source statements that made it, the
 * session and client lines that are not objects counted per kind, and a summary. The shape is
 * documented in docs/report-json.md; {@link #VERSION} changes with it. Every renderer (text,
 * HTML, CSV, JSON) works from this record alone, so {@code schemashift report} can render any
 * format from a report.json written earlier.
 */
public record Report(int version, Tool tool, String source, String target, List<Input> inputs, Summary summary,
                     List<Entry> objects, List<IgnoredKind> ignored,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Validation validation) {
    /**
     * 2: snippets, effort, lines of code, automation shares, items per code. 3: decisions per entry.
     * 4: the built-ins code objects call ({@code summary.builtins}). 5: objects instead of
     * statements, ignored lines per kind, one effort model with complexity per kind, tool and inputs,
     * validation.
     */
    public static final int VERSION = 5;

    public Report {
        inputs = inputs == null ? List.of() : inputs;
        ignored = ignored == null ? List.of() : ignored;
    }

    /** This report with apply's results: the objects' {@code applied} and the validation counts. */
    public Report withValidation(List<Entry> entries, Validation results) {
        return new Report(version, tool, source, target, inputs, summary, entries, ignored, results);
    }

    /** The program that wrote the report: its name and version (from the build). */
    public record Tool(String name, String version) {}

    /** One input file: its name as given, its size in bytes (UTF-8) and the SHA-256 of those bytes. */
    public record Input(String file, long bytes, String sha256) {}

    /** Counts over all objects; see docs/report-json.md for each field. */
    public record Summary(int statements, int ignoredStatements, int objectCount, Map<String, KindCount> kinds,
                          Map<String, Integer> statuses, Map<String, Integer> severities, Automation automatic,
                          Map<String, CodeCount> codes, Effort effort, Map<String, BuiltinUse> builtins) {}

    /**
     * Objects of one kind: per status, per complexity bucket (automatic, simple, medium,
     * significant), and their effort in hours and person-days.
     */
    public record KindCount(int total, Map<String, Integer> statuses, Map<String, Integer> complexity, double hours,
                            double personDays) {}

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

    /**
     * The total estimated effort (the sum of the objects' hours, which is the sum of the codes'
     * hours plus {@code codeRewriteHours}), in person-days, the objects per complexity bucket, the
     * migration level (A, B or C) and how it was all estimated.
     */
    public record Effort(double totalHours, double personDays, double codeRewriteHours, Map<String, Integer> buckets,
                         String level, String method) {}

    /**
     * One object. {@code statements}: the source statements that made it, in input order (the
     * first one creates it); {@code notes}: what was folded into it that has no target object of
     * its own (an index that is a key's); {@code convertedSnippet} is null when nothing was
     * emitted for it; {@code linesOfCode} is null for objects that are not code;
     * {@code dependsOn}/{@code dependedOnBy}: object ids, where the model knows the dependency.
     * {@code applied}: what the last {@code apply} or {@code convert --validate} did with the
     * object's target objects; absent until one ran.
     */
    public record Entry(int id, String kind, String name, String status, Location source, List<Statement> statements,
                        List<String> target, List<String> notes, String convertedSnippet, Integer linesOfCode,
                        Estimate effort, List<Item> actionItems, List<Decision> decisions, List<Integer> dependsOn,
                        List<Integer> dependedOnBy, @JsonInclude(JsonInclude.Include.NON_NULL) List<Applied> applied,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Phase> phases) {

        public Entry {
            notes = notes == null ? List.of() : notes;
            decisions = decisions == null ? List.of() : decisions;
            dependsOn = dependsOn == null ? List.of() : dependsOn;
            dependedOnBy = dependedOnBy == null ? List.of() : dependedOnBy;
            phases = phases == null ? List.of() : phases;
        }

        /** This entry with apply's results replaced ({@code null}: none). */
        public Entry withApplied(List<Applied> results) {
            return new Entry(id, kind, name, status, source, statements, target, notes, convertedSnippet, linesOfCode, effort,
                    actionItems, decisions, dependsOn, dependedOnBy, results, phases);
        }
    }

    /**
     * Where a target object goes in a data migration (docs/data-migration.md): "table sakila.film",
     * pre-data or post-data, and why.
     */
    public record Phase(String object, String phase, String reason) {}

    /** One source statement of an object: where it is, what it was (CREATE TABLE, ALTER TABLE, ...) and its text. */
    public record Statement(String file, int line, String what, String snippet) {}

    /**
     * Session and client lines of one kind (REM, PROMPT, SET, USE, DROP TABLE, ...): not objects,
     * so out of the object counts, charts and effort; {@code at}: file:line of each; {@code items}:
     * the action items any of them carries (a DROP of a kind not converted), listed, not counted.
     */
    public record IgnoredKind(String kind, int count, List<String> at, List<Item> items) {}

    /** An automated decision: the id of the rule that made it, what it converted, and the source line. */
    public record Decision(String rule, String message, int line) {}

    /** One target object as apply saw it: "table shop.customer", created / unchanged / failed / ..., and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applied(String object, String result, String message) {}

    /**
     * What the last apply did: target objects per result, and how many report objects have no
     * object in schema.sql (not converted, or commented out), so they were not applied.
     */
    public record Validation(Map<String, Integer> results, int objectsNotInScript) {}

    public record Location(String file, int line, int column) {}

    /**
     * An object's estimate: {@code hours} is its items' catalogue effort plus
     * {@code codeRewriteHours} (what rewriting unconverted code adds on top); see docs/effort.md.
     */
    public record Estimate(double hours, String bucket, double codeRewriteHours) {}

    public record Item(String code, String severity, String message, String file, int line, int column,
                       String recommendation, double effortHours) {}

    /** The action items at {@code threshold} or above: what --fail-on gates on. */
    public List<Item> itemsAtOrAbove(Severity threshold) {
        return objects.stream().flatMap(o -> o.actionItems().stream())
                .filter(i -> Severity.fromId(i.severity()).compareTo(threshold) >= 0).toList();
    }

    /** True when an action item at {@code threshold} or above exists. */
    public boolean hasItemAtOrAbove(Severity threshold) {
        return !itemsAtOrAbove(threshold).isEmpty();
    }
}

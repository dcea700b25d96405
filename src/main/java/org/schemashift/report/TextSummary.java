package org.schemashift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.schemashift.model.Severity;

/**
 * The terminal summary (after {@code convert}, and {@code report --format text}): statements
 * read and ignored, objects per kind with status and complexity, the share converted
 * automatically, the estimated effort, the top action items (worst severity first) and the
 * built-ins the code calls (supplied packages, and what was not converted).
 */
public final class TextSummary {
    private static final int TOP_ITEMS = 5;

    /** Worst severity first, then the most frequent, then by code. */
    static final Comparator<Map.Entry<String, Report.CodeCount>> TOP_FIRST = Comparator
            .comparing((Map.Entry<String, Report.CodeCount> e) -> Severity.fromId(e.getValue().severity())).reversed()
            .thenComparing(e -> -e.getValue().count()).thenComparing(Map.Entry::getKey);

    private TextSummary() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        Report.Summary s = report.summary();
        out.append(String.format("%s -> %s: %s%n", report.source(), report.target(), statementsLine(s)));
        s.kinds().forEach((kind, count) -> out.append(String.format("  %-10s %5d  %s; %s, %s h%n", kind, count.total(),
                count.statuses().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                count.complexity().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")), PlainNumber.format(count.hours()))));
        appendShare(out, "objects converted automatically", s.automatic().objects());
        appendShare(out, "code lines converted automatically", s.automatic().codeLines());
        out.append(String.format("  estimated manual effort: %s h, %s person-days, level %s (%s)%n",
                PlainNumber.format(s.effort().totalHours()), PlainNumber.format(s.effort().personDays()), s.effort().level(),
                s.effort().buckets().entrySet().stream().filter(e -> !e.getKey().equals(EffortEstimate.AUTOMATIC))
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        List<Map.Entry<String, Report.CodeCount>> top = new ArrayList<>(s.codes().entrySet());
        top.sort(TOP_FIRST);
        if (!top.isEmpty()) out.append("  top action items:\n");
        top.stream().limit(TOP_ITEMS).forEach(e -> out.append(String.format("    %-14s %-8s x%-4d %s%n", e.getKey(),
                e.getValue().severity(), e.getValue().count(), e.getValue().title())));
        if (top.size() > TOP_ITEMS) out.append(String.format("    +%d more (report.html, report.csv)%n", top.size() - TOP_ITEMS));
        appendBuiltins(out, s.builtins());
        if (report.validation() != null) {
            out.append("  validation: ").append(report.validation().results().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                    .append("; ").append(report.validation().objectsNotInScript()).append(" objects not in schema.sql\n");
        }
        return out.toString();
    }

    /** "N statements read, M make no object (session lines, DROP, USE), K objects": the same line in every format. */
    static String statementsLine(Report.Summary s) {
        return s.statements() + " statements read, " + s.ignoredStatements() + " make no object (session lines, DROP, USE), "
                + s.objectCount() + " objects";
    }

    /** The lines --fail-on prints: each item at or above the threshold, where it is and why. */
    public static String failOnLines(Report report, Severity threshold) {
        StringBuilder out = new StringBuilder();
        List<Report.Item> items = report.itemsAtOrAbove(threshold);
        out.append(String.format("schemashift: --fail-on %s: %d action items at %s or above%n", threshold.id(), items.size(),
                threshold.id()));
        for (Report.Item item : items.stream().limit(20).toList()) {
            out.append(String.format("  %s %s %s:%d %s%n", item.code(), item.severity(), item.file(), item.line(), item.message()));
        }
        if (items.size() > 20) out.append(String.format("  +%d more%n", items.size() - 20));
        return out.toString();
    }

    private static void appendBuiltins(StringBuilder out, Map<String, Report.BuiltinUse> builtins) {
        if (builtins == null || builtins.isEmpty()) return;
        int calls = builtins.values().stream().mapToInt(Report.BuiltinUse::calls).sum();
        int converted = builtins.values().stream().mapToInt(Report.BuiltinUse::converted).sum();
        out.append(String.format("  built-ins called by the code: %d calls of %d, %d converted%n", calls, builtins.size(), converted));
        Map<String, Integer> packages = new TreeMap<>();
        builtins.forEach((name, use) -> {
            String pkg = BuiltinInventory.packageOf(name);
            if (pkg != null) packages.merge(pkg, use.calls(), Integer::sum);
        });
        if (!packages.isEmpty()) {
            out.append("    packages: ").append(packages.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        String missed = builtins.entrySet().stream().filter(e -> e.getValue().converted() < e.getValue().calls())
                .map(e -> e.getKey() + " x" + (e.getValue().calls() - e.getValue().converted()) + " ("
                        + String.join(", ", e.getValue().by()) + ")")
                .collect(Collectors.joining(", "));
        if (!missed.isEmpty()) out.append("    not converted: ").append(missed).append('\n');
    }

    private static void appendShare(StringBuilder out, String what, Report.Share share) {
        if (share.total() == 0) return;
        out.append(String.format("  %s: %d of %d (%s%%)%n", what, share.automatic(), share.total(),
                PlainNumber.format(share.percent())));
    }
}

package org.schemashift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The terminal summary (after {@code convert}, and {@code report --format text}): objects per
 * kind and status, the share converted automatically, the estimated effort, the top action items
 * and the built-ins the code calls (supplied packages, and what was not converted).
 */
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
        appendShare(out, "objects converted automatically", s.automatic().objects());
        appendShare(out, "code lines converted automatically", s.automatic().codeLines());
        out.append(String.format("  estimated manual effort: %s h (%s)%n", PlainNumber.format(s.effort().totalHours()),
                s.effort().buckets().entrySet().stream().filter(e -> !e.getKey().equals(EffortEstimate.NONE))
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        List<Map.Entry<String, Report.CodeCount>> top = new ArrayList<>(s.codes().entrySet());
        top.sort(Comparator.<Map.Entry<String, Report.CodeCount>>comparingInt(e -> -e.getValue().count())
                .thenComparing(Map.Entry::getKey));
        if (!top.isEmpty()) out.append("  top action items:\n");
        top.stream().limit(TOP_ITEMS).forEach(e -> out.append(String.format("    %-14s %-8s x%-4d %s%n", e.getKey(),
                e.getValue().severity(), e.getValue().count(), e.getValue().title())));
        appendBuiltins(out, s.builtins());
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

package org.schemashift.report;

import java.util.Map;

/**
 * The executive summary of report.html: how much converted automatically, how many items at
 * which severity, the estimated effort (with its method, so the number can be judged), and the
 * two charts.
 */
final class ExecutiveSummaryHtml {
    private ExecutiveSummaryHtml() {
    }

    static void append(StringBuilder out, Report report) {
        Report.Summary s = report.summary();
        int items = s.severities().values().stream().mapToInt(Integer::intValue).sum();
        out.append("<section id=\"summary\">\n<h2>Executive summary</h2>\n<div class=\"tiles\">\n");
        tile(out, "objects-automatic", share(s.automatic().objects()), "of objects converted automatically",
                s.automatic().objects().automatic() + " of " + s.automatic().objects().total()
                        + " (session and data statements not counted)");
        tile(out, "code-automatic", share(s.automatic().codeLines()), "of code lines converted automatically",
                s.automatic().codeLines().automatic() + " of " + s.automatic().codeLines().total()
                        + " lines in views, procedures, functions, packages and triggers");
        tile(out, "items", String.valueOf(items), "action items", severityList(s.severities()));
        tile(out, "effort", PlainNumber.format(s.effort().totalHours()) + " h", "estimated manual effort",
                bucketList(s.effort().buckets()));
        out.append("</div>\n<p class=\"muted\">").append(s.statements()).append(" statements read. ")
                .append("Effort method: ").append(Html.escape(s.effort().method())).append("</p>\n")
                .append("<div class=\"charts\">\n<figure>\n<figcaption>Objects per kind and status</figcaption>\n")
                .append(SvgCharts.kindsByStatus(s)).append("\n</figure>\n<figure>\n<figcaption>Action items per severity</figcaption>\n")
                .append(SvgCharts.itemsBySeverity(s)).append("\n</figure>\n</div>\n");
        appendBuiltins(out, s.builtins());
        out.append("</section>\n");
    }

    /** The built-ins the code calls: one row each, with the rules that converted them or the items of those that were not. */
    private static void appendBuiltins(StringBuilder out, Map<String, Report.BuiltinUse> builtins) {
        if (builtins == null || builtins.isEmpty()) return;
        out.append("<table id=\"builtins\" class=\"builtins\">\n<caption>Built-ins and supplied packages the code calls</caption>\n")
                .append("<thead><tr><th>Built-in</th><th>Calls</th><th>Converted</th><th>Rules / items</th></tr></thead>\n<tbody>\n");
        builtins.forEach((name, use) -> out.append("<tr").append(use.converted() < use.calls() ? " class=\"not-converted\"" : "")
                .append("><td>").append(Html.escape(name)).append("</td><td>").append(use.calls()).append("</td><td>")
                .append(use.converted()).append("</td><td>").append(Html.escape(String.join(", ", use.by()))).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
    }

    private static void tile(StringBuilder out, String id, String value, String what, String detail) {
        out.append("<div class=\"tile\" id=\"tile-").append(id).append("\"><div class=\"value\">").append(Html.escape(value))
                .append("</div><div>").append(Html.escape(what)).append("</div><div class=\"muted\">")
                .append(Html.escape(detail)).append("</div></div>\n");
    }

    private static String share(Report.Share share) {
        return share.percent() == null ? "n/a" : PlainNumber.format(share.percent()) + " %";
    }

    private static String severityList(Map<String, Integer> severities) {
        StringBuilder out = new StringBuilder();
        severities.forEach((severity, n) -> out.append(out.length() == 0 ? "" : ", ").append(severity).append(' ').append(n));
        return out.toString();
    }

    private static String bucketList(Map<String, Integer> buckets) {
        return "objects: simple " + buckets.get(EffortEstimate.SIMPLE) + ", medium " + buckets.get(EffortEstimate.MEDIUM)
                + ", significant " + buckets.get(EffortEstimate.SIGNIFICANT);
    }
}

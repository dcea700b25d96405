package org.schemashift.report;

import java.util.Map;

/**
 * The executive summary of report.html: what was converted (tool, inputs, statements read and
 * ignored), how much converted automatically, how many items at which severity, the estimated
 * effort with its method and the complexity per object kind, the validation when one ran, the
 * two charts, the built-ins the code calls and the ignored lines (folded).
 */
final class ExecutiveSummaryHtml {
    private ExecutiveSummaryHtml() {
    }

    static void append(StringBuilder out, Report report) {
        Report.Summary s = report.summary();
        int items = s.severities().values().stream().mapToInt(Integer::intValue).sum();
        out.append("<section id=\"summary\">\n<h2>Executive summary</h2>\n");
        appendMetadata(out, report);
        out.append("<div class=\"tiles\">\n");
        tile(out, "objects-automatic", share(s.automatic().objects()), "of objects converted automatically",
                s.automatic().objects().automatic() + " of " + s.objectCount() + " objects");
        tile(out, "code-automatic", share(s.automatic().codeLines()), "of code lines converted automatically",
                s.automatic().codeLines().automatic() + " of " + s.automatic().codeLines().total()
                        + " lines in views, procedures, functions, packages and triggers");
        tile(out, "items", String.valueOf(items), "action items", severityList(s.severities()));
        tile(out, "effort", PlainNumber.format(s.effort().totalHours()) + " h", "estimated manual effort",
                PlainNumber.format(s.effort().personDays()) + " person-days, level " + s.effort().level() + "; "
                        + bucketList(s.effort().buckets()));
        if (report.validation() != null) {
            tile(out, "validation", String.valueOf(report.validation().results().getOrDefault("created", 0)),
                    "target objects created by apply", validationList(report.validation()));
        }
        out.append("</div>\n<p class=\"muted\" id=\"statements-read\">").append(TextSummary.statementsLine(s)).append("</p>\n");
        appendComplexity(out, s);
        out.append("<p class=\"muted\">Effort method: ").append(Html.escape(s.effort().method())).append("</p>\n")
                .append("<div class=\"charts\">\n<figure>\n<figcaption>Objects per kind and status</figcaption>\n")
                .append(SvgCharts.kindsByStatus(s)).append("\n</figure>\n<figure>\n<figcaption>Action items per severity</figcaption>\n")
                .append(SvgCharts.itemsBySeverity(s)).append("\n</figure>\n</div>\n");
        appendBuiltins(out, s.builtins());
        appendIgnored(out, report);
        out.append("</section>\n");
    }

    private static void appendMetadata(StringBuilder out, Report report) {
        out.append("<p class=\"meta\">").append(Html.escape(report.tool().name())).append(' ')
                .append(Html.escape(report.tool().version())).append(" · ").append(Html.escape(report.source())).append(" → ")
                .append(Html.escape(report.target())).append("</p>\n");
        if (report.inputs().isEmpty()) return;
        out.append("<details class=\"inputs\"><summary>").append(report.inputs().size()).append(" input files</summary>\n<table>")
                .append("<thead><tr><th>File</th><th>Bytes</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (Report.Input input : report.inputs()) {
            out.append("<tr><td>").append(Html.escape(input.file())).append("</td><td>").append(input.bytes())
                    .append("</td><td><code>").append(input.sha256()).append("</code></td></tr>\n");
        }
        out.append("</tbody></table>\n</details>\n");
    }

    /** SCT's view: per kind, objects per complexity bucket and their effort. */
    private static void appendComplexity(StringBuilder out, Report.Summary s) {
        out.append("<table id=\"complexity\" class=\"complexity\">\n<caption>Complexity per object kind</caption>\n")
                .append("<thead><tr><th>Kind</th><th>Objects</th><th>Automatic</th><th>Simple (&lt; 2 h)</th>")
                .append("<th>Medium (2-6 h)</th><th>Significant (&gt; 6 h)</th><th>Hours</th><th>Person-days</th></tr></thead>\n<tbody>\n");
        s.kinds().forEach((kind, count) -> {
            out.append("<tr data-kind=\"").append(Html.escape(kind)).append("\"><td>").append(Html.escape(kind)).append("</td><td>")
                    .append(count.total()).append("</td>");
            count.complexity().values().forEach(n -> out.append("<td>").append(n).append("</td>"));
            out.append("<td>").append(PlainNumber.format(count.hours())).append("</td><td>")
                    .append(PlainNumber.format(count.personDays())).append("</td></tr>\n");
        });
        out.append("</tbody>\n<tfoot><tr><th>all</th><th>").append(s.objectCount()).append("</th>");
        s.effort().buckets().values().forEach(n -> out.append("<th>").append(n).append("</th>"));
        out.append("<th>").append(PlainNumber.format(s.effort().totalHours())).append("</th><th>")
                .append(PlainNumber.format(s.effort().personDays())).append("</th></tr></tfoot>\n</table>\n");
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

    /** Session lines and DROP/USE statements, once per kind, folded: they are read, not converted. */
    private static void appendIgnored(StringBuilder out, Report report) {
        if (report.ignored().isEmpty()) return;
        out.append("<details id=\"ignored\" class=\"ignored\"><summary>").append(report.summary().ignoredStatements())
                .append(" statements that make no object (session lines, DROP, USE), per kind</summary>\n<table>\n")
                .append("<thead><tr><th>Kind</th><th>Count</th><th>Where</th></tr></thead>\n<tbody>\n");
        for (Report.IgnoredKind kind : report.ignored()) {
            out.append("<tr><td>").append(Html.escape(kind.kind())).append("</td><td>").append(kind.count()).append("</td><td>")
                    .append(Html.escape(String.join(", ", kind.at())));
            for (Report.Item item : kind.items()) {
                out.append("<br>").append(ObjectSectionHtml.severityBadge(item.severity())).append(" <code>")
                        .append(Html.escape(item.code())).append("</code> ").append(Html.escape(item.file())).append(':')
                        .append(item.line()).append(' ').append(Html.escape(item.message()));
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n");
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

    private static String validationList(Report.Validation validation) {
        StringBuilder out = new StringBuilder();
        validation.results().forEach((result, n) -> out.append(out.length() == 0 ? "" : ", ").append(result).append(' ').append(n));
        return out.append("; ").append(validation.objectsNotInScript()).append(" objects not in schema.sql").toString();
    }

    private static String bucketList(Map<String, Integer> buckets) {
        return "objects: simple " + buckets.get(EffortEstimate.SIMPLE) + ", medium " + buckets.get(EffortEstimate.MEDIUM)
                + ", significant " + buckets.get(EffortEstimate.SIGNIFICANT);
    }
}

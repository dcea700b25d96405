package org.schemashift.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "action items by code" section of report.html: one group per code, worst severity first,
 * with the recommendation, its hours and a row per occurrence linking to the object's section;
 * the code rewrite hours close it, so the groups' hours add up to the total.
 */
final class ActionItemsHtml {
    private ActionItemsHtml() {
    }

    static void append(StringBuilder out, Report report) {
        out.append("<section id=\"action-items\">\n<h2>Action items by code</h2>\n");
        Map<String, Report.CodeCount> codes = report.summary().codes();
        if (codes.isEmpty()) out.append("<p>No action items.</p>\n");
        Map<String, StringBuilder> rows = new LinkedHashMap<>();
        Map<String, String> recommendations = new LinkedHashMap<>();
        codes.entrySet().stream().sorted(TextSummary.TOP_FIRST).forEach(e -> rows.put(e.getKey(), new StringBuilder()));
        for (Report.Entry entry : report.objects()) {
            for (Report.Item item : entry.actionItems()) {
                recommendations.putIfAbsent(item.code(), item.recommendation());
                rows.computeIfAbsent(item.code(), c -> new StringBuilder()).append("<tr class=\"occurrence\"")
                        .append(ObjectSectionHtml.filterAttributes(entry)).append(" data-object=\"").append(ObjectSectionHtml.anchor(entry))
                        .append("\" data-code=\"").append(Html.escape(item.code())).append("\" data-severity=\"")
                        .append(Html.escape(item.severity())).append("\"><td><a href=\"#").append(ObjectSectionHtml.anchor(entry))
                        .append("\">").append(Html.escape(ObjectSectionHtml.label(entry))).append("</a></td><td>")
                        .append(Html.escape(item.file())).append(':').append(item.line()).append("</td><td>")
                        .append(Html.escape(item.message())).append("</td></tr>\n");
            }
        }
        rows.forEach((code, tableRows) -> {
            Report.CodeCount count = codes.get(code);
            out.append("<details class=\"code-group\" id=\"code-").append(Html.escape(code))
                    .append("\" data-severity=\"").append(Html.escape(count.severity())).append("\" open>\n<summary>")
                    .append(ObjectSectionHtml.severityBadge(count.severity())).append(" <code>").append(Html.escape(code))
                    .append("</code> ").append(Html.escape(count.title())).append(" <span class=\"muted\">× ")
                    .append(count.count()).append(", ").append(PlainNumber.format(count.effortHours())).append(" h</span></summary>\n")
                    .append("<p class=\"recommendation\"><strong>Recommended action:</strong> ")
                    .append(Html.escape(recommendations.get(code))).append("</p>\n")
                    .append("<table class=\"occurrences\"><thead><tr><th>Object</th><th>Where</th><th>Message</th></tr></thead>")
                    .append("<tbody>\n").append(tableRows).append("</tbody></table>\n</details>\n");
        });
        double rewrite = report.summary().effort().codeRewriteHours();
        if (rewrite > 0) {
            out.append("<p id=\"code-rewrite\">Code rewrite beyond the items above (views and code units that need manual work, at ")
                    .append(EffortEstimate.CODE_LINES_PER_HOUR).append(" lines per hour): ").append(PlainNumber.format(rewrite))
                    .append(" h. With the codes' hours it makes the estimated ").append(PlainNumber.format(report.summary().effort().totalHours()))
                    .append(" h.</p>\n");
        }
        out.append("</section>\n");
    }
}

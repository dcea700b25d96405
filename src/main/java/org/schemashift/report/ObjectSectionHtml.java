package org.schemashift.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One object's section of report.html: what it is, where it came from, its status, action items
 * and effort, then the source and converted SQL side by side with each action item's line
 * highlighted in the source (line numbers are the file's, so they match the occurrence table).
 */
final class ObjectSectionHtml {
    private ObjectSectionHtml() {
    }

    static String anchor(Report.Entry entry) {
        return "obj-" + entry.id();
    }

    static String label(Report.Entry entry) {
        return entry.kind() + " " + (entry.name() == null ? "(unnamed, line " + entry.source().line() + ")" : entry.name());
    }

    /** data-kind, data-status and data-severities (space-separated): what the filters match on. */
    static String filterAttributes(Report.Entry entry) {
        TreeSet<String> severities = new TreeSet<>();
        entry.actionItems().forEach(i -> severities.add(i.severity()));
        return " data-kind=\"" + Html.escape(entry.kind()) + "\" data-status=\"" + Html.escape(entry.status())
                + "\" data-severities=\"" + Html.escape(String.join(" ", severities)) + "\"";
    }

    static String severityBadge(String severity) {
        return "<span class=\"badge sev-" + Html.escape(severity) + "\">" + Html.escape(severity) + "</span>";
    }

    static void append(StringBuilder out, Report.Entry entry) {
        out.append("<article class=\"object\" id=\"").append(anchor(entry)).append('"').append(filterAttributes(entry))
                .append(">\n<h3>").append(Html.escape(label(entry))).append(" <span class=\"badge st-")
                .append(Html.escape(entry.status())).append("\">").append(Html.escape(entry.status().replace('_', ' ')))
                .append("</span></h3>\n<p class=\"where\">").append(Html.escape(entry.source().file())).append(':')
                .append(entry.source().line());
        if (!entry.target().isEmpty()) {
            out.append(" → ").append(Html.escape(String.join(", ", entry.target())));
        }
        if (entry.linesOfCode() != null) out.append(" · ").append(entry.linesOfCode()).append(" lines of code");
        out.append(" · effort ").append(PlainNumber.format(entry.effort().hours())).append(" h (")
                .append(Html.escape(entry.effort().bucket())).append(")</p>\n");
        appendItems(out, entry.actionItems());
        if (entry.applied() != null) {
            out.append("<p class=\"applied\">Applied: ");
            for (int i = 0; i < entry.applied().size(); i++) {
                Report.Applied a = entry.applied().get(i);
                out.append(i == 0 ? "" : "; ").append(Html.escape(a.object())).append(' ').append(Html.escape(a.result()));
                if (a.message() != null) out.append(" (").append(Html.escape(a.message())).append(')');
            }
            out.append("</p>\n");
        }
        boolean open = !entry.actionItems().isEmpty() || !entry.status().equals(ObjectStatus.IGNORED.id());
        out.append("<details class=\"code\"").append(open ? " open" : "").append("><summary>Source and converted SQL</summary>\n")
                .append("<div class=\"side-by-side\">\n<div><h4>Source</h4>\n");
        appendSource(out, entry);
        out.append("</div>\n<div><h4>Converted</h4>\n<pre class=\"sql\">");
        out.append(entry.convertedSnippet() == null ? "<span class=\"muted\">(nothing emitted)</span>"
                : Html.escape(entry.convertedSnippet()));
        out.append("</pre>\n</div>\n</div>\n</details>\n</article>\n");
    }

    private static void appendItems(StringBuilder out, List<Report.Item> items) {
        if (items.isEmpty()) return;
        out.append("<ul class=\"items\">\n");
        for (Report.Item item : items) {
            out.append("<li data-severity=\"").append(Html.escape(item.severity())).append("\">")
                    .append(severityBadge(item.severity())).append(" <a href=\"#code-").append(Html.escape(item.code()))
                    .append("\"><code>").append(Html.escape(item.code())).append("</code></a> line ").append(item.line())
                    .append(": ").append(Html.escape(item.message())).append("<br><span class=\"muted\">")
                    .append(Html.escape(item.recommendation())).append("</span></li>\n");
        }
        out.append("</ul>\n");
    }

    /** The source, one span per line numbered from the statement's first line; lines with items are marked. */
    private static void appendSource(StringBuilder out, Report.Entry entry) {
        Map<Integer, String> marked = new LinkedHashMap<>();
        for (Report.Item item : entry.actionItems()) {
            marked.merge(item.line(), item.code(), (a, b) -> a.contains(b) ? a : a + " " + b);
        }
        out.append("<pre class=\"sql numbered\">");
        String snippet = entry.sourceSnippet() == null ? "" : entry.sourceSnippet();
        int lineNumber = entry.source().line();
        for (String line : snippet.split("\n", -1)) {
            String codes = marked.get(lineNumber);
            out.append("<span class=\"line").append(codes == null ? "" : " hl").append("\" data-n=\"").append(lineNumber).append('"');
            if (codes != null) out.append(" title=\"").append(Html.escape(codes)).append('"');
            out.append('>').append(Html.escape(line)).append("</span>\n");
            lineNumber++;
        }
        out.append("</pre>\n");
    }
}

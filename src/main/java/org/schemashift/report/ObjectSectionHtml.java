package org.schemashift.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * One object's section of report.html: what it is, where it came from, its status, action items,
 * effort, notes, dependencies and apply result, then the source statements and the converted SQL
 * side by side, both numbered, each action item's line highlighted in the source (line numbers
 * are the file's, so they match the occurrence table).
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

    /** data-kind, data-status, data-severities and data-codes (space-separated): what the filters match on. */
    static String filterAttributes(Report.Entry entry) {
        TreeSet<String> severities = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>();
        entry.actionItems().forEach(i -> {
            severities.add(i.severity());
            codes.add(i.code());
        });
        return " data-kind=\"" + Html.escape(entry.kind()) + "\" data-status=\"" + Html.escape(entry.status())
                + "\" data-severities=\"" + Html.escape(String.join(" ", severities)) + "\" data-codes=\""
                + Html.escape(String.join(" ", codes)) + "\" data-effort=\"" + PlainNumber.format(entry.effort().hours()) + "\"";
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
        if (entry.statements().size() > 1) out.append(" · ").append(entry.statements().size()).append(" statements");
        if (!entry.target().isEmpty()) {
            out.append(" → ").append(Html.escape(String.join(", ", entry.target())));
        }
        if (entry.linesOfCode() != null) out.append(" · ").append(entry.linesOfCode()).append(" lines of code");
        out.append(" · effort ").append(PlainNumber.format(entry.effort().hours())).append(" h (")
                .append(Html.escape(entry.effort().bucket()));
        if (entry.effort().codeRewriteHours() > 0) {
            out.append(", of which code rewrite ").append(PlainNumber.format(entry.effort().codeRewriteHours())).append(" h");
        }
        out.append(")</p>\n");
        for (String note : entry.notes()) out.append("<p class=\"note muted\">").append(Html.escape(note)).append("</p>\n");
        appendDependencies(out, "Depends on", entry.dependsOn());
        appendDependencies(out, "Depended on by", entry.dependedOnBy());
        appendItems(out, entry.actionItems());
        if (entry.applied() != null) {
            out.append("<p class=\"applied\">Applied: ");
            for (int i = 0; i < entry.applied().size(); i++) {
                Report.Applied a = entry.applied().get(i);
                out.append(i == 0 ? "" : "; ").append(Html.escape(a.object())).append(" <span class=\"result result-")
                        .append(Html.escape(a.result())).append("\">").append(Html.escape(a.result())).append("</span>");
                if (a.message() != null) out.append(" (").append(Html.escape(a.message())).append(')');
            }
            out.append("</p>\n");
        }
        out.append("<details class=\"code\" open><summary>Source and converted SQL</summary>\n")
                .append("<div class=\"side-by-side\">\n<div><h4>Source</h4>\n");
        Map<String, String> marked = markedLines(entry.actionItems());
        for (Report.Statement statement : entry.statements()) {
            if (entry.statements().size() > 1) {
                out.append("<p class=\"statement muted\">").append(Html.escape(statement.what())).append(" · ")
                        .append(Html.escape(statement.file())).append(':').append(statement.line()).append("</p>\n");
            }
            appendNumbered(out, statement.snippet(), statement.line(), line -> marked.get(statement.file() + ":" + line));
        }
        out.append("</div>\n<div><h4>Converted</h4>\n");
        if (entry.convertedSnippet() == null) {
            out.append("<pre class=\"sql\"><span class=\"muted\">(nothing emitted)</span></pre>\n");
        } else {
            appendNumbered(out, entry.convertedSnippet(), 1, line -> null);
        }
        out.append("</div>\n</div>\n</details>\n</article>\n");
    }

    private static void appendDependencies(StringBuilder out, String what, List<Integer> ids) {
        if (ids.isEmpty()) return;
        out.append("<p class=\"dependencies\">").append(what).append(':');
        for (int id : ids) out.append(" <a href=\"#obj-").append(id).append("\">#").append(id).append("</a>");
        out.append("</p>\n");
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

    /** file:line of each item, with the codes at it: the lines highlighted in the source. */
    private static Map<String, String> markedLines(List<Report.Item> items) {
        Map<String, String> marked = new LinkedHashMap<>();
        for (Report.Item item : items) {
            marked.merge(item.file() + ":" + item.line(), item.code(), (a, b) -> a.contains(b) ? a : a + " " + b);
        }
        return marked;
    }

    /** SQL, one span per line numbered from {@code first}; lines {@code codesAt} names are highlighted with their codes. */
    private static void appendNumbered(StringBuilder out, String sql, int first, IntFunction<String> codesAt) {
        out.append("<pre class=\"sql numbered\">");
        int lineNumber = first;
        for (String line : (sql == null ? "" : sql).split("\n", -1)) {
            String codes = codesAt.apply(lineNumber);
            out.append("<span class=\"line").append(codes == null ? "" : " hl").append("\" data-n=\"").append(lineNumber).append('"');
            if (codes != null) out.append(" title=\"").append(Html.escape(codes)).append('"');
            out.append('>').append(Html.escape(line)).append("</span>\n");
            lineNumber++;
        }
        out.append("</pre>\n");
    }
}

package org.schemashift.report;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One object's section of report.html: what it is, where it came from, its status, action items,
 * effort, notes, dependencies and apply result, then the source statements and the converted SQL
 * side by side, both numbered (source line numbers are the file's, so they match the occurrence
 * table), the construct of each action item and decision highlighted on both sides ({@link LineMarks}).
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

    /**
     * data-kind, data-status, data-severities, data-codes and data-phases (space-separated): what
     * the filters match on; data-effort, data-bucket and data-loc: what the summary sums over the shown objects.
     */
    static String filterAttributes(Report.Entry entry) {
        TreeSet<String> severities = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>();
        entry.actionItems().forEach(i -> {
            severities.add(i.severity());
            codes.add(i.code());
        });
        TreeSet<String> phases = new TreeSet<>();
        entry.phases().forEach(p -> phases.add(p.phase()));
        return " data-kind=\"" + Html.escape(entry.kind()) + "\" data-status=\"" + Html.escape(entry.status())
                + "\" data-severities=\"" + Html.escape(String.join(" ", severities)) + "\" data-codes=\""
                + Html.escape(String.join(" ", codes)) + "\" data-phases=\"" + Html.escape(String.join(" ", phases))
                + "\" data-effort=\"" + PlainNumber.format(entry.effort().hours()) + "\" data-bucket=\""
                + Html.escape(entry.effort().bucket()) + "\"" + (entry.linesOfCode() == null ? "" : " data-loc=\"" + entry.linesOfCode() + "\"");
    }

    static String severityBadge(String severity) {
        return "<span class=\"badge sev-" + Html.escape(severity) + "\">" + Html.escape(severity) + "</span>";
    }

    /** The section of {@code entry}, one of {@code objects} (which its dependencies name by id, its position from 1). */
    static void append(StringBuilder out, Report.Entry entry, List<Report.Entry> objects) {
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
        appendDependencies(out, "Depends on", entry.dependsOn(), objects);
        if (entry.kind().equals("package")) {
            String members = entry.name() == null ? null : entry.name().toLowerCase(Locale.ROOT) + ".";
            Predicate<Integer> subprogram = id -> members != null && objects.get(id - 1).name() != null
                    && objects.get(id - 1).name().toLowerCase(Locale.ROOT).startsWith(members);
            appendDependencies(out, "Subprograms", entry.dependedOnBy().stream().filter(subprogram).toList(), objects);
            appendDependencies(out, "Depended on by", entry.dependedOnBy().stream().filter(subprogram.negate()).toList(), objects);
        } else {
            appendDependencies(out, "Depended on by", entry.dependedOnBy(), objects);
        }
        appendPhases(out, entry.phases());
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
        LineMarks marks = LineMarks.of(entry);
        for (Report.Statement statement : entry.statements()) {
            if (entry.statements().size() > 1) {
                out.append("<p class=\"statement muted\">").append(Html.escape(statement.what())).append(" · ")
                        .append(Html.escape(statement.file())).append(':').append(statement.line()).append("</p>\n");
            }
            appendNumbered(out, statement.snippet(), statement.line(), line -> marks.source(statement.file(), line));
        }
        out.append("</div>\n<div><h4>Converted</h4>\n");
        if (entry.convertedSnippet() == null) {
            out.append("<pre class=\"sql\"><span class=\"muted\">(nothing emitted)</span></pre>\n");
        } else {
            appendNumbered(out, entry.convertedSnippet(), 1, marks::converted);
        }
        out.append("</div>\n</div>\n</details>\n</article>\n");
    }

    /** Links to the objects, each as its id and label (a package's subprograms are its members that depend on it). */
    private static void appendDependencies(StringBuilder out, String what, List<Integer> ids, List<Report.Entry> objects) {
        if (ids.isEmpty()) return;
        out.append("<p class=\"dependencies\">").append(what).append(':');
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            out.append(i == 0 ? " " : ", ").append("<a href=\"#obj-").append(id).append("\">#").append(id).append(' ')
                    .append(Html.escape(label(objects.get(id - 1)))).append("</a>");
        }
        out.append("</p>\n");
    }

    /** Where each target object goes in a data migration, and why (docs/data-migration.md). */
    private static void appendPhases(StringBuilder out, List<Report.Phase> phases) {
        if (phases.isEmpty()) return;
        out.append("<ul class=\"phases\">\n");
        for (Report.Phase p : phases) {
            out.append("<li><span class=\"phase phase-").append(Html.escape(p.phase())).append("\">").append(Html.escape(p.phase()))
                    .append("</span> ").append(Html.escape(p.object())).append(": <span class=\"muted\">")
                    .append(Html.escape(p.reason())).append("</span></li>\n");
        }
        out.append("</ul>\n");
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

    /**
     * SQL, one span per line numbered from {@code first}; the lines {@code marksAt} marks are
     * highlighted (hl: an action item's construct, dec: a decision's), their codes and rules in the title.
     */
    private static void appendNumbered(StringBuilder out, String sql, int first, IntFunction<LineMarks.Mark> marksAt) {
        out.append("<pre class=\"sql numbered\">");
        int lineNumber = first;
        for (String line : (sql == null ? "" : sql).split("\n", -1)) {
            LineMarks.Mark mark = marksAt.apply(lineNumber);
            out.append("<span class=\"line").append(mark == null ? "" : " " + mark.cssClass()).append("\" data-n=\"").append(lineNumber)
                    .append('"');
            if (mark != null) out.append(" title=\"").append(Html.escape(mark.title())).append('"');
            out.append('>').append(Html.escape(line)).append("</span>\n");
            lineNumber++;
        }
        out.append("</pre>\n");
    }
}

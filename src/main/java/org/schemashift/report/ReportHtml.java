package org.schemashift.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.schemashift.model.Severity;
import org.schemashift.pipeline.LoadPhase;

/**
 * report.html: one self-contained page (styles and script inline, charts as SVG, no external
 * asset), so it works from disk, offline and attached to a ticket. Sections: executive
 * summary with charts, action items grouped by code with each occurrence linking to its object,
 * then one section per object with source and converted SQL side by side. The script only
 * filters (kind, status, severity, code, data-migration phase, text; kept in the address so a view can be shared) and
 * sums what is shown; without it the page shows everything. No timestamp, so equal reports give equal bytes.
 */
public final class ReportHtml {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private ReportHtml() {
    }

    public static String render(Report report) {
        return ReportFormat.HTML.render(report);
    }

    /** Writes the page to {@code to}, a section or object at a time, so a large report is never one string. */
    static void write(Report report, Writer to) throws IOException {
        StringBuilder out = new StringBuilder(64 * 1024);
        String title = "SchemaShift report: " + report.source() + " to " + report.target();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<header>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        appendFilters(out, report);
        out.append("</header>\n<main>\n");
        ExecutiveSummaryHtml.append(out, report);
        ActionItemsHtml.append(out, report);
        out.append("<section id=\"objects\">\n<h2>Objects</h2>\n");
        for (Report.Entry entry : report.objects()) {
            ObjectSectionHtml.append(out, entry, report.objects());
            flush(out, to);
        }
        out.append("</section>\n</main>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
        flush(out, to);
    }

    private static void flush(StringBuilder out, Writer to) throws IOException {
        to.append(out);
        out.setLength(0);
    }

    private static void appendFilters(StringBuilder out, Report report) {
        out.append("<form id=\"filters\" class=\"filters\" aria-label=\"Filter objects and action items\">\n");
        appendSelect(out, "kind", "Kind", new TreeSet<>(report.summary().kinds().keySet()));
        List<String> statuses = java.util.Arrays.stream(ObjectStatus.values()).map(ObjectStatus::id).toList();
        appendSelect(out, "status", "Status", statuses);
        appendSelect(out, "severity", "Severity", java.util.Arrays.stream(Severity.values()).map(Severity::id).toList());
        appendSelect(out, "code", "Code", report.summary().codes().keySet());
        appendSelect(out, "phase", "Phase", java.util.Arrays.stream(LoadPhase.values()).map(LoadPhase::id).toList());
        out.append("<label>Search <input type=\"search\" id=\"filter-text\" name=\"text\" placeholder=\"name or SQL\"></label>\n")
                .append("<output id=\"filter-count\"></output>\n<output id=\"filter-effort\"></output>\n</form>\n");
    }

    private static void appendSelect(StringBuilder out, String name, String label, Iterable<String> values) {
        out.append("<label>").append(label).append(" <select id=\"filter-").append(name).append("\" name=\"").append(name)
                .append("\"><option value=\"\">all</option>");
        for (String v : values) {
            out.append("<option value=\"").append(Html.escape(v)).append("\">").append(Html.escape(v.replace('_', ' ')))
                    .append("</option>");
        }
        out.append("</select></label>\n");
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

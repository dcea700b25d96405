package org.schemashift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.model.Severity;

/**
 * The two charts of report.html as inline SVG (no script, so they print and work with
 * JavaScript off). Colours come from the page's CSS classes {@code st-<status>} and
 * {@code sev-<severity>}, the same classes the badges use. Bars and counts carry their kind,
 * status or severity, and each chart its plot's origin and width, so the page's script can redraw
 * them for the objects the filters show.
 */
final class SvgCharts {
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 110;
    private static final int COUNT_WIDTH = 50;
    private static final int ROW = 24;
    private static final int BAR = 16;

    private SvgCharts() {
    }

    /** One horizontal bar per object kind, split by status; bar length is relative to the largest kind. */
    static String kindsByStatus(Report.Summary summary) {
        Map<String, Report.KindCount> kinds = summary.kinds();
        int max = kinds.values().stream().mapToInt(Report.KindCount::total).max().orElse(1);
        int plot = WIDTH - LABEL_WIDTH - COUNT_WIDTH;
        int legendY = kinds.size() * ROW + 8;
        StringBuilder svg = open("chart-kind-status", WIDTH, legendY + ROW,
                "Objects per kind and status");
        int y = 0;
        for (Map.Entry<String, Report.KindCount> kind : kinds.entrySet()) {
            svg.append(label(0, y, kind.getKey()));
            double x = LABEL_WIDTH;
            for (ObjectStatus status : ObjectStatus.values()) {
                int n = kind.getValue().statuses().getOrDefault(status.id(), 0);
                if (n == 0) continue;
                double w = (double) plot * n / max;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"st-%s\" data-kind=\"%s\" data-status=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                                + "height=\"%d\"><title>%s %s: %d</title></rect>",
                        status.id(), Html.escape(kind.getKey()), status.id(), x, y + (ROW - BAR) / 2, w, BAR,
                        Html.escape(kind.getKey()), status.id(), n));
                x += w;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"count\" data-kind=\"%s\">%d</text>",
                    x + 4, y + ROW / 2 + 4, Html.escape(kind.getKey()), kind.getValue().total()));
            y += ROW;
        }
        List<String> legend = new ArrayList<>();
        for (ObjectStatus s : ObjectStatus.values()) legend.add(s.id());
        appendLegend(svg, legendY, "st-", legend);
        return svg.append("</svg>").toString();
    }

    /** One horizontal bar per severity, every severity shown even at zero. */
    static String itemsBySeverity(Report.Summary summary) {
        Map<String, Integer> severities = summary.severities();
        int max = Math.max(1, severities.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int plot = WIDTH - LABEL_WIDTH - COUNT_WIDTH;
        StringBuilder svg = open("chart-severity", WIDTH, Severity.values().length * ROW, "Action items per severity");
        int y = 0;
        for (Severity severity : Severity.values()) {
            int n = severities.getOrDefault(severity.id(), 0);
            double w = (double) plot * n / max;
            svg.append(label(0, y, severity.id()));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"sev-%s\" data-severity=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\">"
                            + "<title>%s: %d</title></rect>",
                    severity.id(), severity.id(), LABEL_WIDTH, y + (ROW - BAR) / 2, w, BAR, severity.id(), n));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"count\" data-severity=\"%s\">%d</text>",
                    LABEL_WIDTH + w + 4, y + ROW / 2 + 4, severity.id(), n));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"%s\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                        + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\" data-x=\"%d\" data-plot=\"%d\"><title>%s</title>",
                id, width, height, width, height, title, LABEL_WIDTH, WIDTH - LABEL_WIDTH - COUNT_WIDTH, title));
    }

    private static String label(int x, int y, String text) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>", x, y + ROW / 2 + 4,
                Html.escape(text));
    }

    private static void appendLegend(StringBuilder svg, int y, String classPrefix, List<String> names) {
        int x = LABEL_WIDTH;
        for (String name : names) {
            svg.append(String.format(Locale.ROOT, "<rect class=\"%s%s\" x=\"%d\" y=\"%d\" width=\"10\" height=\"10\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", classPrefix, name, x, y + 6, x + 14, y + 15,
                    name.replace('_', ' ')));
            x += 14 + 6 * name.length() + 16;
        }
    }
}

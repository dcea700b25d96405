package org.schemashift.report;

import java.util.Locale;
import java.util.function.Function;

/** The formats a report renders to, each from the {@link Report} alone; the one place that maps a format to its renderer. */
public enum ReportFormat {
    TEXT("txt", TextSummary::render),
    HTML("html", ReportHtml::render),
    CSV("csv", ReportCsv::render),
    JSON("json", ReportJson::render);

    private final String extension;
    private final Function<Report, String> renderer;

    ReportFormat(String extension, Function<Report, String> renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    public String render(Report report) {
        return renderer.apply(report);
    }

    /** The output file name convert writes for this format: report.json, report.html, ... */
    public String fileName() {
        return "report." + extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.schemashift.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The formats a report renders to, each from the {@link Report} alone; the one place that maps a format to its renderer. */
public enum ReportFormat {
    TEXT("report.txt", TextSummary::render),
    HTML("report.html", ReportHtml::render),
    CSV("report.csv", ReportCsv::render),
    /** The object inventory beside the action items' CSV. */
    OBJECTS_CSV("report-objects.csv", ReportCsv::renderObjects),
    JSON("report.json", ReportJson::render);

    private final String fileName;
    private final Function<Report, String> renderer;

    ReportFormat(String fileName, Function<Report, String> renderer) {
        this.fileName = fileName;
        this.renderer = renderer;
    }

    /** The formats written beside schema.sql, in this order; text goes to the terminal instead. */
    public static List<ReportFormat> files() {
        return List.of(JSON, HTML, CSV, OBJECTS_CSV);
    }

    /** Writes every file format of the report into {@code dir}: convert writes them, apply re-renders them with its results. */
    public static void writeFiles(Path dir, Report report) throws IOException {
        for (ReportFormat format : files()) {
            Files.writeString(dir.resolve(format.fileName()), format.render(report), StandardCharsets.UTF_8);
        }
    }

    public String render(Report report) {
        return renderer.apply(report);
    }

    /** Writes the rendering to {@code out}; JSON streams, so the largest file is never one string in memory. */
    public void write(Report report, Writer out) throws IOException {
        if (this == JSON) {
            ReportJson.write(report, out);
        } else {
            out.write(render(report));
        }
    }

    /** The output file name convert writes for this format: report.json, report.html, ... */
    public String fileName() {
        return fileName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

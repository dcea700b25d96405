package org.schemashift.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The formats a report renders to, each from the {@link Report} alone; the one place that maps a format to its renderer. */
public enum ReportFormat {
    TEXT("report.txt", (report, out) -> out.write(TextSummary.render(report))),
    HTML("report.html", ReportHtml::write),
    CSV("report.csv", ReportCsv::write),
    /** The object inventory beside the action items' CSV. */
    OBJECTS_CSV("report-objects.csv", ReportCsv::writeObjects),
    JSON("report.json", ReportJson::write);

    /** Writes one format; every file format streams, so a large report is never one string in memory. */
    private interface Renderer {
        void write(Report report, Writer out) throws IOException;
    }

    private final String fileName;
    private final Renderer renderer;

    ReportFormat(String fileName, Renderer renderer) {
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
            try (Writer out = Files.newBufferedWriter(dir.resolve(format.fileName()), StandardCharsets.UTF_8)) {
                format.write(report, out);
            }
        }
    }

    public String render(Report report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the rendering to {@code out}. */
    public void write(Report report, Writer out) throws IOException {
        renderer.write(report, out);
    }

    /** The output file name convert writes for this format: report.json, report.html, ... */
    public String fileName() {
        return fileName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

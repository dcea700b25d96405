package org.schemashift.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemashift.report.Report;
import org.schemashift.report.ReportFormat;

/** Writes OUT/: schema.sql and the report as report.json, report.html and report.csv. */
public final class OutputDirectory {
    /** The report formats written next to schema.sql; text goes to the terminal instead. */
    private static final List<ReportFormat> REPORT_FILES = List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.CSV);

    /** Thrown when the output directory cannot be created or written. */
    public static final class OutputException extends RuntimeException {
        OutputException(String message) {
            super(message);
        }
    }

    private OutputDirectory() {
    }

    /** The files {@link #write} creates, in the order it writes them. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        names.add("schema.sql");
        REPORT_FILES.forEach(f -> names.add(f.fileName()));
        return names;
    }

    public static void write(Path dir, ConversionResult result, Report report) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schema.sql"), SchemaScript.render(result), StandardCharsets.UTF_8);
            for (ReportFormat format : REPORT_FILES) {
                Files.writeString(dir.resolve(format.fileName()), format.render(report), StandardCharsets.UTF_8);
            }
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot write output directory " + dir + ": " + e.getMessage());
        }
    }
}

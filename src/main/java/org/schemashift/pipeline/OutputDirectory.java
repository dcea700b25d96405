package org.schemashift.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.schemashift.report.Report;
import org.schemashift.report.ReportJson;

/** Writes OUT/: schema.sql and report.json. */
public final class OutputDirectory {

    /** Thrown when the output directory cannot be created or written. */
    public static final class OutputException extends RuntimeException {
        OutputException(String message) {
            super(message);
        }
    }

    private OutputDirectory() {
    }

    public static void write(Path dir, ConversionResult result, Report report) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schema.sql"), SchemaScript.render(result), StandardCharsets.UTF_8);
            ReportJson.write(report, dir.resolve("report.json"));
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot write output directory " + dir + ": " + e.getMessage());
        }
    }
}

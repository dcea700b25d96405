package org.schemashift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import com.fasterxml.jackson.core.JsonGenerator;
import org.schemashift.model.IoErrors;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * report.json: pretty-printed with "\n" line ends on every platform, fields in declaration
 * order, maps in a fixed order, so equal input gives equal bytes.
 */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The file is not a report this version of SchemaShift can read. */
    public static final class UnreadableReportException extends IOException {
        UnreadableReportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ReportJson() {
    }

    public static String render(Report report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the report to {@code out} (left open), as {@link #render} spells it. */
    public static void write(Report report, Writer out) throws IOException {
        WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
        out.write("\n");
    }

    public static void write(Report report, Path file) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    /** Reads a report.json; a missing file, bad JSON or another format version is an {@link UnreadableReportException}. */
    public static Report read(Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new UnreadableReportException("cannot read report " + file + ": it is not a SchemaShift report.json ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) {
            throw new UnreadableReportException("cannot read report " + file + ": " + IoErrors.cause(e), e);
        }
        // the version first: an older report has other fields, and its version says more than the first field it lacks
        com.fasterxml.jackson.databind.JsonNode version = tree == null ? null : tree.get("version");
        if (version == null || !version.isInt() || version.intValue() != Report.VERSION) {
            throw new UnreadableReportException("cannot read report " + file + ": format version "
                    + (version == null ? "missing" : version.asText()) + ", this SchemaShift reads version " + Report.VERSION
                    + " (convert again to get a current report.json)", null);
        }
        try {
            return JSON.treeToValue(tree, Report.class);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static UnreadableReportException unreadable(Path file, IOException e) {
        return new UnreadableReportException("cannot read report " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
}

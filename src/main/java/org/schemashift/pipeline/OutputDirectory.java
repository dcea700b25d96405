package org.schemashift.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.schemashift.report.Report;
import org.schemashift.report.ReportFormat;
import org.schemashift.emit.EmittedObject;

/**
 * Writes OUT/: schema.sql, the same schema split around a data load (pre-data.sql, post-data.sql),
 * the data-copy task's table mappings (dms-table-mappings.json, and pgloader.load where pgloader
 * reads the source), the report as report.json, report.html, report.csv and report-objects.csv, and objects/
 * with one file per target object, named {@code NNNN-kind-name.sql} in apply order, for review
 * and version control of single objects.
 */
public final class OutputDirectory {
    static final String DMS_TABLE_MAPPINGS = "dms-table-mappings.json";

    /** Thrown when the output directory cannot be created or written. */
    public static final class OutputException extends RuntimeException {
        OutputException(String message) {
            super(message);
        }
    }

    private OutputDirectory() {
    }

    /** The files and the folder {@link #write} creates, in the order it writes them. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        names.add("schema.sql");
        for (LoadPhase phase : LoadPhase.values()) names.add(phase.fileName());
        names.add(DMS_TABLE_MAPPINGS);
        ReportFormat.files().forEach(f -> names.add(f.fileName()));
        names.add("objects");
        return names;
    }

    public static void write(Path dir, ConversionResult result, Report report) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schema.sql"), SchemaScript.render(result), StandardCharsets.UTF_8);
            LoadPhases phases = LoadPhases.of(result.objects());
            for (LoadPhase phase : LoadPhase.values()) {
                Files.writeString(dir.resolve(phase.fileName()), SchemaScript.render(result, phases, phase), StandardCharsets.UTF_8);
            }
            CopiedTables copied = CopiedTables.of(result);
            Files.writeString(dir.resolve(DMS_TABLE_MAPPINGS), DmsTableMappings.render(copied), StandardCharsets.UTF_8);
            Path pgloader = dir.resolve(PgloaderCommands.FILE_NAME);
            if (PgloaderCommands.supports(copied)) Files.writeString(pgloader, PgloaderCommands.render(copied), StandardCharsets.UTF_8);
            else Files.deleteIfExists(pgloader);
            ReportFormat.writeFiles(dir, report);
            writeObjects(dir.resolve("objects"), result.objects());
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot write output directory " + dir + ": " + e.getMessage());
        }
    }

    private static void writeObjects(Path dir, List<EmittedObject> objects) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> stale = Files.list(dir)) {
            for (Path file : stale.filter(p -> p.getFileName().toString().endsWith(".sql")).toList()) {
                Files.delete(file);
            }
        }
        int number = 0;
        for (EmittedObject object : objects) {
            number++;
            String file = String.format(Locale.ROOT, "%04d-%s-%s.sql", number, object.kind().id(), fileSafe(object.name()));
            Files.writeString(dir.resolve(file), object.sql() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Object names may hold quotes, dots and any character: keep letters, digits, '.', '_' and '-'. */
    static String fileSafe(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return safe.length() > 100 ? safe.substring(0, 100) : safe;
    }
}

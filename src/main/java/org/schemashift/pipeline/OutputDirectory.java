package org.schemashift.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Checksum;
import org.schemashift.model.IoErrors;
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
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^\\p{L}\\p{N}._-]+");

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

    /**
     * Checks, before any conversion, that {@code dir} can be written and holds no output edited by
     * hand since SchemaShift wrote it (unless {@code force}); throws an {@link OutputException} with the reason.
     */
    public static void check(Path dir, boolean force) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputException("cannot write to " + dir + ": it is a file; -o names the folder to write schema.sql and the reports to");
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing)) {
            throw new OutputException("cannot create " + dir + ": " + (existing == null ? "no such place" : existing + " is a file"));
        }
        if (!Files.isWritable(existing)) throw new OutputException("cannot write to " + dir + ": permission denied on " + existing);
        if (force || !Files.isDirectory(dir)) return;
        try {
            String change = ownChange(dir);
            if (change != null) {
                throw new OutputException("not overwriting " + dir + ": " + change + " (convert to another folder, or give --force to replace it)");
            }
        } catch (IOException e) {
            throw new OutputException("cannot read " + dir + ": " + IoErrors.cause(e));
        }
    }

    /** Why the folder's contents are not SchemaShift's own unchanged output, or null when they are. */
    private static String ownChange(Path dir) throws IOException {
        OutputManifest manifest = OutputManifest.read(dir);
        if (manifest != null) return manifest.firstChange(dir);
        if (Files.exists(dir.resolve("schema.sql"))) return "its schema.sql was not written by this SchemaShift (no " + OutputManifest.FILE_NAME + ")";
        Path objects = dir.resolve("objects");
        if (Files.isDirectory(objects)) {
            try (Stream<Path> files = Files.list(objects)) {
                if (files.findAny().isPresent()) return "its objects/ folder holds files SchemaShift did not write";
            }
        }
        return null;
    }

    /**
     * Writes every file to a temporary name and renames it into place, so an interrupted run never
     * leaves a truncated file that looks complete; then deletes the files of the previous run that
     * this one did not write again. Files SchemaShift did not write are never touched.
     */
    public static void write(Path dir, ConversionResult result, Report report) {
        try {
            Files.createDirectories(dir.resolve("objects"));
            OutputManifest previous = OutputManifest.read(dir);
            OutputManifest written = OutputManifest.empty();
            writeObjects(dir, result.objects(), written);
            for (ReportFormat format : ReportFormat.files()) {
                writeAtomically(dir, format.fileName(), out -> format.write(report, out), written);
            }
            LoadPhases phases = LoadPhases.of(result.objects());
            for (LoadPhase phase : LoadPhase.values()) {
                writeAtomically(dir, phase.fileName(), out -> SchemaScript.write(result, phases, phase, out), written);
            }
            CopiedTables copied = CopiedTables.of(result);
            writeAtomically(dir, DMS_TABLE_MAPPINGS, out -> DmsTableMappings.write(copied, out), written);
            if (PgloaderCommands.supports(copied)) {
                writeText(dir, PgloaderCommands.FILE_NAME, PgloaderCommands.render(copied), written);
            }
            writeAtomically(dir, "schema.sql", out -> SchemaScript.write(result, out), written);
            if (previous != null) {
                Set<String> now = written.files();
                for (String stale : previous.files()) {
                    if (!now.contains(stale)) Files.deleteIfExists(dir.resolve(stale));
                }
            }
            writeText(dir, OutputManifest.FILE_NAME, written.render(), OutputManifest.empty());
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot write output directory " + dir + ": "
                    + (e instanceof IOException io ? IoErrors.cause(io) : e.getMessage()));
        }
    }

    private static void writeObjects(Path dir, List<EmittedObject> objects, OutputManifest written) throws IOException {
        int number = 0;
        for (EmittedObject object : objects) {
            number++;
            String file = "objects/" + fourDigits(number) + "-" + object.kind().id() + "-" + fileSafe(object.name()) + ".sql";
            writeText(dir, file, object.sql() + "\n", written);
        }
    }

    /** Writes a file's content; streamed, so a large report is never held twice (as text and as bytes). */
    private interface Content {
        void write(Writer out) throws IOException;
    }

    private interface Bytes {
        void write(OutputStream out) throws IOException;
    }

    /** A small text already held in full (an object's SQL) is written as its bytes, without a writer's buffer. */
    private static void writeText(Path dir, String relative, String text, OutputManifest written) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeFile(dir, relative, out -> out.write(bytes), written);
    }

    private static void writeAtomically(Path dir, String relative, Content content, OutputManifest written) throws IOException {
        writeFile(dir, relative, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.write(writer);
            writer.flush();
        }, written);
    }

    private static void writeFile(Path dir, String relative, Bytes content, OutputManifest written) throws IOException {
        Path target = dir.resolve(relative);
        // a name of its own in the same folder (so the rename is atomic), created with the user's usual permissions
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        Checksum checksum = OutputManifest.checksum();
        try {
            try (OutputStream out = new CheckedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), checksum)) {
                content.write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        written.add(relative, checksum);
    }

    /** The number with zeros before it up to four digits ({@code %04d} without a formatter per file). */
    static String fourDigits(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    /** Object names may hold quotes, dots and any character: keep letters, digits, '.', '_' and '-'. */
    static String fileSafe(String name) {
        String safe = UNSAFE_IN_FILE_NAME.matcher(name).replaceAll("_");
        return safe.length() > 100 ? safe.substring(0, 100) : safe;
    }
}

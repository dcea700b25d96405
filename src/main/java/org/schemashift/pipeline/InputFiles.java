package org.schemashift.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.schemashift.source.SourceFile;

/**
 * Reads the inputs named on the command line: files as given, directories recursively (script
 * files only, sorted by path so the order never depends on the file system). Text is UTF-8,
 * falling back to ISO-8859-1 for legacy exports; a byte-order mark is dropped.
 */
public final class InputFiles {
    /** Extensions of schema scripts found when a directory is given. */
    private static final Set<String> SCRIPT_EXTENSIONS = Set.of("sql", "ddl", "pks", "pkb", "pls", "plb", "prc", "fnc",
            "trg", "vw", "tab", "seq", "typ", "tps", "tpb");

    /** Thrown for an input that does not exist or cannot be read. */
    public static final class InputException extends RuntimeException {
        InputException(String message) {
            super(message);
        }
    }

    private InputFiles() {
    }

    public static List<SourceFile> read(List<Path> inputs) {
        List<SourceFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : scriptsUnder(input)) {
                    files.add(readFile(file, file.toString()));
                }
            } else {
                files.add(readFile(input, input.toString()));
            }
        }
        return files;
    }

    public static SourceFile fromStandardInput(byte[] bytes) {
        return new SourceFile("<stdin>", decode(bytes));
    }

    private static List<Path> scriptsUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(InputFiles::isScript).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot read directory " + dir + ": " + e.getMessage());
        }
    }

    private static boolean isScript(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SCRIPT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static SourceFile readFile(Path file, String displayName) {
        if (!Files.exists(file)) throw new InputException("input not found: " + file);
        if (!Files.isReadable(file)) throw new InputException("input not readable: " + file);
        try {
            return new SourceFile(displayName, decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

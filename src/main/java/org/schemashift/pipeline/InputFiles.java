package org.schemashift.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.schemashift.model.IoErrors;
import org.schemashift.source.SourceFile;

/**
 * Reads the inputs named on the command line: files as given, directories recursively (script
 * files only, sorted by path so the order never depends on the file system). Bytes become text
 * as {@link TextDecoder} says.
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
        return read(inputs, null, notice -> { });
    }

    /**
     * {@code encoding}: the user's --encoding, or null to detect (see {@link TextDecoder});
     * {@code notices} hears of guessed encodings and empty files. A directory without script
     * files, or a file that is not text, is an {@link InputException} saying so.
     */
    public static List<SourceFile> read(List<Path> inputs, Charset encoding, Consumer<String> notices) {
        List<SourceFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> scripts = scriptsUnder(input);
                if (scripts.isEmpty()) throw new InputException(noScripts(input));
                for (Path file : scripts) {
                    files.add(readFile(file, file.toString(), encoding, notices));
                }
            } else {
                files.add(readFile(input, input.toString(), encoding, notices));
            }
        }
        return files;
    }

    public static SourceFile fromStandardInput(byte[] bytes) {
        return fromStandardInput(bytes, null, notice -> { });
    }

    public static SourceFile fromStandardInput(byte[] bytes, Charset encoding, Consumer<String> notices) {
        return decoded("<stdin>", bytes, encoding, notices);
    }

    /** "no script files (.sql, .pks, ...) in DIR; it holds 3 other files, such as notes.txt". */
    private static String noScripts(Path dir) {
        List<Path> others;
        try (Stream<Path> walk = Files.walk(dir)) {
            others = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            others = List.of();
        }
        String extensions = SCRIPT_EXTENSIONS.stream().sorted().map(e -> "." + e).reduce((a, b) -> a + ", " + b).orElse("");
        return "no script files (" + extensions + ") in directory " + dir
                + (others.isEmpty() ? ": it is empty" : ": it holds " + others.size() + " other file(s), such as "
                + others.get(0).getFileName() + " (name the files to read them anyway)");
    }

    private static List<Path> scriptsUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(InputFiles::isScript).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot read directory " + dir + ": "
                    + (e instanceof IOException io ? IoErrors.cause(io) : IoErrors.cause(((UncheckedIOException) e).getCause())));
        }
    }

    private static boolean isScript(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SCRIPT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static SourceFile readFile(Path file, String displayName, Charset encoding, Consumer<String> notices) {
        // the read itself says why it fails (missing, denied, a loop of symbolic links), where a check beforehand would guess
        try {
            return decoded(displayName, Files.readAllBytes(file), encoding, notices);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + IoErrors.cause(e));
        }
    }

    private static SourceFile decoded(String name, byte[] bytes, Charset encoding, Consumer<String> notices) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, encoding);
            if (decoded.notice() != null) notices.accept(name + ": " + decoded.notice());
            if (decoded.text().isBlank()) notices.accept(name + ": empty file");
            return new SourceFile(name, decoded.text());
        } catch (TextDecoder.NotText e) {
            throw new InputException("cannot read " + name + ": " + e.getMessage());
        }
    }
}

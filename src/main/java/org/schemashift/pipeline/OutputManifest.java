package org.schemashift.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * OUT/.schemashift-files: the SHA-256 of every file convert wrote, one "hash  path" a line. From it
 * the next convert knows which files are its own (the only ones it replaces or deletes) and whether
 * one was edited by hand since (then it refuses unless --force, so no edit is lost).
 */
final class OutputManifest {
    static final String FILE_NAME = ".schemashift-files";

    private final Map<String, String> hashes;

    private OutputManifest(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    static OutputManifest empty() {
        return new OutputManifest(new LinkedHashMap<>());
    }

    /** The manifest in {@code dir}, or null when there is none. */
    static OutputManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return null;
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap > 0) hashes.put(line.substring(gap + 2), line.substring(0, gap));
        }
        return new OutputManifest(hashes);
    }

    /** Records a file written with its SHA-256 (hex). */
    void add(String relativePath, String sha256) {
        hashes.put(relativePath, sha256);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Set<String> files() {
        return Collections.unmodifiableSet(hashes.keySet());
    }

    String render() {
        StringBuilder text = new StringBuilder();
        hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        return text.toString();
    }

    /** The first difference between {@code dir} and what this manifest recorded, in words, or null when there is none. */
    String firstChange(Path dir) throws IOException {
        for (Map.Entry<String, String> entry : hashes.entrySet()) {
            Path file = dir.resolve(entry.getKey());
            if (Files.isRegularFile(file) && !sha256(Files.readAllBytes(file)).equals(entry.getValue())) {
                return entry.getKey() + " was edited since SchemaShift wrote it";
            }
        }
        Path objects = dir.resolve("objects");
        if (Files.isDirectory(objects)) {
            try (Stream<Path> files = Files.list(objects)) {
                for (Path file : files.sorted().toList()) {
                    String relative = "objects/" + file.getFileName();
                    if (!hashes.containsKey(relative)) return relative + " was added by hand";
                }
            }
        }
        return null;
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }
}

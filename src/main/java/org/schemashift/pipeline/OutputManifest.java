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
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * OUT/.schemashift-files: a checksum of every file convert wrote, one "crc32c:XXXXXXXX  path" a
 * line. From it the next convert knows which files are its own (the only ones it replaces or
 * deletes) and whether one was edited by hand since (then it refuses unless --force, so no edit is lost).
 *
 * <p>CRC-32C, not a cryptographic digest: the manifest lies in the folder it describes, so whoever can
 * change a file can change its line too, and a collision resistant hash would protect nothing. What it
 * must tell is a hand edit from SchemaShift's own bytes, which a 32-bit CRC misses once in four billion
 * edits. The JVM computes CRC-32C with the processor's instruction in every compiler, where SHA-256 is
 * fast only under C2, and the launcher runs C1 alone: SHA-256 of every byte written was a fifth of a
 * large convert's CPU (docs/performance.md). Lines of 64 hex digits are SHA-256, as SchemaShift wrote
 * them before, so an upgrade still recognises its own output.
 */
final class OutputManifest {
    static final String FILE_NAME = ".schemashift-files";
    private static final String CRC32C_PREFIX = "crc32c:";

    private final Map<String, String> checksums;

    private OutputManifest(Map<String, String> checksums) {
        this.checksums = checksums;
    }

    static OutputManifest empty() {
        return new OutputManifest(new LinkedHashMap<>());
    }

    /** The manifest in {@code dir}, or null when there is none. */
    static OutputManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return null;
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap > 0) checksums.put(line.substring(gap + 2), line.substring(0, gap));
        }
        return new OutputManifest(checksums);
    }

    /** A new checksum for the bytes of one file, fed as they are written. */
    static Checksum checksum() {
        return new CRC32C();
    }

    /** Records a file written with the {@link #checksum()} of its bytes. */
    void add(String relativePath, Checksum checksum) {
        checksums.put(relativePath, recorded(checksum));
    }

    Set<String> files() {
        return Collections.unmodifiableSet(checksums.keySet());
    }

    String render() {
        StringBuilder text = new StringBuilder();
        checksums.forEach((path, checksum) -> text.append(checksum).append("  ").append(path).append('\n'));
        return text.toString();
    }

    /** The first difference between {@code dir} and what this manifest recorded, in words, or null when there is none. */
    String firstChange(Path dir) throws IOException {
        for (Map.Entry<String, String> entry : checksums.entrySet()) {
            Path file = dir.resolve(entry.getKey());
            if (Files.isRegularFile(file) && !entry.getValue().equals(checksumLike(entry.getValue(), Files.readAllBytes(file)))) {
                return entry.getKey() + " was edited since SchemaShift wrote it";
            }
        }
        Path objects = dir.resolve("objects");
        if (Files.isDirectory(objects)) {
            try (Stream<Path> files = Files.list(objects)) {
                for (Path file : files.sorted().toList()) {
                    String relative = "objects/" + file.getFileName();
                    if (!checksums.containsKey(relative)) return relative + " was added by hand";
                }
            }
        }
        return null;
    }

    /** The checksum of {@code content} written the way {@code recorded} is: CRC-32C, or SHA-256 from an older manifest. */
    private static String checksumLike(String recorded, byte[] content) {
        if (!recorded.startsWith(CRC32C_PREFIX)) return HexFormat.of().formatHex(sha256().digest(content));
        Checksum checksum = checksum();
        checksum.update(content, 0, content.length);
        return recorded(checksum);
    }

    private static String recorded(Checksum crc32c) {
        return CRC32C_PREFIX + HexFormat.of().toHexDigits((int) crc32c.getValue());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

package org.schemashift.emit.postgresql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.schemashift.model.NameCase;

/**
 * The one naming policy for PostgreSQL output: how a source name folds (ordinary names become
 * lower case, case-sensitive names keep their case and are quoted), when a name is quoted
 * (not a plain lower-case identifier, or a keyword), and how names over PostgreSQL's 63-byte
 * limit are shortened (deterministically: a prefix plus a hash of the whole name).
 */
public final class PostgresqlIdentifiers {
    /** NAMEDATALEN - 1: PostgreSQL truncates longer names silently, so we shorten them first. */
    static final int MAX_BYTES = 63;
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Set<String> KEYWORDS = readKeywords();

    private final NameCase sourceCase;

    public PostgresqlIdentifiers(NameCase sourceCase) {
        this.sourceCase = sourceCase;
    }

    /** The target spelling of a source name, before quoting and shortening. */
    public String fold(String sourceName) {
        return switch (sourceCase) {
            case INSENSITIVE -> sourceName.toLowerCase(Locale.ROOT);
            case UPPER_CANONICAL -> sourceName.equals(sourceName.toUpperCase(Locale.ROOT))
                    ? sourceName.toLowerCase(Locale.ROOT) : sourceName;
            case LOWER_CANONICAL -> sourceName;
        };
    }

    /** {@code name} cut to the byte limit, or itself when it fits. */
    public static String shorten(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) return name;
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String suffix = String.format(Locale.ROOT, "_%08x", crc.getValue());
        return truncateToBytes(name, MAX_BYTES - suffix.length()) + suffix;
    }

    /** The longest prefix of {@code s} whose UTF-8 encoding fits in {@code maxBytes}. */
    static String truncateToBytes(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) break;
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    public static boolean needsQuotes(String name) {
        return !PLAIN.matcher(name).matches() || KEYWORDS.contains(name);
    }

    /** {@code name} as it must appear in SQL. */
    public static String quote(String name) {
        return needsQuotes(name) ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    static Set<String> keywords() {
        return KEYWORDS;
    }

    private static Set<String> readKeywords() {
        Set<String> words = new HashSet<>();
        try (var in = PostgresqlIdentifiers.class.getResourceAsStream("keywords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#"))
                    .flatMap(l -> java.util.Arrays.stream(l.trim().split("\\s+")))
                    .filter(w -> !w.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

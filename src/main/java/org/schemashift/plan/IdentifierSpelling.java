package org.schemashift.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.schemashift.emit.TargetCapabilities;

/**
 * How a target writes a name it has already chosen: when the name must be quoted (outside the
 * target's plain-name pattern, or a keyword) and with which character, and how a name over the
 * target's length limit is shortened: deterministically, a prefix plus a hash of the whole name, so
 * the same input always gives the same name and two long names with one prefix stay apart.
 */
public final class IdentifierSpelling {
    private final TargetCapabilities.Identifiers rules;
    private final Pattern plain;
    private final Set<String> keywords;

    public IdentifierSpelling(TargetCapabilities.Identifiers rules) {
        this.rules = rules;
        this.plain = Pattern.compile(rules.plainPattern());
        this.keywords = readKeywords(rules.keywordResource());
    }

    public int maxLength() {
        return rules.maxLength();
    }

    /** The length limit in words, for messages: "63 bytes", "64 characters". */
    public String limit() {
        return rules.maxLength() + " " + rules.unit().name().toLowerCase(Locale.ROOT);
    }

    /** {@code name} cut to the length limit with a hash suffix, or itself when it fits. */
    public String shorten(String name) {
        if (length(name) <= rules.maxLength()) return name;
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String suffix = String.format(Locale.ROOT, "_%08x", crc.getValue());
        return truncate(name, rules.maxLength() - suffix.length()) + suffix;
    }

    /** {@code name} with the suffix {@code _n} that makes a clashing name unique, cut so it fits the limit. */
    public String numbered(String name, int n) {
        String suffix = "_" + n;
        return truncate(name, rules.maxLength() - suffix.length()) + suffix;
    }

    /** The longest prefix of {@code s} within {@code max} units, never splitting a character. */
    public String truncate(String s, int max) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = rules.unit() == TargetCapabilities.LengthUnit.CHARACTERS ? 1 : utf8Length(cp);
            if (used + len > max) break;
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private int length(String name) {
        return rules.unit() == TargetCapabilities.LengthUnit.CHARACTERS ? name.codePointCount(0, name.length())
                : name.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    public boolean needsQuotes(String name) {
        return !plain.matcher(name).matches() || keywords.contains(name.toLowerCase(Locale.ROOT));
    }

    /** {@code name} as it must appear in SQL. */
    public String quote(String name) {
        if (!needsQuotes(name)) return name;
        String q = String.valueOf(rules.quote());
        return q + name.replace(q, q + q) + q;
    }

    /** {@code schema.name}, each part quoted where needed; {@code schema} null: the name alone. */
    public String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    public Set<String> keywords() {
        return keywords;
    }

    private static Set<String> readKeywords(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = IdentifierSpelling.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("keyword list " + resource + " is missing");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith("#"))
                    .flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                    .filter(w -> !w.isEmpty()).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

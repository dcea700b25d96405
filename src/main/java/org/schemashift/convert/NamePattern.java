package org.schemashift.convert;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which source names a rule is about: exactly one {@code name} (case-insensitive), a {@code glob}
 * ({@code *} any run of characters, {@code ?} one; each is a capture group, {@code $1}, {@code $2}...)
 * or a Java {@code regex} (whole name, case-insensitive, with its own groups). None given: every name.
 */
public record NamePattern(String name, String glob, String regex) {

    public NamePattern {
        int given = (name == null ? 0 : 1) + (glob == null ? 0 : 1) + (regex == null ? 0 : 1);
        if (given > 1) throw new IllegalArgumentException("give one of name, glob, regex");
        if (regex != null) compile(regex);
    }

    /** Every name. */
    static final NamePattern ANY = new NamePattern(null, null, null);

    /** The match of {@code sourceName} (its groups are the captures), or null when the pattern does not hold. */
    Matcher match(String sourceName) {
        Matcher m = compiled().matcher(sourceName);
        return m.matches() ? m : null;
    }

    private Pattern compiled() {
        if (name != null) return Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (glob != null) return compile(globToRegex(glob));
        return compile(regex == null ? ".*" : regex);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regex " + regex + ": " + e.getDescription());
        }
    }

    private static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append("(.*)");
                case '?' -> re.append("(.)");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    @Override
    public String toString() {
        if (name != null) return "name " + name;
        if (glob != null) return "glob " + glob;
        return regex == null ? "any name" : "regex " + regex;
    }
}

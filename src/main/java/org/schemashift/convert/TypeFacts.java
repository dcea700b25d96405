package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemashift.model.CanonicalType;
import org.schemashift.model.DataType;

/**
 * What a type rule sees of a type: the names its {@code type} condition accepts, the first and
 * second arguments, the flags its {@code modifier}, {@code unsigned} and {@code large} conditions
 * test, the members, and the values of its template placeholders. Built from a source type (direct
 * and read rules) or from a canonical type (write rules), so one matcher serves every rule.
 */
record TypeFacts(List<String> names, Integer length, Integer scale, Set<String> flags, List<String> members,
                 Map<String, String> placeholders) {

    /** A source type: its name; placeholders {name}, {length}, {scale}, {maxValueLength}, {members}, {unsigned}. */
    static TypeFacts of(DataType type) {
        Map<String, String> values = common(type.values(), type.has("unsigned"));
        values.put("name", type.name());
        put(values, "length", type.length());
        put(values, "scale", type.scale());
        return new TypeFacts(List.of(type.name()), type.length(), type.scale(), type.modifiers(), type.values(), values);
    }

    /**
     * A canonical type: its extension (if any) and its Calcite name, so a rule can name either;
     * flags unsigned, large, national, byte/char; placeholders {precision}, {scale}, {extension},
     * {maxValueLength}, {members}, {unsigned}.
     */
    static TypeFacts of(CanonicalType type) {
        List<String> names = new ArrayList<>(2);
        if (type.extension() != null) names.add(type.extension());
        names.add(type.name().getName().toLowerCase(Locale.ROOT));
        Set<String> flags = new LinkedHashSet<>();
        if (type.unsigned()) flags.add("unsigned");
        if (type.large()) flags.add("large");
        if (type.national()) flags.add("national");
        if (type.lengthUnit() != null) flags.add(type.lengthUnit().name().toLowerCase(Locale.ROOT));
        Map<String, String> values = common(type.members(), type.unsigned());
        put(values, "precision", type.precision());
        put(values, "scale", type.scale());
        if (type.extension() != null) values.put("extension", type.extension());
        return new TypeFacts(List.copyOf(names), type.precision(), type.scale(), Set.copyOf(flags), type.members(), values);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** {@code template} with every {placeholder} replaced, or null when it needs a value these facts lack. */
    String expand(String template) {
        if (template == null) return null;
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) break;
            String value = value(template.substring(open + 1, close));
            if (value == null) return null;
            out.append(template, at, open).append(value);
            at = close + 1;
        }
        return out.append(template.substring(at)).toString();
    }

    /** A placeholder's value; {@code {length*4}}: a number placeholder times a whole factor (byte to character lengths). */
    private String value(String placeholder) {
        int times = placeholder.indexOf('*');
        if (times < 0) return placeholders.get(placeholder);
        String base = placeholders.get(placeholder.substring(0, times).trim());
        String factor = placeholder.substring(times + 1).trim();
        if (base == null || !base.matches("\\d+") || !factor.matches("\\d+")) return null;
        return Long.toString(Long.parseLong(base) * Long.parseLong(factor));
    }

    /**
     * {maxValueLength}: the longest member (ENUM as varchar); {members}: the members as string
     * literals, quotes doubled and backslashes doubled (MySQL reads a backslash as an escape);
     * {unsigned}: " unsigned" or nothing, so one template serves both.
     */
    private static Map<String, String> common(List<String> members, boolean unsigned) {
        Map<String, String> values = new HashMap<>();
        if (!members.isEmpty()) {
            values.put("maxValueLength", Integer.toString(Math.max(1, members.stream().mapToInt(String::length).max().orElse(1))));
            values.put("members", members.stream()
                    .map(m -> "'" + m.replace("\\", "\\\\").replace("'", "''") + "'")
                    .collect(Collectors.joining(",")));
        }
        values.put("unsigned", unsigned ? " unsigned" : "");
        return values;
    }

    private static void put(Map<String, String> values, String placeholder, Integer value) {
        if (value != null) values.put(placeholder, value.toString());
    }
}

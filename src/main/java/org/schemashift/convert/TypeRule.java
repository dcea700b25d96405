package org.schemashift.convert;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.DataType;

/**
 * One type rule from {@code mappings/types/<source>-to-<target>.yaml}. A rule matches when every
 * condition given holds; {@code target} is a template whose {length}, {scale} and
 * {maxValueLength} placeholders come from the source type; a rule whose template needs a value
 * the source type lacks does not match. {@code check} asks for a member check (enum, set),
 * {@code action} names an action-item code raised for every column the rule maps.
 */
public record TypeRule(String id, Match match, String target, String check, String action, String note) {

    public record Match(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> type,
                        Integer length, Integer lengthMin, Integer lengthMax, Integer scaleMin, Integer scaleMax,
                        Boolean unsigned, Boolean autoIncrement) {

        public Match {
            type = type == null ? null : type.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        }

        boolean matches(DataType t, boolean isAutoIncrement) {
            return (type == null || type.contains(t.name()))
                    && (length == null || length.equals(t.length()))
                    && (lengthMin == null || t.length() != null && t.length() >= lengthMin)
                    && (lengthMax == null || t.length() != null && t.length() <= lengthMax)
                    && (scaleMin == null || t.scale() != null && t.scale() >= scaleMin)
                    && (scaleMax == null || t.scale() != null && t.scale() <= scaleMax)
                    && (unsigned == null || unsigned == t.has("unsigned"))
                    && (autoIncrement == null || autoIncrement == isAutoIncrement);
        }
    }

    /** The target spelling for {@code t}, or null when the template needs a value {@code t} lacks. */
    String expand(DataType t) {
        String out = target;
        out = substitute(out, "{length}", t.length());
        out = substitute(out, "{scale}", t.scale());
        out = substitute(out, "{maxValueLength}", t.values().isEmpty() ? null
                : Math.max(1, t.values().stream().mapToInt(String::length).max().orElse(1)));
        return out;
    }

    private static String substitute(String template, String placeholder, Integer value) {
        if (template == null || !template.contains(placeholder)) return template;
        return value == null ? null : template.replace(placeholder, value.toString());
    }
}

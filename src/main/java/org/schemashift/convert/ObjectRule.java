package org.schemashift.convert;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user's exclude or include rule: objects of {@code kind} whose source name matches
 * ({@code name}, {@code glob} or {@code regex}, see {@link NamePattern}), in a schema named
 * {@code schema} when given. An excluded object is left out of the conversion; once any include
 * rule names a kind, only the objects of that kind some include rule matches are converted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectRule(String id, NameKind kind, String name, String glob, String regex, String schema) {

    public ObjectRule {
        TypeRule.requireId(id, "exclude/include rule");
        if (kind == null) throw new IllegalArgumentException("rule " + id + " has no kind (" + NameKind.known() + ")");
        if (kind == NameKind.COLUMN) throw new IllegalArgumentException("rule " + id + ": columns cannot be excluded");
        new NamePattern(name, glob, regex);
    }

    boolean matches(NameKind objectKind, String sourceSchema, String sourceName) {
        return kind == objectKind && (schema == null || schema.equalsIgnoreCase(sourceSchema))
                && new NamePattern(name, glob, regex).match(sourceName) != null;
    }
}

package org.schemashift.source;

import java.util.Map;

/**
 * What the user tells a source dialect beyond the files themselves. {@code defines} are
 * substitution variables ({@code convert --define name=value}): Oracle's SQL*Plus {@code &name}
 * and {@code &&name}; a dialect without substitution variables ignores them.
 */
public record SourceOptions(Map<String, String> defines) {
    public static final SourceOptions NONE = new SourceOptions(Map.of());

    public SourceOptions {
        defines = Map.copyOf(defines);
    }
}

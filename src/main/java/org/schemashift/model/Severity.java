package org.schemashift.model;

/** How much attention an action item needs, lowest first. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Severity fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}

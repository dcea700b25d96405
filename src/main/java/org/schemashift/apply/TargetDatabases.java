package org.schemashift.apply;

import java.util.List;

/** The targets apply can run against: one registration line each. */
public final class TargetDatabases {
    private static final List<TargetDatabase> ALL = List.of(
            new PostgresqlTargetDatabase());

    private TargetDatabases() {
    }

    /** The target for a JDBC URL, or an exception naming the URL schemes that are supported. */
    public static TargetDatabase forUrl(String url) {
        for (TargetDatabase target : ALL) {
            if (target.acceptsUrl(url)) return target;
        }
        throw new IllegalArgumentException("apply supports " + schemes() + " URLs; MySQL/MariaDB targets do not exist yet");
    }

    /** The target for a dialect id (report.json's "target"), for the embedded default. */
    public static TargetDatabase forDialect(String dialectId) {
        for (TargetDatabase target : ALL) {
            if (target.dialectId().equals(dialectId)) return target;
        }
        throw new IllegalArgumentException("apply has no embedded database for target '" + dialectId
                + "' (supported: " + String.join(", ", ALL.stream().map(TargetDatabase::dialectId).toList()) + ")");
    }

    private static String schemes() {
        return String.join(", ", ALL.stream().map(t -> "jdbc:" + t.dialectId() + ":").toList());
    }
}

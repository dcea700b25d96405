package org.schemashift.apply;

import java.util.List;

/** The targets apply can run against: one registration line each. */
public final class TargetDatabases {
    private static final List<TargetDatabase> ALL = List.of(
            new PostgresqlTargetDatabase(),
            new MySqlTargetDatabase());

    private TargetDatabases() {
    }

    /** The target for a JDBC URL, or an exception naming the URL schemes that are supported. */
    public static TargetDatabase forUrl(String url) {
        for (TargetDatabase target : ALL) {
            if (target.urlPrefixes().stream().anyMatch(url::startsWith)) return target;
        }
        throw new IllegalArgumentException("apply supports " + String.join(", ", ALL.stream()
                .flatMap(t -> t.urlPrefixes().stream()).toList()) + " URLs");
    }

    /** The target for a dialect id (report.json's "target"), for the embedded default. */
    public static TargetDatabase forDialect(String dialectId) {
        for (TargetDatabase target : ALL) {
            if (target.dialectId().equals(dialectId)) return target;
        }
        throw new IllegalArgumentException("apply has no embedded database for target '" + dialectId
                + "' (supported: " + String.join(", ", ALL.stream().map(TargetDatabase::dialectId).toList()) + ")");
    }
}

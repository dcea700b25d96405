package org.schemashift.emit.postgresql;

import java.util.List;
import org.schemashift.emit.SpellingRule;

/** The PostgreSQL target's Java spelling rules (ids PG-Jnnn), which its write rules name. */
public final class PostgresqlSpellingRules {
    private PostgresqlSpellingRules() {
    }

    public static List<SpellingRule> all() {
        return List.of(new PostgresqlGreatestLeast(), new PostgresqlFormatModels(), new PostgresqlRegexps(),
                new PostgresqlSequenceValues(), new PostgresqlStringAgg(), new PostgresqlTimestampAdd());
    }
}

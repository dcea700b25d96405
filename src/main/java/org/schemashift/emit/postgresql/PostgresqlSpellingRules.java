package org.schemashift.emit.postgresql;

import java.util.List;
import org.apache.calcite.config.NullCollation;
import org.schemashift.emit.NullOrderSpelling;
import org.schemashift.emit.SpellingRule;

/** The PostgreSQL target's Java spelling rules (ids PG-Jnnn), which its write rules name. */
public final class PostgresqlSpellingRules {
    private PostgresqlSpellingRules() {
    }

    public static List<SpellingRule> all() {
        return List.of(new PostgresqlGreatestLeast(), new PostgresqlFormatModels(), new PostgresqlRegexps(),
                new PostgresqlSequenceValues(), new PostgresqlStringAgg(), new PostgresqlTimestampAdd(),
                new NullOrderSpelling("PG-J007", NullCollation.HIGH, true));
    }
}

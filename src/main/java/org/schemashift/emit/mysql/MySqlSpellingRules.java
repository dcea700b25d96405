package org.schemashift.emit.mysql;

import java.util.List;
import org.apache.calcite.config.NullCollation;
import org.schemashift.emit.NullOrderSpelling;
import org.schemashift.emit.SpellingRule;

/**
 * The MySQL target's Java spelling rules (ids MYSQL-Jnnn), which the write rules of
 * {@code mappings/functions/mysql.yaml} name: {@code new CanonicalSpelling("mysql", MySqlSpellingRules.all())}.
 */
public final class MySqlSpellingRules {
    private MySqlSpellingRules() {
    }

    public static List<SpellingRule> all() {
        return List.of(new MySqlFormatModels(), new MySqlRegexps(), new MySqlTimestampAdd(), new NullOrderSpelling("MYSQL-J004", NullCollation.LOW, false));
    }
}

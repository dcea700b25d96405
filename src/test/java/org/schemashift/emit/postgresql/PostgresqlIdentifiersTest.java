package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schemashift.model.NameCase;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

class PostgresqlIdentifiersTest {

    @Test
    void caseInsensitiveSourceNamesFoldToLowerCase() {
        assertThat(new PostgresqlIdentifiers(NameCase.INSENSITIVE).fold("CustomerOrder")).isEqualTo("customerorder");
    }

    @Test
    void upperCanonicalNamesFoldOnlyWhenAllUpperCase() {
        PostgresqlIdentifiers oracle = new PostgresqlIdentifiers(NameCase.UPPER_CANONICAL);
        assertThat(oracle.fold("EMPLOYEES")).isEqualTo("employees");
        assertThat(oracle.fold("MixedCase")).isEqualTo("MixedCase");
    }

    @Test
    void keywordsAndNonPlainNamesAreQuoted() {
        assertThat(PostgresqlIdentifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(PostgresqlIdentifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(PostgresqlIdentifiers.quote("MixedCase")).isEqualTo("\"MixedCase\"");
        assertThat(PostgresqlIdentifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(PostgresqlIdentifiers.quote("customer_id")).isEqualTo("customer_id");
    }

    @Test
    void longNamesAreShortenedDeterministicallyWithinTheByteLimit() {
        String longName = "idx_" + "very_long_column_name_".repeat(4);
        String shortened = PostgresqlIdentifiers.shorten(longName);
        assertThat(shortened.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(shortened).startsWith("idx_very_long").isEqualTo(PostgresqlIdentifiers.shorten(longName));
        assertThat(PostgresqlIdentifiers.shorten(longName + "x")).isNotEqualTo(shortened);
        assertThat(PostgresqlIdentifiers.shorten("short")).isEqualTo("short");
    }

    @Test
    void shorteningNeverSplitsAMultiByteCharacter() {
        String name = "é".repeat(40);
        String shortened = PostgresqlIdentifiers.shorten(name);
        assertThat(shortened.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(shortened).startsWith("éééé").doesNotContain("\uFFFD");
    }

    @Test
    void keywordListMatchesTheServersNonPlainKeywords() throws Exception {
        try (Connection db = SharedPostgres.freshDatabase("keywords")) {
            Set<String> server = new HashSet<>();
            new PostgresCatalog(db).query("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T', 'C')")
                    .forEach(row -> server.add(row.get(0)));
            assertThat(PostgresqlIdentifiers.keywords()).containsAll(server);
        }
    }
}

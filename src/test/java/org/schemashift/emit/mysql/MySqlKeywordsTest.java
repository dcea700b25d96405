package org.schemashift.emit.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.schemashift.plan.IdentifierSpelling;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;

/** Every word MariaDB will not take as a plain column or table name is quoted by the MySQL target. */
class MySqlKeywordsTest {

    @Test
    void everyKeywordMariaDbRejectsAsANameIsQuoted() throws SQLException {
        IdentifierSpelling spelling = new IdentifierSpelling(MySqlTargetDialect.IDENTIFIERS);
        List<String> rejected = new ArrayList<>();
        try (Connection db = SharedMariaDb.freshDatabase("keywords"); Statement s = db.createStatement()) {
            for (String word : JdbcRows.column(db, "SELECT word FROM information_schema.keywords")) {
                String name = word.toLowerCase(Locale.ROOT);
                if (!name.matches("[a-z_][a-z0-9_]*")) continue;
                try {
                    s.execute("CREATE TABLE " + name + " (" + name + " INT)");
                    s.execute("DROP TABLE " + name);
                } catch (SQLException e) {
                    rejected.add(name);
                }
            }
        }
        assertThat(rejected).as("keywords MariaDB rejects as names").isNotEmpty()
                .allSatisfy(word -> assertThat(spelling.needsQuotes(word)).as(word).isTrue());
    }
}

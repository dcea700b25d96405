package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.convert.MappingRules;
import org.schemashift.model.Decision;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/**
 * The MySQL source's options of a rules file ({@code mappings/options.yaml}): TINYINT(1) as boolean
 * (the default) or smallint, ENUM as varchar with a member check (the default) or an enum type of
 * its own. Each choice applies to PostgreSQL and behaves there as it says; the report names the
 * option's rule for each column it decides; a bad value is an error naming the file and line.
 */
class MySqlOptionsOnPostgresTest {
    private static final String SCHEMA = """
            CREATE TABLE tickets (
              id int PRIMARY KEY,
              open tinyint(1) NOT NULL DEFAULT 1,
              urgent bool,
              state enum('new', 'doing', 'done') NOT NULL DEFAULT 'new'
            );
            CREATE VIEW open_tickets AS SELECT id, state FROM tickets WHERE open = 1 AND state <> 'done';
            """;

    @TempDir
    Path dir;

    private ConversionResult convert(String options) throws IOException {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "options:\n" + options);
        return new ConversionPipeline("mysql", "postgresql", rules).run(List.of(new SourceFile("tickets.sql", SCHEMA)));
    }

    private static List<String> decidedBy(ConversionResult result, String ruleId) {
        return result.decisions().stream().filter(d -> d.ruleId().startsWith(ruleId)).map(Decision::message).toList();
    }

    @Test
    void byDefaultTinyint1IsABooleanAndEnumAVarcharWithAMemberCheck() throws Exception {
        ConversionResult result = convert("  tinyint1: boolean\n  enum: check\n");
        assertThat(decidedBy(result, "MY-T001+PG-T071")).singleElement().asString().contains("tickets.open");
        try (Connection db = applied("options_default", SchemaScript.render(result),
                "INSERT INTO tickets (id, urgent) VALUES (1, true), (2, false)")) {
            assertThat(JdbcRows.column(db, "SELECT data_type FROM information_schema.columns WHERE table_name = 'tickets' "
                    + "ORDER BY ordinal_position")).containsExactly("integer", "boolean", "boolean", "character varying");
            assertThat(JdbcRows.column(db, "SELECT id || ':' || state FROM open_tickets ORDER BY id")).containsExactly("1:new", "2:new");
            assertRefused(db, "INSERT INTO tickets (id, state) VALUES (3, 'lost')");
        }
    }

    @Test
    void tinyint1AsSmallintKeepsEveryNumberAndTheViewComparesNumbers() throws Exception {
        ConversionResult result = convert("  tinyint1: smallint\n");
        try (Connection db = applied("options_smallint", SchemaScript.render(result),
                "INSERT INTO tickets (id, open, urgent) VALUES (1, 2, -1), (2, 0, 0)")) {
            assertThat(JdbcRows.column(db, "SELECT column_name || ' ' || data_type FROM information_schema.columns "
                    + "WHERE table_name = 'tickets' AND column_name IN ('open', 'urgent') ORDER BY ordinal_position"))
                    .containsExactly("open smallint", "urgent smallint");
            assertThat(JdbcRows.column(db, "SELECT open || ':' || urgent FROM tickets ORDER BY id")).containsExactly("2:-1", "0:0");
            assertThat(JdbcRows.column(db, "SELECT count(*) FROM open_tickets")).as("open = 1 stays a number comparison")
                    .containsExactly("0");
        }
        assertThat(decidedBy(result, "OPT-002+PG-T002")).singleElement().asString().contains("tickets.open");
        assertThat(decidedBy(result, "OPT-003+PG-T002")).singleElement().asString().contains("tickets.urgent");
    }

    @Test
    void enumAsTypeMakesTheColumnsOwnEnumTypeWhichRejectsOtherValuesAndSortsByMember() throws Exception {
        ConversionResult result = convert("  enum: type\n");
        String schema = SchemaScript.render(result);
        assertThat(schema).contains("CREATE TYPE tickets_state AS ENUM ('new', 'doing', 'done');")
                .doesNotContain("tickets_state_check");
        try (Connection db = applied("options_enum", schema,
                "INSERT INTO tickets (id, state) VALUES (1, 'done'), (2, 'new'), (3, 'doing')")) {
            assertThat(JdbcRows.column(db, "SELECT udt_name FROM information_schema.columns WHERE table_name = 'tickets' "
                    + "AND column_name = 'state'")).containsExactly("tickets_state");
            assertThat(JdbcRows.column(db, "SELECT id FROM tickets ORDER BY state")).as("ordered by member, as MySQL orders an ENUM")
                    .containsExactly("2", "3", "1");
            assertThat(JdbcRows.column(db, "SELECT id FROM open_tickets ORDER BY id")).containsExactly("2", "3");
            assertRefused(db, "INSERT INTO tickets (id, state) VALUES (4, 'lost')");
        }
        assertThat(decidedBy(result, "OPT-004")).singleElement().asString().contains("tickets.state", "tickets_state");
    }

    @Test
    void aBadValueOrAnUnknownOptionIsAnErrorAtItsLine() throws IOException {
        Path rules = dir.resolve("bad.yaml");
        Files.writeString(rules, "options:\n  tinyint1: bit\n");
        assertThatThrownBy(() -> MappingRules.load("mysql", "postgresql", rules)).isInstanceOf(MappingRules.RulesException.class)
                .hasMessage(rules + ":2: options.tinyint1: unknown value bit (boolean, smallint)");
        Files.writeString(rules, "options:\n  tinyint1: boolean\n  enum: domain\n");
        assertThatThrownBy(() -> MappingRules.load("mysql", "postgresql", rules)).isInstanceOf(MappingRules.RulesException.class)
                .hasMessage(rules + ":3: options.enum: unknown value domain (check, type)");
    }

    /** A fresh PostgreSQL database holding {@code schema}, then {@code rows}. */
    private static Connection applied(String database, String schema, String rows) throws SQLException {
        Connection db = SharedPostgres.freshDatabase(database);
        try {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, rows);
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void assertRefused(Connection db, String sql) {
        assertThatThrownBy(() -> SharedPostgres.runScript(db, sql)).as(sql).isInstanceOf(SQLException.class);
    }
}

package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.EmbeddedPostgresServer;
import org.schemashift.cli.ApplyCli.Run;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;

/**
 * No input name can inject SQL into the generated script: tables, columns, a constraint, an
 * index and a view named with quotes, semicolons, comment markers, {@code $$}, unicode and
 * reserved words, in each source dialect's own quoting, go through {@code convert} and
 * {@code apply} on PostgreSQL and MariaDB and come out with exactly those names, next to an
 * untouched table the names try to drop; a default holding the same characters keeps its value,
 * and so do strings in a routine body.
 */
class OddNamesTest {
    /** Lower case: MySQL's names are folded to PostgreSQL's lower case, a separate rule (SourceNameCaseTest). */
    private static final String TABLE = "it's; drop table victim; --";
    private static final String VIEW = "v$$ /* */";
    private static final String INDEX = "ix */ select";
    /** The first is the key, the second has a default; "select" is checked and indexed. */
    private static final List<String> COLUMNS = List.of("say \"hi\"", "$$body$$", "select", "naïve_表", "a`b]c", "-- x");
    /** The same characters in a string: a default value. */
    private static final String VALUE = "it's $$ -- /* ; \\";

    @TempDir
    Path dir;

    static Stream<Arguments> sourcesAndTargets() {
        return Stream.of("mysql", "oracle", "sqlserver")
                .flatMap(source -> Stream.of(Arguments.of(source, "postgresql"), Arguments.of(source, "mysql")));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("sourcesAndTargets")
    void namesWithQuotesSemicolonsCommentMarkersDollarsUnicodeAndReservedWordsSurviveExactly(String source, String target)
            throws Exception {
        List<String> columns = columns(source);
        Path input = dir.resolve("names.sql");
        Files.writeString(input, script(source, columns));
        Path out = dir.resolve("out");
        SchemaShiftCommandTest.Run converted = SchemaShiftCommandTest.run("convert", "--from", source, "--to", target,
                "-o", out.toString(), input.toString());
        assertThat(converted.status()).as(converted.err()).isZero();

        ConnectionSettings db = target.equals("postgresql") ? EmbeddedPostgresServer.shared().freshDatabase("odd_names")
                : SharedMariaDb.freshDatabaseSettings("odd_names");
        Run applied = new ApplyCli(out).apply(db.url(), db.user());
        assertThat(applied.status()).as(applied.text() + Files.readString(out.resolve("schema.sql"))).isZero();

        try (Connection c = DriverManager.getConnection(db.url(), db.user(), null)) {
            String schema = JdbcRows.column(c, target.equals("postgresql") ? "SELECT current_schema()" : "SELECT DATABASE()").get(0);
            assertThat(JdbcRows.column(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                    + "AND table_name <> 'schemashift_journal'", schema)).containsExactlyInAnyOrderElementsOf(
                    hasView(source) ? List.of(TABLE, VIEW, "victim") : List.of(TABLE, "victim"));
            assertThat(JdbcRows.column(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                    + "AND table_name = ? ORDER BY ordinal_position", schema, TABLE)).containsExactlyElementsOf(columns);
            if (hasView(source)) {
                assertThat(JdbcRows.column(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                        + "AND table_name = ? ORDER BY ordinal_position", schema, VIEW)).containsExactly(columns.get(0), columns.get(1));
            }
            String index = target.equals("postgresql")
                    ? "SELECT indexname FROM pg_indexes WHERE schemaname = ? AND indexname = ?"
                    : "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = ? AND index_name = ?";
            assertThat(JdbcRows.column(c, index, schema, INDEX)).containsExactly(INDEX);

            String quote = target.equals("postgresql") ? "\"" : "`";
            String table = quoted(quote, TABLE);
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO " + table + " (" + quoted(quote, columns.get(0)) + ", " + quoted(quote, "select")
                        + ") VALUES (1, 5)");
            }
            assertThat(JdbcRows.column(c, "SELECT " + quoted(quote, columns.get(1)) + " FROM "
                    + quoted(quote, hasView(source) ? VIEW : TABLE))).containsExactly(VALUE);
        }
    }

    /** A routine body is dollar-quoted on PostgreSQL: strings holding $$ and the body's own tag cannot end it early. */
    @Test
    void aRoutineWhoseStringsHoldDollarQuotesRunsAsWritten() throws Exception {
        Path input = dir.resolve("routine.sql");
        Files.writeString(input, """
                CREATE TABLE victim (note VARCHAR2(40));
                CREATE OR REPLACE PROCEDURE "p$$; --" AS
                BEGIN
                  INSERT INTO victim VALUES ('$$; DROP TABLE victim; --');
                  INSERT INTO victim VALUES ('$body$ /*');
                END;
                /
                """);
        Path out = dir.resolve("out");
        assertThat(SchemaShiftCommandTest.run("convert", "--from", "oracle", "--to", "postgresql", "-o", out.toString(),
                input.toString()).status()).isZero();
        ConnectionSettings db = EmbeddedPostgresServer.shared().freshDatabase("odd_routine");
        Run applied = new ApplyCli(out).apply(db.url(), db.user());
        assertThat(applied.status()).as(applied.text()).isZero();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), null); var s = c.createStatement()) {
            s.execute("CALL \"p$$; --\"()");
            assertThat(JdbcRows.column(c, "SELECT note FROM victim ORDER BY note"))
                    .containsExactly("$$; DROP TABLE victim; --", "$body$ /*");
        }
    }

    /** Oracle's quoted names cannot hold a double quote. */
    private static List<String> columns(String source) {
        return source.equals("oracle") ? COLUMNS.stream().map(c -> c.replace('"', '\'')).toList() : COLUMNS;
    }

    /** MySQL views are not converted yet (SS-GEN-0002). */
    private static boolean hasView(String source) {
        return !source.equals("mysql");
    }

    private static String script(String source, List<String> columns) {
        String integer = source.equals("oracle") ? "NUMBER(9)" : "INT";
        String text = source.equals("oracle") ? "VARCHAR2(40)" : source.equals("sqlserver") ? "NVARCHAR(40)" : "VARCHAR(40)";
        String separator = source.equals("sqlserver") ? "\nGO\n" : "\n";
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String type = i == 0 ? integer + " PRIMARY KEY" : column.equals("select") ? integer : text;
            if (i == 1) type += " DEFAULT " + string(source, VALUE);
            definitions.add(name(source, column) + " " + type);
        }
        definitions.add("CONSTRAINT " + name(source, "ck; \"--") + " CHECK (" + name(source, "select") + " > 0)");
        String table = name(source, TABLE);
        List<String> statements = new ArrayList<>(List.of(
                "CREATE TABLE victim (id " + integer + " PRIMARY KEY);",
                "CREATE TABLE " + table + " (\n  " + String.join(",\n  ", definitions) + "\n);",
                "CREATE INDEX " + name(source, INDEX) + " ON " + table + " (" + name(source, "select") + ");"));
        if (hasView(source)) {
            statements.add("CREATE VIEW " + name(source, VIEW) + " AS SELECT " + name(source, columns.get(0)) + ", "
                    + name(source, columns.get(1)) + " FROM " + table + ";");
        }
        return String.join(separator, statements) + "\n";
    }

    /** The name in the source's quotes (MySQL backticks, SQL Server brackets, Oracle double quotes), the closing quote doubled. */
    private static String name(String source, String name) {
        return switch (source) {
            case "mysql" -> quoted("`", name);
            case "sqlserver" -> "[" + name.replace("]", "]]") + "]";
            default -> quoted("\"", name.replace("\"", ""));
        };
    }

    private static String quoted(String quote, String name) {
        return quote + name.replace(quote, quote + quote) + quote;
    }

    /** A string literal: MySQL also escapes the backslash (its default sql_mode reads \ as an escape). */
    private static String string(String source, String value) {
        String escaped = source.equals("mysql") ? value.replace("\\", "\\\\") : value;
        return (source.equals("sqlserver") ? "N'" : "'") + escaped.replace("'", "''") + "'";
    }
}

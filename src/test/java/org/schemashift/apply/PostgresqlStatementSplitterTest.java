package org.schemashift.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ';' ends a statement only where psql would end it. */
class PostgresqlStatementSplitterTest {
    private final PostgresqlStatementSplitter splitter = new PostgresqlStatementSplitter();

    @Test
    void statementsEndAtSemicolonsAndCommentsBetweenThemAreDropped() {
        assertThat(splitter.split("-- header\nCREATE TABLE a (x int);\n/* between */\nCREATE TABLE b (y int);\n-- trailing\n"))
                .containsExactly("CREATE TABLE a (x int);", "CREATE TABLE b (y int);");
    }

    @Test
    void semicolonsInStringsIdentifiersAndCommentsDoNotEndAStatement() {
        String sql = "CREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine', -- a; comment\n y int /* c; /* nested; */ d; */);";
        assertThat(splitter.split(sql)).containsExactly(sql);
    }

    @Test
    void escapeStringsTakeBackslashEscapes() {
        String sql = "COMMENT ON TABLE t IS E'a\\'; b';";
        assertThat(splitter.split(sql + " SELECT 1;")).containsExactly(sql, "SELECT 1;");
    }

    @Test
    void dollarQuotedBodiesAreOneStatement() {
        String function = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n  NEW.x := 'a;b'; RETURN NEW;\nEND\n$body$;";
        String plain = "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;";
        assertThat(splitter.split(function + "\n" + plain + "\nCREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION f();"))
                .containsExactly(function, plain, "CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION f();");
    }

    @Test
    void parametersAndDollarsInIdentifiersAreNotQuotes() {
        String sql = "CREATE FUNCTION h(int) RETURNS int LANGUAGE sql AS 'SELECT $1';";
        assertThat(splitter.split(sql + " CREATE TABLE a$b (c$ int);")).containsExactly(sql, "CREATE TABLE a$b (c$ int);");
    }

    @Test
    void aLastStatementWithoutSemicolonIsKept() {
        assertThat(splitter.split("CREATE TABLE a (x int);\nCREATE TABLE b (y int)\n"))
                .containsExactly("CREATE TABLE a (x int);", "CREATE TABLE b (y int)");
    }

    @Test
    void commentsOnlyGiveNoStatement() {
        assertThat(splitter.split("-- nothing\n/* to see */\n")).isEmpty();
    }
}

package org.schemashift.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement ends only where the mysql client would end it. */
class MySqlStatementSplitterTest {
    private final MySqlStatementSplitter splitter = new MySqlStatementSplitter();

    @Test
    void statementsEndAtSemicolonsAndCommentsBetweenThemAreDropped() {
        assertThat(splitter.split("# header\nCREATE TABLE a (x int);\n-- between\n/* block */\nCREATE TABLE b (y int);\n# trailing\n"))
                .containsExactly("CREATE TABLE a (x int);", "CREATE TABLE b (y int);");
    }

    @Test
    void semicolonsInStringsBackticksAndCommentsDoNotEndAStatement() {
        String sql = "CREATE TABLE `a;b` (x text DEFAULT 'it''s; fine', y text DEFAULT \"a;\"\"b\", # c; comment\n"
                + " z int -- d; comment\n /* e; */);";
        assertThat(splitter.split(sql)).containsExactly(sql);
    }

    @Test
    void backslashEscapesAQuoteInStringsButNotInBackticks() {
        String escaped = "CREATE TABLE t (x varchar(9) DEFAULT 'a\\';b', y varchar(9) DEFAULT \"c\\\";d\");";
        String backtick = "CREATE TABLE `u\\` (x int);";
        assertThat(splitter.split(escaped + backtick + "SELECT 1;")).containsExactly(escaped, backtick, "SELECT 1;");
    }

    @Test
    void doubleDashStartsACommentOnlyWhenABlankFollows() {
        String arithmetic = "CREATE TABLE t (x int DEFAULT (1--1));";
        assertThat(splitter.split(arithmetic + "--\nSELECT 2;--\tend")).containsExactly(arithmetic, "SELECT 2;");
    }

    @Test
    void blockCommentsDoNotNest() {
        assertThat(splitter.split("/* a /* b */ SELECT 1; /* c */")).containsExactly("SELECT 1;");
    }

    @Test
    void versionCommentsAreSqlTheServerRunsAndKeepTheirSemicolons() {
        String setting = "/*!40101 SET NAMES utf8mb4 */;";
        String mariadbOnly = "/*M!100100 SET a = 1; */;";
        assertThat(splitter.split(setting + "\n" + mariadbOnly + "\n/* plain; */ SELECT 1;"))
                .containsExactly(setting, mariadbOnly, "SELECT 1;");
    }

    @Test
    void aDelimiterLineLetsTriggerAndRoutineBodiesHoldSemicolons() {
        String script = """
                CREATE TABLE t (x int);
                DELIMITER //
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  SET NEW.x = 1; -- a comment; inside the body
                  SET NEW.x = NEW.x + 1;
                END//
                delimiter $$
                CREATE PROCEDURE p() BEGIN SELECT ';'; END $$
                DELIMITER ;
                CREATE TABLE u (y int);
                """;
        assertThat(splitter.split(script)).containsExactly(
                "CREATE TABLE t (x int);",
                """
                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  SET NEW.x = 1; -- a comment; inside the body
                  SET NEW.x = NEW.x + 1;
                END""",
                "CREATE PROCEDURE p() BEGIN SELECT ';'; END",
                "CREATE TABLE u (y int);");
    }

    @Test
    void delimiterIsACommandOnlyAtTheStartOfAStatement() {
        String sql = "CREATE TABLE t (delimiter int, `delimiter` int);";
        assertThat(splitter.split(sql + "\nSELECT delimiter FROM t;")).containsExactly(sql, "SELECT delimiter FROM t;");
    }

    @Test
    void aCustomDelimiterInsideAStringEndsNothing() {
        assertThat(splitter.split("DELIMITER //\nSELECT '//' //\nSELECT 2//"))
                .containsExactly("SELECT '//'", "SELECT 2");
    }

    @Test
    void aLastStatementWithoutDelimiterIsKept() {
        assertThat(splitter.split("CREATE TABLE a (x int);\nCREATE TABLE b (y int)\n"))
                .containsExactly("CREATE TABLE a (x int);", "CREATE TABLE b (y int)");
    }

    @Test
    void commentsOnlyGiveNoStatement() {
        assertThat(splitter.split("-- nothing\n# to\n/* see */\n")).isEmpty();
    }
}

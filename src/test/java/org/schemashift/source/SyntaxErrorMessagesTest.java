package org.schemashift.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.mysql.MySqlSourceDialect;
import org.schemashift.source.oracle.OracleSourceDialect;
import org.schemashift.source.sqlserver.SqlServerSourceDialect;

/**
 * A statement that does not parse reads, in every source language, as what was expected and what
 * was found, in the words a user types (`;`, a name, end of statement), never grammar token names;
 * the item's place is the file, line and column of the offending token, and the next statement
 * of the file is still read.
 */
class SyntaxErrorMessagesTest {

    @Test
    void mySqlMissingDefaultValue() {
        assertThat(firstError(new MySqlSourceDialect(), """
                CREATE TABLE t (
                  name VARCHAR(10) DEFAULT,
                  id INT);
                CREATE TABLE ok (id INT);
                """)).isEqualTo("t.sql:2:27 expected a name, a value, `+`, `-`, `(` or one of 21 other keywords,"
                + " found `,`");
    }

    @Test
    void mySqlStatementCutShort() {
        assertThat(firstError(new MySqlSourceDialect(), "ALTER TABLE t ADD COLUMN;\nCREATE TABLE ok (id INT);"))
                .isEqualTo("t.sql:1:25 unexpected end of statement after `ADD COLUMN`");
    }

    @Test
    void oracleDoubledComma() {
        assertThat(firstError(new OracleSourceDialect(), "\nCREATE TABLE t (id NUMBER,, x DATE);\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:2:27 expected a name, `CHECK`, `CONSTRAINT`, `FOREIGN`, `PRIMARY` or `UNIQUE`, found `,`");
    }

    @Test
    void oraclePlSqlUnitMissingSemicolon() {
        assertThat(firstError(new OracleSourceDialect(), """
                CREATE OR REPLACE PROCEDURE p IS
                BEGIN
                  NULL
                END;
                /
                CREATE TABLE ok (id NUMBER);
                """)).isEqualTo("t.sql:4:1 expected `;`, found `END`");
    }

    @Test
    void sqlServerUnclosedColumnList() {
        assertThat(firstError(new SqlServerSourceDialect(), "CREATE TABLE t (id INT, name NVARCHAR(10) NOT);\nGO\nCREATE TABLE ok (id INT);\nGO\n"))
                .isEqualTo("t.sql:1:46 unexpected `)` after `NOT`");
    }

    /** "file:line:column message" of the first statement's syntax error; the last statement must have been read. */
    private static String firstError(SourceDialect dialect, String sql) {
        List<SourceStatement> statements = dialect.read(new SourceFile("t.sql", sql));
        assertThat(statements.get(statements.size() - 1).disposition()).isEqualTo(Disposition.PARSED);
        ActionItem item = statements.get(0).actionItems().stream().filter(i -> i.code() == GeneralCode.PARSE_ERROR)
                .findFirst().orElseThrow();
        return item.span().file() + ":" + item.span().line() + ":" + item.span().column() + " " + item.message();
    }
}

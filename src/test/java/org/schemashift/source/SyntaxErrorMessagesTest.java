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
 * was found, in the language's terms: the concept that belongs there ("a column definition", "an
 * expression", "a data type") or the words a user types (`;`, a name, end of statement), never
 * grammar token names;
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
                """)).isEqualTo("t.sql:2:27 expected a default value, found `,`");
    }

    @Test
    void mySqlStatementCutShort() {
        assertThat(firstError(new MySqlSourceDialect(), "ALTER TABLE t ADD COLUMN;\nCREATE TABLE ok (id INT);"))
                .isEqualTo("t.sql:1:25 unexpected end of statement after `ADD COLUMN`");
    }

    @Test
    void oracleDoubledComma() {
        assertThat(firstError(new OracleSourceDialect(), "\nCREATE TABLE t (id NUMBER,, x DATE);\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:2:27 expected a column definition or a table constraint, found `,`");
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

    @Test
    void oracleMissingColumnType() {
        assertThat(firstError(new OracleSourceDialect(), "CREATE TABLE t (id NUMBER, CONSTRAINT);\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:1:38 unexpected `)` after `CONSTRAINT`");
    }

    @Test
    void oracleExpressionCutShort() {
        assertThat(firstError(new OracleSourceDialect(), "CREATE VIEW v AS SELECT a + FROM t;\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:1:29 expected an expression, found `FROM`");
    }

    @Test
    void oracleWhereWithoutCondition() {
        assertThat(firstError(new OracleSourceDialect(), "CREATE VIEW v AS SELECT a FROM t WHERE;\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:1:39 expected an expression, found end of statement");
    }

    @Test
    void oracleCastWithoutType() {
        assertThat(firstError(new OracleSourceDialect(), "CREATE VIEW v AS SELECT CAST(a AS ) FROM t;\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:1:35 expected a data type, found `)`");
    }

    @Test
    void oraclePlSqlStatementExpected() {
        assertThat(firstError(new OracleSourceDialect(), """
                CREATE OR REPLACE PROCEDURE p IS
                BEGIN
                  x := ;
                END;
                /
                CREATE TABLE ok (id NUMBER);
                """)).isEqualTo("t.sql:3:8 expected an expression, found `;`");
    }

    @Test
    void mySqlMissingColumnAfterComma() {
        assertThat(firstError(new MySqlSourceDialect(), "CREATE TABLE t (id INT, );\nCREATE TABLE ok (id INT);"))
                .isEqualTo("t.sql:1:25 expected a column definition or a table constraint, found `)`");
    }

    @Test
    void mySqlColumnWithoutType() {
        assertThat(firstError(new MySqlSourceDialect(), "CREATE TABLE t (id INT, name NOT NULL);\nCREATE TABLE ok (id INT);"))
                .isEqualTo("t.sql:1:30 expected a data type, found `NOT`");
    }

    @Test
    void mySqlSelectListCutShort() {
        assertThat(firstError(new MySqlSourceDialect(), "CREATE VIEW v AS SELECT a, FROM t;\nCREATE TABLE ok (id INT);"))
                .isEqualTo("t.sql:1:28 expected a select-list item, found `FROM`");
    }

    @Test
    void sqlServerDefaultWithoutValue() {
        assertThat(firstError(new SqlServerSourceDialect(), "CREATE TABLE t (id INT, x INT DEFAULT);\nGO\nCREATE TABLE ok (id INT);\nGO\n"))
                .isEqualTo("t.sql:1:38 expected an expression, found `)`");
    }

    @Test
    void sqlServerAlterColumnWithoutType() {
        assertThat(firstError(new SqlServerSourceDialect(), "ALTER TABLE t ALTER COLUMN c NOT NULL;\nGO\nCREATE TABLE ok (id INT);\nGO\n"))
                .isEqualTo("t.sql:1:30 expected a data type, found `NOT`");
    }

    @Test
    void sqlServerConditionExpected() {
        assertThat(firstError(new SqlServerSourceDialect(), "CREATE VIEW v AS SELECT a FROM t WHERE a = ;\nGO\nCREATE TABLE ok (id INT);\nGO\n"))
                .isEqualTo("t.sql:1:44 unexpected `;` after `a =`");
    }

    @Test
    void oracleStringNeverClosed() {
        assertThat(firstError(new OracleSourceDialect(), "CREATE TABLE t (id NUMBER, s VARCHAR2(9) DEFAULT 'abc);\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:1:50 quote `'` is never closed");
    }

    @Test
    void oracleStrayCharacter() {
        assertThat(firstError(new OracleSourceDialect(), "CREATE TABLE t (id NUMBER \\);\nCREATE TABLE ok (id NUMBER);"))
                .isEqualTo("t.sql:1:27 unexpected character `\\`");
    }

    @Test
    void mySqlQuotedNameNeverClosed() {
        assertThat(firstError(new MySqlSourceDialect(), "CREATE TABLE `t (id INT);\nCREATE TABLE ok (id INT);"))
                .isEqualTo("t.sql:1:14 backquote is never closed");
    }

    @Test
    void mySqlCommentNeverClosed() {
        assertThat(firstError(new MySqlSourceDialect(), "CREATE TABLE t (\n  id INT /* the key\n);\nCREATE TABLE ok (id INT);"))
                .isEqualTo("t.sql:2:10 comment `/*` is never closed");
    }

    @Test
    void sqlServerBracketNeverClosed() {
        assertThat(firstError(new SqlServerSourceDialect(), "CREATE TABLE [t (id INT);\nGO\nCREATE TABLE ok (id INT);\nGO\n"))
                .isEqualTo("t.sql:1:14 bracket `[` is never closed");
    }

    @Test
    void sqlServerControlCharacter() {
        assertThat(firstError(new SqlServerSourceDialect(), "CREATE TABLE t (id INT\u0007);\nGO\nCREATE TABLE ok (id INT);\nGO\n"))
                .isEqualTo("t.sql:1:23 unexpected character U+0007");
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

package org.schemashift.emit.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;
import org.schemashift.model.NameCase;
import org.schemashift.plan.TargetNaming;

/** How canonical expressions and queries read in MySQL's default SQL mode. */
class MySqlExpressionsTest {
    private final MySqlExpressions oracleNames = new MySqlExpressions(
            new TargetNaming(NameCase.UPPER_CANONICAL, MySqlTargetDialect.IDENTIFIERS), source -> null);

    private String query(String sql) throws SqlParseException {
        return oracleNames.write(SqlParser.create(sql).parseQuery());
    }

    private String expression(String sql) throws SqlParseException {
        return oracleNames.write(SqlParser.create(sql).parseExpression());
    }

    @Test
    void concatenationIsConcatBecauseDoublePipeIsOrInMySql() throws SqlParseException {
        assertThat(expression("FIRST_NAME || ' ' || LAST_NAME")).isEqualTo("CONCAT(first_name, ' ', last_name)");
    }

    @Test
    void backslashesInStringLiteralsAreEscaped() throws SqlParseException {
        assertThat(expression("'C:\\temp' || 'it''s'")).isEqualTo("CONCAT('C:\\\\temp', 'it''s')");
    }

    @Test
    void nonAsciiTextIsWrittenAsIs() throws SqlParseException {
        assertThat(expression("'café'")).isEqualTo("'café'");
    }

    @Test
    void rowLimitsAreLimit() throws SqlParseException {
        assertThat(query("SELECT A FROM T ORDER BY A FETCH FIRST 5 ROWS ONLY")).isEqualTo("SELECT a FROM t ORDER BY a LIMIT 5");
        assertThat(query("SELECT A FROM T ORDER BY A OFFSET 2 ROWS FETCH NEXT 5 ROWS ONLY"))
                .isEqualTo("SELECT a FROM t ORDER BY a LIMIT 5 OFFSET 2");
    }

    @Test
    void reservedAndMixedCaseNamesAreQuotedWithBackticks() throws SqlParseException {
        assertThat(query("SELECT \"Key\", \"ORDER\" FROM T")).isEqualTo("SELECT `Key`, `order` FROM t");
    }

    @Test
    void castsUseMySqlTypeNames() throws SqlParseException {
        assertThat(expression("CAST(A AS VARCHAR(10))")).isEqualTo("CAST(a AS CHAR(10))");
        assertThat(expression("CAST(A AS INTEGER)")).isEqualTo("CAST(a AS SIGNED)");
        assertThat(expression("CAST(A AS TIMESTAMP(3))")).isEqualTo("CAST(a AS DATETIME(3))");
        assertThat(expression("CAST(A AS DECIMAL(8, 2))")).isEqualTo("CAST(a AS DECIMAL(8, 2))");
    }
}

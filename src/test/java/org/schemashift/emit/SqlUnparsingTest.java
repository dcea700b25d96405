package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

/** A converted tree written as one line: the writer's line breaks go, those inside a string are its value. */
class SqlUnparsingTest {

    @Test
    void aLineBreakInsideAStringLiteralIsKept() throws Exception {
        SqlNode query = SqlParser.create("SELECT 'first\nsecond' AS a FROM t WHERE x = 'it''s\n'").parseQuery();
        String line = SqlUnparsing.oneLine(query, PostgresqlSqlDialect.DEFAULT);
        assertThat(line).contains("'first\nsecond'", "'it''s\n'");
        assertThat(line.replace("'first\nsecond'", "").replace("'it''s\n'", "")).doesNotContain("\n");
    }
}

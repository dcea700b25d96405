package org.schemashift.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.schemashift.model.Disposition;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.source.SourceFile;

/** Reads SQL text the way the converter does, for specification-style tests. */
final class MySqlTestSupport {

    static final String FILE = "test.sql";

    private MySqlTestSupport() {
    }

    static List<SourceStatement> read(String sql) {
        return new MySqlSourceDialect().read(new SourceFile(FILE, sql));
    }

    static SourceStatement single(String sql) {
        List<SourceStatement> statements = read(sql);
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    static SourceStatement parsed(String sql) {
        SourceStatement statement = single(sql);
        assertThat(statement.disposition())
                .as(() -> "disposition of " + sql + " " + statement.actionItems())
                .isEqualTo(Disposition.PARSED);
        return statement;
    }

    static Table table(String sql) {
        SourceStatement statement = parsed(sql);
        return ((SchemaChange.CreateTable) statement.changes().get(0)).table();
    }

    static SchemaChange.AlterTable alter(String sql) {
        return (SchemaChange.AlterTable) parsed(sql).changes().get(0);
    }
}

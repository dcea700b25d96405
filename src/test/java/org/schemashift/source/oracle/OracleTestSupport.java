package org.schemashift.source.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.Disposition;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;

/** Reads Oracle scripts given as text, for the specification tests. */
final class OracleTestSupport {
    private OracleTestSupport() {
    }

    static List<SourceStatement> read(String script) {
        return read(script, Map.of());
    }

    static List<SourceStatement> read(String script, Map<String, String> defines) {
        return new OracleSourceDialect().read(List.of(new SourceFile("test.sql", script)), new SourceOptions(defines));
    }

    /** The one statement of {@code sql}, which must parse. */
    static SourceStatement parsed(String sql) {
        List<SourceStatement> statements = read(sql);
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).disposition()).as(statements.get(0).actionItems().toString()).isEqualTo(Disposition.PARSED);
        return statements.get(0);
    }

    static Table table(String sql) {
        return ((SchemaChange.CreateTable) parsed(sql).changes().get(0)).table();
    }

    /** The default of the single column of {@code CREATE TABLE t (c <type> DEFAULT <expression>)}. */
    static SqlNode expression(String expression) {
        return table("CREATE TABLE t (c NUMBER DEFAULT " + expression + ")").columns().get(0).defaultValue().node();
    }

    /** The query of {@code CREATE VIEW v AS <query>}. */
    static SqlNode query(String query) {
        return ((SchemaChange.CreateView) parsed("CREATE VIEW v AS " + query).changes().get(0)).view().query().node();
    }
}

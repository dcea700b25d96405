package org.schemashift.source.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * Oracle's CREATE TABLE t [(names)] AS SELECT is CREATE TABLE ... AS the converted query on both
 * targets: the table has the query's rows under the listed names, later views read it, and what
 * the target's CREATE TABLE AS does not carry is reported.
 */
class OracleCreateTableAsSelectTest {

    private static final String SCRIPT = """
            CREATE TABLE customers (id NUMBER(9) PRIMARY KEY, name VARCHAR2(30) NOT NULL, nick VARCHAR2(30));
            CREATE TABLE named_copy (cid CONSTRAINT named_copy_pk PRIMARY KEY, label) AS
              SELECT id, NVL(nick, name) FROM customers;
            CREATE TABLE seeds (n, word) AS
              SELECT 1, 'one' FROM dual UNION ALL SELECT 2, NVL(NULL, 'two') FROM dual;
            CREATE TABLE plain AS SELECT id, name FROM customers;
            CREATE VIEW seed_words AS SELECT word FROM seeds WHERE n > 1;
            """;

    private static ConversionResult convert(String target) {
        return new ConversionPipeline("oracle", target, null).run(List.of(new SourceFile("ctas.sql", SCRIPT)));
    }

    @Test
    void createTableAsSelectRunsOnPostgresql() throws Exception {
        String schema = SchemaScript.render(convert("postgresql"));
        assertThat(schema).contains("CREATE TABLE seeds (n, word) AS\nSELECT");
        try (Connection db = SharedPostgres.freshDatabase("ora_ctas")) {
            SharedPostgres.runScript(db, schema);
            assertThat(JdbcRows.column(db, "SELECT n || ':' || word FROM seeds ORDER BY n")).containsExactly("1:one", "2:two");
            assertThat(JdbcRows.column(db, "SELECT word FROM seed_words")).containsExactly("two");
            assertThat(JdbcRows.column(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'named_copy'"
                    + " ORDER BY ordinal_position")).containsExactly("cid", "label");
            assertThat(JdbcRows.column(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'plain'"
                    + " ORDER BY ordinal_position")).containsExactly("id", "name");
        }
    }

    @Test
    void createTableAsSelectRunsOnMariaDb() throws Exception {
        String schema = SchemaScript.render(convert("mysql"));
        try (Connection db = SharedMariaDb.freshDatabase("ora_ctas")) {
            SharedMariaDb.runScript(db, schema);
            assertThat(JdbcRows.column(db, "SELECT CONCAT(n, ':', word) FROM seeds ORDER BY n")).containsExactly("1:one", "2:two");
            assertThat(JdbcRows.column(db, "SELECT word FROM seed_words")).containsExactly("two");
            assertThat(JdbcRows.column(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name = 'named_copy' ORDER BY ordinal_position")).containsExactly("cid", "label");
        }
    }

    @Test
    void whatTheColumnListDeclaresBesidesNamesIsReported() {
        ConversionResult result = convert("postgresql");
        List<String> items = result.statements().stream().flatMap(st -> st.actionItems().stream())
                .map(i -> i.code().code() + " " + i.message()).toList();
        assertThat(items).filteredOn(i -> i.startsWith("SS-ORA-0465"))
                .containsExactly("SS-ORA-0465 CREATE TABLE NAMED_COPY AS SELECT: the primary key not created");
        assertThat(items).filteredOn(i -> i.startsWith("SS-ORA-0464")).hasSize(3);
    }
}

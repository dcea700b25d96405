package org.schemashift.source.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/**
 * ALTER SESSION SET CURRENT_SCHEMA names the schema in which Oracle creates and resolves the
 * unqualified names of the statements that follow (SQL Language Reference, ALTER SESSION), as an
 * install script run by a DBA for an application schema relies on.
 */
class OracleCurrentSchemaTest {
    static final String SCRIPT = """
            ALTER SESSION SET CURRENT_SCHEMA = &owner;
            CREATE TABLE items (id NUMBER(9) PRIMARY KEY, name VARCHAR2(20));
            CREATE VIEW item_names AS SELECT name FROM items;
            alter session set current_schema="Audit";
            CREATE TABLE log (item_id NUMBER(9) REFERENCES app.items (id));
            """;

    @Test
    void unqualifiedNamesAfterCurrentSchemaLiveInThatSchema() throws Exception {
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null)
                .run(List.of(new SourceFile("install.sql", SCRIPT)), new SourceOptions(Map.of("owner", "app")));
        try (Connection db = SharedPostgres.freshDatabase("oracle_current_schema")) {
            SharedPostgres.runScript(db, SchemaScript.render(result));
            SharedPostgres.runScript(db, "INSERT INTO app.items VALUES (1, 'bolt'); INSERT INTO \"Audit\".log VALUES (1)");
            assertThat(JdbcRows.column(db, "SELECT name FROM app.item_names")).containsExactly("bolt");
        }
    }

    @Test
    void aCurrentSchemaStatementIsNotAnObjectNorIgnoredSilently() {
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null)
                .run(List.of(new SourceFile("install.sql", "ALTER SESSION SET CURRENT_SCHEMA = hr;\nCREATE TABLE t (id NUMBER);")));
        assertThat(result.statements().get(0).changes()).singleElement().hasToString("UseSchema[name=HR, span=" + result.statements().get(0).span() + "]");
    }
}

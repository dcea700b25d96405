package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * One rules file (a table and a column renamed, a table excluded, a column retyped by its name)
 * on every source → target pair: the same small schema in each source's SQL is converted, applied
 * to the target, and its view reads the renamed table and column.
 */
class RulesOnEveryPairTest {
    private static final String TABLES = """
            CREATE TABLE items (id INT PRIMARY KEY, price DECIMAL(8,2) NOT NULL)%1$s
            CREATE TABLE order_lines (id INT PRIMARY KEY, item_id INT NOT NULL REFERENCES items (id), qty INT)%1$s
            CREATE TABLE audit_log (id INT PRIMARY KEY)%1$s
            CREATE VIEW line_totals AS SELECT l.id, l.qty * i.price AS total FROM order_lines l JOIN items i ON i.id = l.item_id%1$s
            """;
    /** Each source's statement end. */
    private static final Map<String, String> SOURCES = Map.of("oracle", ";", "sqlserver", "\nGO", "mysql", ";");
    private static final String RULES = """
            rename:
              - {id: ARTICLES, kind: table, name: items, to: articles}
              - {id: COST, kind: column, table: items, name: price, to: cost}
            exclude:
              - {id: NO-AUDIT, kind: table, name: audit_log}
            types:
              - {id: QTY, match: {column: qty}, target: bigint}
            """;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> renamedRetypedAndPartlyExcludedSchemaRunsOnTheTarget() {
        return Stream.of("oracle", "sqlserver", "mysql").flatMap(source -> Stream.of("postgresql", "mysql")
                .map(target -> DynamicTest.dynamicTest(source + " -> " + target, () -> check(source, target))));
    }

    private void check(String source, String target) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, RULES);
        String script = SchemaScript.render(new ConversionPipeline(source, target, rules)
                .run(List.of(new SourceFile("shop.sql", TABLES.formatted(SOURCES.get(source))))));
        assertThat(script).containsPattern("(?i)CREATE TABLE (\\w+\\.)?articles").containsPattern("(?i)qty bigint")
                .doesNotContainPattern("(?i)CREATE TABLE (\\w+\\.)?items").doesNotContainPattern("(?i)CREATE TABLE (\\w+\\.)?audit_log");
        String data = "INSERT INTO articles (id, cost) VALUES (1, 10.25); INSERT INTO order_lines (id, item_id, qty) VALUES (7, 1, 2);";
        String database = "rules_" + source + "_" + target;
        if (target.equals("postgresql")) {
            try (Connection db = SharedPostgres.freshDatabase(database)) {
                SharedPostgres.runScript(db, script);
                SharedPostgres.runScript(db, data);
                assertThat(JdbcRows.query(db, "SELECT id, total FROM line_totals")).containsExactly(List.of("7", "20.50"));
            }
        } else {
            try (Connection db = SharedMariaDb.freshDatabase(database)) {
                SharedMariaDb.runScript(db, script);
                SharedMariaDb.runScript(db, data);
                assertThat(JdbcRows.query(db, "SELECT id, total FROM line_totals")).containsExactly(List.of("7", "20.50"));
            }
        }
    }
}

package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.SharedMariaDb;

/**
 * A MariaDB dump writes a JSON column as LONGTEXT with CHECK (json_valid(c)): it becomes jsonb on PostgreSQL, the
 * check left out (SS-MY-0187), and views and routines that read the column as a document or as text give on
 * PostgreSQL what they give on MariaDB. The documents are stored normalized (keys sorted by length, then bytes,
 * one space after ':' and ','), as jsonb writes them, so the text MariaDB keeps as written is the same text.
 */
class MariaDbJsonColumnsOnBothTest {
    private static final String DUMP = """
            CREATE TABLE item (
              id int(11) NOT NULL,
              attrs longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`attrs`)),
              tags longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`tags`)),
              note longtext DEFAULT NULL CHECK (char_length(`note`) < 100),
              PRIMARY KEY (id)
            );
            CREATE VIEW item_view AS SELECT id, JSON_UNQUOTE(JSON_EXTRACT(attrs, '$.kind')) AS kind, JSON_EXTRACT(attrs, '$.size') AS size,
              JSON_LENGTH(tags) AS n, JSON_CONTAINS(tags, '"red"') AS red, JSON_VALID(attrs) AS valid, attrs IS NULL AS missing,
              CONCAT('tags: ', tags) AS label, COALESCE(attrs, '{}') AS attrs_or_empty, tags LIKE '%blue%' AS blue FROM item;
            DELIMITER //
            CREATE FUNCTION item_kind(p_id INT) RETURNS VARCHAR(20) READS SQL DATA
            BEGIN
              DECLARE v LONGTEXT;
              SELECT attrs INTO v FROM item WHERE id = p_id;
              RETURN JSON_UNQUOTE(JSON_EXTRACT(v, '$.kind'));
            END //
            CREATE PROCEDURE add_item(p_id INT, p_kind VARCHAR(20))
            BEGIN
              INSERT INTO item (id, attrs, tags) VALUES (p_id, JSON_OBJECT('kind', p_kind), '[]');
            END //
            DELIMITER ;
            """;
    private static final String ROWS = """
            INSERT INTO item VALUES (1, '{"kind": "box", "size": 3}', '["red", "blue"]', NULL);
            INSERT INTO item VALUES (2, NULL, '[]', 'x');
            INSERT INTO item VALUES (3, '{"kind": "bag", "size": {"w": 1}}', '["green"]', NULL);
            """;

    @Test
    void jsonColumnsOfAMariaDbDumpAreJsonbAndTheirCodeRuns() throws Exception {
        try (MySqlCodeOnBoth both = new MySqlCodeOnBoth(DUMP)) {
            assertThat(both.script).contains("attrs jsonb", "tags jsonb NOT NULL", "CHECK (CHAR_LENGTH(note) < 100)").doesNotContain("json_valid(attrs)");
            assertThat(both.codes()).contains("SS-MY-0187").doesNotContain("SS-GEN-0008");
            both.runOnBoth(ROWS + "CALL add_item(4, 'tin');", ROWS + "CALL add_item(4, 'tin');");
            String view = "SELECT * FROM item_view ORDER BY id";
            assertThat(numberedBooleans(both.onPostgres(view))).isEqualTo(both.onMariaDb(view));
            for (String call : List.of("item_kind(1)", "item_kind(2)", "item_kind(4)", "item_kind(9)")) {
                assertThat(both.onPostgres("SELECT " + call)).as(call).isEqualTo(both.onMariaDb("SELECT " + call));
            }
        }
    }

    /** PostgreSQL's booleans as MariaDB's 1 and 0: a comparison a view selects stays a boolean. */
    private static List<List<String>> numberedBooleans(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(v -> "t".equals(v) ? "1" : "f".equals(v) ? "0" : v).toList()).toList();
    }

    /** On a MySQL target the column is JSON, which MySQL checks itself (and MariaDB makes its LONGTEXT with the check again). */
    @Test
    void onMySqlTheColumnIsJson() throws Exception {
        Path file = Files.createTempFile("mariadb-json", ".sql");
        try {
            Files.writeString(file, DUMP);
            String script = SchemaScript.render(new ConversionPipeline("mysql", "mysql", null).run(InputFiles.read(List.of(file))));
            assertThat(script).containsPattern("attrs json[ ,\\n]").doesNotContain("json_valid(`attrs`)", "json_valid(attrs)");
            try (Connection maria = SharedMariaDb.freshDatabase("json_target")) {
                SharedMariaDb.runScript(maria, script + "INSERT INTO item (id, attrs, tags) VALUES (1, '{\"a\": 1}', '[]');");
                assertThatThrownBy(() -> SharedMariaDb.runScript(maria, "INSERT INTO item (id, attrs, tags) VALUES (2, '{', '[]')"))
                        .as("MariaDB's JSON checks the document").hasMessageContaining("CONSTRAINT");
            }
        } finally {
            Files.delete(file);
        }
    }
}

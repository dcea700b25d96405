package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/**
 * Rename rules reach the code of a MySQL source as they reach Oracle's and SQL Server's: a
 * function, a procedure and a trigger read and write the renamed table and columns, a function
 * calls another renamed one, and each runs on PostgreSQL against the renamed objects.
 */
class MySqlRoutinesUnderRenamesTest {
    private static final String SHOP = """
            CREATE TABLE items (id INT PRIMARY KEY, price DECIMAL(8,2) NOT NULL, stock INT NOT NULL DEFAULT 0);
            CREATE TABLE price_log (id INT AUTO_INCREMENT PRIMARY KEY, item_id INT, old_price DECIMAL(8,2));
            DELIMITER //
            CREATE FUNCTION item_value(p_id INT) RETURNS DECIMAL(12,2) READS SQL DATA
            BEGIN
              DECLARE v DECIMAL(12,2);
              SELECT i.price * stock INTO v FROM items i WHERE i.id = p_id;
              RETURN v;
            END//
            CREATE FUNCTION doubled_value(p_id INT) RETURNS DECIMAL(12,2) READS SQL DATA
            RETURN item_value(p_id) * 2//
            CREATE PROCEDURE restock(IN p_id INT, IN p_qty INT)
            BEGIN
              UPDATE items SET stock = stock + p_qty WHERE id = p_id;
            END//
            CREATE TRIGGER items_price BEFORE UPDATE ON items FOR EACH ROW
            BEGIN
              IF NEW.price <> OLD.price THEN
                INSERT INTO price_log (item_id, old_price) VALUES (OLD.id, OLD.price);
              END IF;
            END//
            DELIMITER ;
            """;
    private static final String RULES = """
            rename:
              - {id: ARTICLES, kind: table, name: items, to: articles}
              - {id: COST, kind: column, table: items, name: price, to: cost}
              - {id: ON-HAND, kind: column, table: items, name: stock, to: on_hand}
              - {id: VALUE-FN, kind: routine, name: item_value, to: article_value}
              - {id: REFILL, kind: routine, name: restock, to: refill}
            """;

    @Test
    void renamedTablesColumnsAndRoutinesRunOnPostgresql(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), RULES);
        ConversionResult result = new ConversionPipeline("mysql", "postgresql", rules).run(List.of(new SourceFile("shop.sql", SHOP)));
        String script = SchemaScript.render(result);
        assertThat(script).contains("FUNCTION article_value(", "PROCEDURE refill(", "article_value(p_id) * 2")
                .doesNotContainPattern("(?i)\\b(FROM|UPDATE|ON) items\\b|\\bprice\\b|\\bstock\\b|item_value|restock");
        try (Connection db = SharedPostgres.freshDatabase("mysql_routine_renames")) {
            SharedPostgres.runScript(db, script);
            SharedPostgres.runScript(db, "INSERT INTO articles (id, cost, on_hand) VALUES (1, 2.50, 4); CALL refill(1, 6);"
                    + " UPDATE articles SET cost = 3 WHERE id = 1");
            assertThat(JdbcRows.column(db, "SELECT on_hand FROM articles")).containsExactly("10");
            assertThat(JdbcRows.column(db, "SELECT article_value(1) || '|' || doubled_value(1)")).containsExactly("30.00|60.00");
            assertThat(JdbcRows.column(db, "SELECT item_id || ':' || old_price FROM price_log")).containsExactly("1:2.50");
        }
    }
}

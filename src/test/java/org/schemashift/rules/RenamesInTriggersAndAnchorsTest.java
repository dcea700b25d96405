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
 * A table and column renamed by rules are followed where a trigger or routine names them outside
 * a query: UPDATING('column') (the UPDATE OF of the statement-level triggers keeping its flag, and
 * the names of the flag, its variable and those triggers),
 * %ROWTYPE and %TYPE anchors, resolved or not (a view's column, a column the input lacks is
 * written as a PostgreSQL anchor on the renamed relation). A trigger's :OLD.c and :NEW.c selected
 * are values, not the query's columns: they are not aliased by the source name. ORDER BY sees the
 * query's FROM items (and its result columns, by their names). Applied and run.
 */
class RenamesInTriggersAndAnchorsTest {
    private static final String SHOP = """
            CREATE TABLE SHOP.ITEMS (ID NUMBER(9) PRIMARY KEY, PRICE NUMBER(8,2) NOT NULL);
            CREATE TABLE SHOP.HIST (ID NUMBER(9), OLD_PRICE NUMBER(8,2), NEW_PRICE NUMBER(8,2));
            CREATE VIEW SHOP.CHEAP AS SELECT ID, PRICE FROM SHOP.ITEMS WHERE PRICE < 10 ORDER BY PRICE;
            CREATE OR REPLACE TRIGGER SHOP.ITEMS_AUDIT AFTER UPDATE ON SHOP.ITEMS
            REFERENCING NEW AS N OLD AS O FOR EACH ROW
            BEGIN
              IF UPDATING('PRICE') THEN
                INSERT INTO SHOP.HIST SELECT :O.ID, :O.PRICE, :N.PRICE FROM DUAL;
              END IF;
            END;
            /
            CREATE OR REPLACE FUNCTION SHOP.CHEAPEST RETURN NUMBER IS
              r SHOP.ITEMS%ROWTYPE;
              p SHOP.CHEAP.PRICE%TYPE;
              last_id NUMBER;
            BEGIN
              FOR c IN (SELECT ID FROM SHOP.ITEMS ORDER BY PRICE DESC) LOOP last_id := c.ID; END LOOP;
              SELECT * INTO r FROM SHOP.ITEMS WHERE ID = last_id;
              SELECT MIN(PRICE) INTO p FROM SHOP.CHEAP;
              RETURN r.ID * 1000 + p;
            END;
            /
            """;
    private static final String RULES = """
            rename:
              - {id: ARTICLES, kind: table, name: ITEMS, to: ARTICLES}
              - {id: BARGAINS, kind: view, name: CHEAP, to: BARGAINS}
              - {id: COST, kind: column, table: ITEMS, name: PRICE, to: COST}
            """;

    @TempDir
    Path dir;

    @Test
    void updatingAndAnchorsFollowTheRenamesAndTriggerRowsAreNotAliased() throws Exception {
        String script = SchemaScript.render(convert());
        assertThat(script)
                .contains("BEFORE UPDATE OF cost ON shop.articles FOR EACH STATEMENT")
                .as("the flag, its variable and its triggers are named after the target column")
                .contains("ss_updating_cost boolean", "'schemashift.shop__items_audit__cost'", "items_audit__cost_set", "items_audit__cost_clear")
                .doesNotContainPattern("(?i)updating_price|__price")
                .contains("INSERT INTO shop.hist SELECT old.id, old.cost, new.cost;")
                .contains("r shop.articles;")
                .contains("p shop.bargains.price%TYPE;")
                .as("ORDER BY a result column's name reads the result column; any other name, the FROM item's column")
                .contains("SELECT id, cost AS price FROM shop.articles AS items WHERE cost < 10 ORDER BY price")
                .contains("SELECT id FROM shop.articles AS items ORDER BY cost DESC")
                .doesNotContainPattern("shop\\.items[^_]");
        try (Connection db = SharedPostgres.freshDatabase("renames_triggers")) {
            SharedPostgres.runScript(db, script);
            SharedPostgres.runScript(db, """
                    INSERT INTO shop.articles VALUES (1, 4.5), (2, 7);
                    UPDATE shop.articles SET id = id + 10 WHERE id = 2;
                    UPDATE shop.articles SET cost = 5 WHERE id = 1;
                    """);
            assertThat(JdbcRows.query(db, "SELECT id, old_price, new_price FROM shop.hist"))
                    .as("only the UPDATE naming the renamed column counts as UPDATING('PRICE')")
                    .containsExactly(List.of("1", "4.50", "5.00"));
            assertThat(JdbcRows.column(db, "SELECT shop.cheapest()")).as("item 1 costs least, 5; the cheapest bargain costs 5")
                    .containsExactly("1005.00");
        }
    }

    private ConversionResult convert() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, RULES);
        return new ConversionPipeline("oracle", "postgresql", rules).run(List.of(new SourceFile("shop.sql", SHOP)));
    }
}

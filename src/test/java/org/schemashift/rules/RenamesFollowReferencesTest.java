package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * A rename follows what each reference resolves to, not the name: a column renamed in one table
 * keeps its name in another table that has it, in keys, foreign keys, indexes, views (joins,
 * aliases, correlated subqueries), routine bodies, triggers and calls; a user's function rule
 * changes calls in a view and in a routine body. Everything is applied and run on the servers.
 */
class RenamesFollowReferencesTest {
    private static final String SHOP = """
            CREATE TABLE SHOP.ITEMS (
              ID NUMBER(9) PRIMARY KEY,
              PRICE NUMBER(8,2) NOT NULL,
              CONSTRAINT ITEMS_PRICE_CK CHECK (PRICE >= 0)
            );
            CREATE TABLE SHOP.LINES (
              ID NUMBER(9) PRIMARY KEY,
              ITEM_ID NUMBER(9) NOT NULL,
              PRICE NUMBER(8,2),
              CONSTRAINT LINES_ITEM_FK FOREIGN KEY (ITEM_ID) REFERENCES SHOP.ITEMS (ID)
            );
            CREATE INDEX SHOP.ITEMS_PRICE_IX ON SHOP.ITEMS (PRICE);
            CREATE OR REPLACE FUNCTION SHOP.TWICE(p NUMBER) RETURN NUMBER IS BEGIN RETURN p * 2; END;
            /
            CREATE VIEW SHOP.LINE_PRICES AS
              SELECT l.ID, l.PRICE, i.PRICE AS LIST_PRICE, TWICE(i.PRICE) AS DOUBLED, SHOP_FMT(i.PRICE) AS SHOWN
              FROM SHOP.LINES l JOIN SHOP.ITEMS i ON i.ID = l.ITEM_ID
              WHERE EXISTS (SELECT 1 FROM SHOP.ITEMS x WHERE x.ID = l.ITEM_ID AND PRICE > 0);
            CREATE OR REPLACE PROCEDURE SHOP.REPRICE(p_id NUMBER, price NUMBER) IS
              v NUMBER;
            BEGIN
              SELECT PRICE INTO v FROM SHOP.ITEMS WHERE ID = p_id;
              UPDATE SHOP.ITEMS SET PRICE = REPRICE.price + TWICE(v) - v WHERE ID = p_id;
              UPDATE SHOP.LINES SET PRICE = (SELECT SHOP_FMT_NUM(PRICE) FROM SHOP.ITEMS WHERE ID = p_id) WHERE ITEM_ID = p_id;
            END;
            /
            CREATE OR REPLACE TRIGGER SHOP.ITEMS_NOT_NEGATIVE BEFORE UPDATE OF PRICE ON SHOP.ITEMS FOR EACH ROW
            BEGIN
              IF :NEW.PRICE < 0 THEN :NEW.PRICE := 0; END IF;
            END;
            /
            """;
    private static final String RULES = """
            rename:
              - {id: SCHEMA, kind: schema, name: SHOP, to: store}
              - {id: COST, kind: column, table: ITEMS, name: PRICE, to: COST}
              - {id: DOUBLE, kind: routine, name: TWICE, to: DOUBLE_IT}
              - {id: IX, kind: index, table: ITEMS, glob: "*_IX", removeSuffix: _IX, addSuffix: _IDX}
              - {id: CK, kind: constraint, table: ITEMS, name: ITEMS_PRICE_CK, to: ITEMS_COST_CK}
              - {id: TRG, kind: trigger, table: ITEMS, name: ITEMS_NOT_NEGATIVE, to: ITEMS_FLOOR}
            functions:
              - {id: FMT, name: SHOP_FMT, args: 1, to: "to_char({0}, 'FM999990.00')"}
              - {id: FMT-NUM, name: SHOP_FMT_NUM, args: 1, to: "round({0}, 1)"}
            """;

    @TempDir
    Path dir;

    @Test
    void aColumnRenamedInOneTableKeepsItsNameInAnotherEverywhereItIsReferenced() throws Exception {
        ConversionResult result = convert("postgresql");
        String script = SchemaScript.render(result);
        assertThat(script)
                .contains("CREATE TABLE store.items (\n    id integer NOT NULL,\n    cost numeric(8,2) NOT NULL,")
                .contains("CREATE TABLE store.lines (\n    id integer NOT NULL,\n    item_id integer NOT NULL,\n    price numeric(8,2),")
                .contains("CONSTRAINT items_cost_ck CHECK (cost >= 0)")
                .contains("CREATE INDEX items_price_idx ON store.items (cost)")
                .contains("SELECT l.id, l.price, i.cost AS list_price, store.double_it(i.cost) AS doubled,")
                .contains("UPDATE OF cost ON store.items")
                .contains("CREATE TRIGGER items_floor");
        assertThat(result.decisions()).anyMatch(d -> d.ruleId().equals("COST") && d.message().contains("ITEMS.PRICE is named cost"))
                .anyMatch(d -> d.ruleId().equals("FMT"));
        try (Connection db = SharedPostgres.freshDatabase("renames_refs")) {
            SharedPostgres.runScript(db, script);
            SharedPostgres.runScript(db, """
                    INSERT INTO store.items VALUES (1, 10.25);
                    INSERT INTO store.lines VALUES (7, 1, 9.5);
                    CALL store.reprice(1, 12.5);
                    """);
            assertThat(JdbcRows.query(db, "SELECT i.cost, l.price FROM store.items i, store.lines l"))
                    .as("cost = 12.5 + double_it(10.25) - 10.25; the line's price is the cost rounded")
                    .containsExactly(List.of("22.75", "22.80"));
            SharedPostgres.runScript(db, "UPDATE store.items SET cost = -3 WHERE id = 1");
            assertThat(JdbcRows.column(db, "SELECT cost FROM store.items")).as("the renamed trigger floored NEW.cost").containsExactly("0.00");
            SharedPostgres.runScript(db, "UPDATE store.items SET cost = 5 WHERE id = 1");
            assertThat(JdbcRows.query(db, "SELECT id, price, list_price, doubled, shown FROM store.line_prices"))
                    .as("the view reads each table's own column")
                    .containsExactly(List.of("7", "22.80", "5.00", "10.00", "5.00"));
        }
    }

    @Test
    void theSameRulesRunOnMariaDb() throws Exception {
        // MySQL stored programs are not written yet, and the function rules are PostgreSQL SQL: the tables, keys,
        // index and a view without calls
        String tables = SHOP.substring(0, SHOP.indexOf("CREATE OR REPLACE FUNCTION")).replace("SHOP.", "") + """
                CREATE VIEW LINE_PRICES AS
                  SELECT l.ID, l.PRICE, i.PRICE AS LIST_PRICE
                  FROM LINES l JOIN ITEMS i ON i.ID = l.ITEM_ID
                  WHERE EXISTS (SELECT 1 FROM ITEMS x WHERE x.ID = l.ITEM_ID AND PRICE > 0);
                """;
        String script = SchemaScript.render(convert("mysql", tables));
        assertThat(script).contains("cost decimal(8,2) NOT NULL").contains("price decimal(8,2)");
        try (Connection db = SharedMariaDb.freshDatabase("renames_refs")) {
            SharedMariaDb.runScript(db, script);
            SharedMariaDb.runScript(db, "INSERT INTO items VALUES (1, 10.25); INSERT INTO `lines` VALUES (7, 1, 9.5);");
            assertThat(JdbcRows.query(db, "SELECT id, price, list_price FROM line_prices"))
                    .containsExactly(List.of("7", "9.50", "10.25"));
        }
    }

    private ConversionResult convert(String target) throws IOException {
        return convert(target, SHOP);
    }

    private ConversionResult convert(String target, String sql) throws IOException {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, RULES);
        return new ConversionPipeline("oracle", target, rules).run(List.of(new SourceFile("shop.sql", sql)));
    }
}

package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Decision;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/**
 * Option {@code result-set-procedures} of a rules file: by default a T-SQL procedure's result set is
 * an INOUT refcursor (SS-PG-0740); with {@code setof} a procedure with one result set of table columns
 * and no OUTPUT parameters is a function RETURNS TABLE that PostgreSQL callers SELECT from
 * (SS-PG-0618), and the others keep refcursors with an item saying why (SS-PG-0619).
 */
class ResultSetProceduresOnPostgresTest {
    private static final String SCHEMA = """
            CREATE TABLE dbo.products (id int PRIMARY KEY, name varchar(40) NOT NULL, price decimal(9,2));
            GO
            CREATE PROCEDURE dbo.products_from @from int AS
            BEGIN
              SET NOCOUNT ON;
              SELECT p.id, p.name AS label, p.price FROM dbo.products p WHERE p.id >= @from ORDER BY p.id;
            END
            GO
            CREATE PROCEDURE dbo.refresh @from int AS
            BEGIN
              UPDATE dbo.products SET price = price + 1 WHERE id >= @from;
              EXEC dbo.products_from @from = @from;
            END
            GO
            CREATE TABLE dbo.picked (id int, label varchar(40), price decimal(9,2));
            GO
            CREATE PROCEDURE dbo.pick @from int AS
            BEGIN
              INSERT INTO dbo.picked (id, label, price) EXEC dbo.products_from @from;
            END
            GO
            CREATE PROCEDURE dbo.pick_named @first int AS
            BEGIN
              INSERT INTO dbo.picked EXEC dbo.products_from @from = @first;
            END
            GO
            CREATE PROCEDURE dbo.cheap_or_all @cheap bit AS
            BEGIN
              IF @cheap = 1
                SELECT id, name FROM dbo.products WHERE price < 2;
              ELSE
                SELECT id, name FROM dbo.products;
            END
            GO
            CREATE PROCEDURE dbo.two_sets AS
            BEGIN
              SELECT id FROM dbo.products;
              SELECT name FROM dbo.products;
            END
            GO
            CREATE TABLE dbo.seen (v varchar(40));
            GO
            CREATE PROCEDURE dbo.see_all AS
            BEGIN
              INSERT INTO dbo.seen (v) EXEC dbo.two_sets;
              INSERT INTO dbo.seen EXEC ('SELECT name FROM products WHERE id = 1');
              INSERT INTO dbo.seen EXEC sp_executesql N'SELECT name FROM products WHERE id >= @from AND id <= @to AND name <> ''@to''',
                N'@to int, @from int', @from = 1, @to = 2;
              EXEC dbo.two_sets;
            END
            GO
            CREATE PROCEDURE dbo.see_unknown AS
              INSERT INTO dbo.seen EXEC dbo.elsewhere 1;
            GO
            """;

    @TempDir
    Path dir;

    private ConversionResult convert(String rulesFile) throws IOException {
        return convert("sqlserver", SCHEMA, rulesFile);
    }

    private ConversionResult convert(String source, String schema, String rulesFile) throws IOException {
        Path rules = null;
        if (rulesFile != null) {
            rules = dir.resolve("rules.yaml");
            Files.writeString(rules, rulesFile);
        }
        return new ConversionPipeline(source, "postgresql", rules).run(List.of(new SourceFile("shop.sql", schema)));
    }

    private static List<String> items(ConversionResult result, String code) {
        return result.conversionItems().stream().filter(i -> i.code().code().equals(code)).map(ActionItem::message).toList();
    }

    @Test
    void setofMakesAProcedureWithOneResultSetAFunctionCallersSelectFrom() throws Exception {
        ConversionResult result = convert("options:\n  result-set-procedures: setof\n");
        String schema = SchemaScript.render(result);
        assertThat(schema).contains("RETURNS TABLE (").contains("RETURN QUERY SELECT");
        assertThat(items(result, "SS-PG-0618")).hasSize(5).anySatisfy(m -> assertThat(m).contains("procedure", "products_from"))
                .anySatisfy(m -> assertThat(m).contains("procedure", "cheap_or_all"))
                .anySatisfy(m -> assertThat(m).contains("EXEC", "PERFORM", "discarded", "the client"));
        assertThat(result.decisions().stream().filter(d -> d.ruleId().equals("result-set-procedures=setof"))
                .map(Decision::message)).hasSize(2).anySatisfy(m -> assertThat(m).contains("products_from"));
        try (Connection db = SharedPostgres.freshDatabase("setof_procs")) {
            SharedPostgres.runScript(db, schema);
            SharedPostgres.runScript(db, "INSERT INTO products VALUES (1, 'pen', 1.50), (2, 'ink', 3.25), (3, 'pad', 2.00)");
            assertThat(JdbcRows.query(db, "SELECT * FROM products_from(2)"))
                    .containsExactly(List.of("2", "ink", "3.25"), List.of("3", "pad", "2.00"));
            assertThat(JdbcRows.column(db, "SELECT pg_get_function_result('products_from'::regproc)"))
                    .containsExactly("TABLE(id integer, label character varying, price numeric)");
            SharedPostgres.runScript(db, "CALL refresh(3)");
            assertThat(JdbcRows.column(db, "SELECT price FROM products WHERE id = 3")).as("the caller runs, EXEC @from = @from as PERFORM")
                    .containsExactly("3.00");
            assertThat(JdbcRows.column(db, "SELECT name FROM cheap_or_all(true)")).as("one IF branch's SELECT").containsExactly("pen");
            assertThat(JdbcRows.column(db, "SELECT count(*) FROM cheap_or_all(false)")).containsExactly("3");
            SharedPostgres.runScript(db, "CALL pick(2)");
            assertThat(JdbcRows.column(db, "SELECT id || ' ' || label FROM picked ORDER BY id")).as("INSERT ... EXEC fills the table")
                    .containsExactly("2 ink", "3 pad");
            SharedPostgres.runScript(db, "DELETE FROM picked; CALL pick_named(3)");
            assertThat(JdbcRows.column(db, "SELECT id || ' ' || label FROM picked")).as("a named argument is name => value")
                    .containsExactly("3 pad");
        }
    }

    @Test
    void aProcedureWithTwoResultSetsKeepsItsRefcursorsWithAnItem() throws Exception {
        ConversionResult result = convert("options:\n  result-set-procedures: setof\n");
        assertThat(items(result, "SS-PG-0619")).singleElement().asString().contains("two_sets", "2 result sets");
        assertThat(SchemaScript.render(result)).contains("INOUT result_set1 refcursor");
    }

    /**
     * By default a procedure's result sets are refcursors: INSERT ... EXEC passes cursors of its own and
     * inserts the rows it fetches from each, in order, as SQL Server inserts every result set's rows; the
     * rows of dynamic SQL are read by a FOR loop over EXECUTE. A plain EXEC leaves the cursors unread (SS-PG-0611).
     */
    @Test
    void byDefaultInsertExecInsertsTheRowsOfEveryRefcursorAndOfDynamicSql() throws Exception {
        ConversionResult result = convert(null);
        try (Connection db = SharedPostgres.freshDatabase("insert_exec_cursors")) {
            SharedPostgres.runScript(db, "SET check_function_bodies = on");
            SharedPostgres.runScript(db, SchemaScript.render(result));
            SharedPostgres.runScript(db, "INSERT INTO products VALUES (1, 'pen', 1.50), (2, 'ink', 3.25), (3, 'pad', 2.00)");
            SharedPostgres.runScript(db, "CALL pick(2)");
            assertThat(JdbcRows.column(db, "SELECT id || ' ' || label || ' ' || price FROM picked ORDER BY id"))
                    .containsExactly("2 ink 3.25", "3 pad 2.00");
            SharedPostgres.runScript(db, "CALL pick_named(3)");
            assertThat(JdbcRows.column(db, "SELECT count(*) FROM picked WHERE id = 3")).containsExactly("2");
            SharedPostgres.runScript(db, "CALL see_all()");
            SharedPostgres.runScript(db, "CALL refresh(3)");
            assertThat(JdbcRows.column(db, "SELECT v FROM seen")).as("both result sets in order, then the dynamic SQL's rows")
                    .containsExactly("1", "2", "3", "pen", "ink", "pad", "pen", "pen", "ink");
        }
        assertThat(items(result, "SS-PG-0611")).hasSize(2).anySatisfy(m -> assertThat(m).contains("two_sets", "not read"))
                .anySatisfy(m -> assertThat(m).contains("products_from"));
        assertThat(items(result, "SS-GEN-0018")).singleElement().asString().contains("elsewhere", "no procedure of the input");
    }

    @Test
    void theDefaultIsRefcursorsAsWithoutTheOption() throws Exception {
        String withDefault = SchemaScript.render(convert("options:\n  result-set-procedures: refcursor\n"));
        assertThat(withDefault).isEqualTo(SchemaScript.render(convert(null))).doesNotContain("RETURNS TABLE");
    }

    @Test
    void aMySqlProcedureQualifiesWhenNoVariableIsNamedLikeAColumnItReads() throws Exception {
        ConversionResult result = convert("mysql", """
                CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, price DECIMAL(9,2));
                DELIMITER ;;
                CREATE PROCEDURE products_from(IN p_from INT)
                BEGIN
                  DECLARE v_cap DECIMAL(9,2) DEFAULT 3;
                  SELECT id, name FROM products WHERE id >= p_from AND price <= v_cap ORDER BY id;
                END ;;
                CREATE PROCEDURE named_like_a_column(IN price DECIMAL(9,2))
                BEGIN
                  SELECT id FROM products p WHERE p.price < price;
                END ;;
                DELIMITER ;
                """, "options:\n  result-set-procedures: setof\n");
        assertThat(items(result, "SS-PG-0618")).singleElement().asString().contains("products_from");
        assertThat(items(result, "SS-PG-0619")).as("MySQL reads price as the parameter; the function would read the column")
                .singleElement().asString().contains("named_like_a_column", "variable price is also a column of products");
        try (Connection db = SharedPostgres.freshDatabase("setof_mysql_procs")) {
            SharedPostgres.runScript(db, SchemaScript.render(result));
            SharedPostgres.runScript(db, "INSERT INTO products VALUES (1, 'pen', 1.50), (2, 'ink', 3.25), (3, 'pad', 2.00)");
            assertThat(JdbcRows.query(db, "SELECT * FROM products_from(2)")).containsExactly(List.of("3", "pad"));
        }
    }
}

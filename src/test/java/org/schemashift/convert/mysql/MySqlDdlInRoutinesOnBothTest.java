package org.schemashift.convert.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * DDL on permanent objects in a stored program (CREATE TABLE, CREATE INDEX, ALTER TABLE ... ADD
 * INDEX, CREATE VIEW, DROP TABLE / VIEW) is converted as the same statement at the top level would
 * be and run as dynamic SQL: the procedures create and drop the same objects on PostgreSQL as on
 * MariaDB. An ALTER TABLE that adds or changes columns, which the converted schema folds into the
 * table, runs as the target's ALTER TABLE from the table as written before to the table after.
 */
class MySqlDdlInRoutinesOnBothTest {

    @Test
    void aProcedureCreatesAndDropsTheSameObjectsOnBothServers() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, qty INT);
                DELIMITER //
                CREATE PROCEDURE setup_archive()
                BEGIN
                  CREATE TABLE archive (id INT PRIMARY KEY, qty INT NOT NULL DEFAULT 0, note VARCHAR(20), stamp DATETIME);
                  CREATE INDEX archive_qty ON archive (qty);
                  ALTER TABLE item ADD INDEX item_qty (qty);
                  CREATE VIEW big_items AS SELECT id, qty FROM item WHERE qty > 2;
                  INSERT INTO archive (id, qty) SELECT id, qty FROM big_items;
                END //
                CREATE PROCEDURE teardown()
                BEGIN
                  DROP VIEW big_items;
                  DROP TABLE IF EXISTS archive;
                  ALTER TABLE item ADD COLUMN extra INT;
                END //
                DELIMITER ;
                """;
        ConversionResult result = new ConversionPipeline("mysql", "postgresql", null).run(List.of(new SourceFile("test.sql", mysql)));
        String script = SchemaScript.render(result);
        assertThat(script).contains("EXECUTE 'CREATE TABLE archive (", "EXECUTE 'CREATE INDEX archive_qty ON archive (qty);'",
                "EXECUTE 'CREATE INDEX item_qty ON item (qty);'", "EXECUTE 'DROP TABLE IF EXISTS archive'");
        assertThat(result.conversionItems()).noneMatch(i -> i.code().code().equals("SS-GEN-0018"));
        assertThat(script).contains("EXECUTE 'ALTER TABLE item ADD COLUMN extra integer;'");
        assertThat(result.conversionItems()).as("the converted DDL is no dynamic DDL kept as written")
                .noneMatch(i -> i.code().code().equals("SS-PG-0604"));
        try (Connection maria = SharedMariaDb.freshDatabase("ddl_code"); Connection pg = SharedPostgres.freshDatabase("ddl_code")) {
            SharedMariaDb.runScript(maria, mysql);
            SharedPostgres.runScript(pg, script);
            String rows = "INSERT INTO item VALUES (1, 5), (2, 1), (3, 9)";
            SharedMariaDb.runScript(maria, rows + "; CALL setup_archive()");
            SharedPostgres.runScript(pg, rows + "; CALL setup_archive()");
            for (String query : List.of("SELECT id, qty, note FROM archive ORDER BY id", "SELECT id FROM big_items ORDER BY id")) {
                assertThat(JdbcRows.query(pg, query)).as(query).isEqualTo(JdbcRows.query(maria, query)).isNotEmpty();
            }
            assertThat(JdbcRows.column(pg, "SELECT indexname FROM pg_indexes WHERE indexname IN ('archive_qty', 'item_qty') ORDER BY 1"))
                    .containsExactly("archive_qty", "item_qty");
            SharedPostgres.runScript(pg, "CALL teardown()");
            assertThat(JdbcRows.query(pg, "SELECT to_regclass('archive') IS NULL, to_regclass('big_items') IS NULL"))
                    .containsExactly(List.of("t", "t"));
        }
    }

    /**
     * ADD COLUMN (with a default, NOT NULL, a check) and MODIFY COLUMN (type, NOT NULL, default) in a procedure: after
     * the call, rows inserted without the columns and the values converted in place are the same on both servers.
     * DROP COLUMN stays commented out with its reason.
     */
    @Test
    void aProcedureAddsAndChangesColumnsAsOnMariaDb() throws Exception {
        String mysql = """
                CREATE TABLE item (id INT PRIMARY KEY, qty INT, code VARCHAR(5) NOT NULL, note VARCHAR(10) DEFAULT 'n');
                DELIMITER //
                CREATE PROCEDURE migrate()
                BEGIN
                  ALTER TABLE item ADD COLUMN extra INT NOT NULL DEFAULT 7;
                  ALTER TABLE item ADD COLUMN price DECIMAL(8,2) CHECK (price >= 0);
                  ALTER TABLE item MODIFY COLUMN qty BIGINT NOT NULL DEFAULT 1;
                  ALTER TABLE item MODIFY code VARCHAR(20) NULL;
                  ALTER TABLE item MODIFY COLUMN note VARCHAR(10);
                  ALTER TABLE item DROP COLUMN note;
                END //
                DELIMITER ;
                """;
        ConversionResult result = new ConversionPipeline("mysql", "postgresql", null).run(List.of(new SourceFile("test.sql", mysql)));
        String script = SchemaScript.render(result);
        assertThat(script).contains("-- ALTER TABLE item DROP COLUMN note");
        try (Connection maria = SharedMariaDb.freshDatabase("ddl_code"); Connection pg = SharedPostgres.freshDatabase("ddl_code")) {
            SharedMariaDb.runScript(maria, mysql);
            SharedPostgres.runScript(pg, script);
            String before = "INSERT INTO item VALUES (1, 5, 'a', 'x'), (2, 12, 'b', NULL)";
            String after = "INSERT INTO item (id, code) VALUES (3, NULL); INSERT INTO item (id, code, price) VALUES (4, 'long code', 2.5)";
            SharedMariaDb.runScript(maria, before + "; CALL migrate(); " + after);
            SharedPostgres.runScript(pg, before + "; CALL migrate(); " + after);
            String query = "SELECT id, qty, code, extra, price FROM item ORDER BY id";
            assertThat(JdbcRows.query(pg, query)).isEqualTo(JdbcRows.query(maria, query)).hasSize(4);
            String negative = "INSERT INTO item (id, code, price) VALUES (5, 'c', -1)";
            assertThatThrownBy(() -> SharedMariaDb.runScript(maria, negative)).hasMessageContaining("CONSTRAINT");
            assertThatThrownBy(() -> SharedPostgres.runScript(pg, negative)).hasMessageContaining("check constraint");
        }
    }
}

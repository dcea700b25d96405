package org.schemashift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * A check or foreign key the source enforces on new rows only (Oracle ENABLE NOVALIDATE, SQL Server
 * WITH NOCHECK) is added after the load without checking the loaded rows (PostgreSQL NOT VALID),
 * and still rejects new rows that violate it; MySQL has no NOT VALID, and an item says so.
 */
class NotValidatedConstraintsTest {
    private static final String ORACLE = """
            CREATE TABLE parent (id NUMBER(9) PRIMARY KEY);
            CREATE TABLE child (
              id NUMBER(9) PRIMARY KEY,
              parent_id NUMBER(9),
              qty NUMBER(9),
              CONSTRAINT child_qty_ck CHECK (qty > 0) ENABLE NOVALIDATE,
              CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id) NOVALIDATE
            );
            """;
    private static final String SQL_SERVER = """
            CREATE TABLE parent (id INT PRIMARY KEY)
            GO
            CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, qty INT)
            GO
            ALTER TABLE child WITH NOCHECK ADD CONSTRAINT child_qty_ck CHECK (qty > 0)
            GO
            ALTER TABLE child WITH NOCHECK ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id)
            GO
            """;

    @Test
    void oracleNovalidateIsNotValidAfterTheLoad() throws SQLException {
        loadOldRowsThenPostData(convert("oracle", "postgresql", ORACLE), "nv_ora");
    }

    @Test
    void sqlServerWithNocheckIsNotValidAfterTheLoad() throws SQLException {
        loadOldRowsThenPostData(convert("sqlserver", "postgresql", SQL_SERVER), "nv_mss");
    }

    @Test
    void mysqlTargetSaysItChecksTheOldRows() {
        ConversionResult result = convert("oracle", "mysql", ORACLE);
        assertThat(result.conversionItems()).filteredOn(i -> i.code().code().equals("SS-GEN-0101")).extracting(ActionItem::message)
                .anyMatch(m -> m.startsWith("check child_qty_ck was not validated"))
                .anyMatch(m -> m.startsWith("foreign key child_parent_fk was not validated"));
    }

    @Test
    void theWholeScriptRunsToo() throws SQLException {
        ConversionResult result = convert("oracle", "postgresql", ORACLE);
        try (Connection db = SharedPostgres.freshDatabase("nv_whole")) {
            SharedPostgres.runScript(db, SchemaScript.render(result));
            // a check written in CREATE TABLE is valid at once: the new table has no rows
            assertThat(JdbcRows.column(db, "SELECT conname FROM pg_constraint WHERE NOT convalidated ORDER BY conname"))
                    .containsExactly("child_parent_fk");
        }
        try (Connection db = SharedMariaDb.freshDatabase("nv_whole")) {
            SharedMariaDb.runScript(db, SchemaScript.render(convert("oracle", "mysql", ORACLE)));
        }
    }

    private static void loadOldRowsThenPostData(ConversionResult result, String database) throws SQLException {
        assertThat(result.conversionItems()).filteredOn(i -> i.code().code().equals("SS-GEN-0100")).hasSize(2);
        LoadPhases phases = LoadPhases.of(result.objects());
        String post = SchemaScript.render(result, phases, LoadPhase.POST_DATA);
        assertThat(post).contains("CHECK (qty > 0) NOT VALID", "REFERENCES parent (id) NOT VALID");
        try (Connection db = SharedPostgres.freshDatabase(database)) {
            SharedPostgres.runScript(db, SchemaScript.render(result, phases, LoadPhase.PRE_DATA));
            SharedPostgres.runScript(db, "INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 99, -5);");
            SharedPostgres.runScript(db, post);
            assertThat(JdbcRows.column(db, "SELECT conname FROM pg_constraint WHERE NOT convalidated ORDER BY conname"))
                    .containsExactly("child_parent_fk", "child_qty_ck");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO child VALUES (2, 1, -1)"))
                    .hasMessageContaining("child_qty_ck");
            assertThatThrownBy(() -> SharedPostgres.runScript(db, "INSERT INTO child VALUES (3, 99, 1)"))
                    .hasMessageContaining("child_parent_fk");
        }
    }

    private static ConversionResult convert(String from, String to, String sql) {
        return new ConversionPipeline(from, to, null).run(List.of(new SourceFile("nv.sql", sql)));
    }
}

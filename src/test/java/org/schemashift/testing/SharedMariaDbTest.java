package org.schemashift.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The shared MariaDB runs MySQL scripts as the mysql client does: a real one (the Sakila schema,
 * with DELIMITER blocks, version comments and triggers) runs whole, and the first error stops a
 * script and names the statement.
 */
class SharedMariaDbTest {

    @Test
    void theSakilaSchemaScriptRunsWholeInAFreshDatabase() throws Exception {
        // the script makes, selects and names its own database; the test's fresh one stands in for it
        String script = Files.readString(Corpora.path("mysql-sakila/sakila-mv-schema.sql"))
                .replace("DROP SCHEMA IF EXISTS sakila;\nCREATE SCHEMA sakila;\nUSE sakila;\n", "")
                .replace("sakila.", "");
        try (Connection db = SharedMariaDb.freshDatabase("sakila_script")) {
            SharedMariaDb.runScript(db, script);
            MariaDbCatalog catalog = new MariaDbCatalog(db);
            String schema = db.getCatalog();
            assertThat(catalog.tables(schema)).hasSize(16).contains("actor", "film", "film_text", "payment", "rental");
            assertThat(catalog.triggers(schema)).containsExactly("del_film", "ins_film", "upd_film");
            assertThat(catalog.foreignKeys(schema)).hasSize(22);
            assertThat(JdbcRows.column(db, "SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema = ?", schema))
                    .containsExactly("6");
        }
    }

    @Test
    void theFirstErrorStopsTheScriptAndNamesTheStatement() throws Exception {
        try (Connection db = SharedMariaDb.freshDatabase("script_error")) {
            assertThatThrownBy(() -> SharedMariaDb.runScript(db, "CREATE TABLE a (x int);\nCREATE TABLE a (y int);\nCREATE TABLE b (z int);"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Table 'a' already exists")
                    .hasMessageContaining("in: CREATE TABLE a (y int);");
            assertThat(new MariaDbCatalog(db).tables(db.getCatalog())).containsExactly("a");
        }
    }
}

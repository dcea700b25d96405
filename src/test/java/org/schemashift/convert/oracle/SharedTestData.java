package org.schemashift.convert.oracle;

import java.sql.Connection;
import java.sql.SQLException;
import org.schemashift.testing.SharedPostgres;

/** Extra fixture rows some families need besides SCOTT. */
final class SharedTestData {
    private SharedTestData() {
    }

    /** NODES(ID, PARENT_ID): 1 → 2 → 3 → 1, a cycle. */
    static void addCycle(Connection db) throws SQLException {
        SharedPostgres.runScript(db, """
                CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer);
                INSERT INTO nodes VALUES (1, 3), (2, 1), (3, 2);
                """);
    }
}

package org.schemashift.matrix;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/** A target the matrix runs on: its id, a fresh database on its shared test server, and how a script runs there. */
enum MatrixTarget {
    POSTGRESQL("postgresql") {
        @Override
        Connection freshDatabase(String prefix) throws SQLException {
            return SharedPostgres.freshDatabase(prefix);
        }

        @Override
        void runScript(Connection db, String script) throws SQLException {
            SharedPostgres.runScript(db, script);
        }
    },
    MYSQL("mysql") {
        @Override
        Connection freshDatabase(String prefix) throws SQLException {
            return SharedMariaDb.freshDatabase(prefix);
        }

        @Override
        void runScript(Connection db, String script) throws SQLException {
            SharedMariaDb.runScript(db, script);
        }
    };

    private final String id;

    MatrixTarget(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    abstract Connection freshDatabase(String prefix) throws SQLException;

    /** Runs emitted DDL (several statements, DELIMITER blocks on MySQL) as the target's client would. */
    abstract void runScript(Connection db, String script) throws SQLException;

    static MatrixTarget of(String id) {
        for (MatrixTarget t : values()) if (t.id.equals(id)) return t;
        throw new IllegalArgumentException("no test server for target " + id + " (known: " + List.of(values()) + ")");
    }

    /** The rows of {@code query}, each as its column values joined by '|' (NULL as "null"). */
    static List<String> rows(Connection db, String query) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(String.valueOf(rs.getString(i)));
                rows.add(String.join("|", row));
            }
            return rows;
        }
    }
}

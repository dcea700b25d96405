package org.schemashift.matrix;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schemashift.testing.SharedPostgres;

/** A target the matrix runs on: its id and a fresh database on the shared test server. */
enum MatrixTarget {
    POSTGRESQL("postgresql") {
        @Override
        Connection freshDatabase(String prefix) throws SQLException {
            return SharedPostgres.freshDatabase(prefix);
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

    static MatrixTarget of(String id) {
        for (MatrixTarget t : values()) if (t.id.equals(id)) return t;
        throw new IllegalArgumentException("no test server for target " + id + " (known: " + List.of(values()) + ")");
    }

    /** Runs one statement. */
    static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
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

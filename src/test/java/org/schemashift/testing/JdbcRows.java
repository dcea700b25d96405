package org.schemashift.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Query results as rows of strings, for assertions on any engine's catalog. */
public final class JdbcRows {

    private JdbcRows() {
    }

    public static List<List<String>> query(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The first column of every row. */
    public static List<String> column(Connection db, String sql, Object... args) throws SQLException {
        return query(db, sql, args).stream().map(row -> row.get(0)).toList();
    }
}

package org.schemashift.apply;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table {@code schemashift_journal} in the target schema: one row per object apply ran,
 * with the checksum of its statements and whether it was applied or failed. It lives in the
 * database itself so it commits and rolls back with the objects, and goes away with the schema.
 * The SQL is plain enough for PostgreSQL and MySQL alike.
 */
final class Journal {
    static final String TABLE = "schemashift_journal";
    static final String APPLIED = "applied";
    static final String FAILED = "failed";

    /** A journal row. */
    record Entry(String kind, String name, String checksum, String status, String appliedAt) {}

    private final Connection connection;
    private final String schema;
    private final String table;

    Journal(Connection connection, TargetDatabase target, String schema) {
        this.connection = connection;
        this.schema = schema;
        this.table = target.quoteIdentifier(schema) + "." + target.quoteIdentifier(TABLE);
    }

    String describe() {
        return schema + "." + TABLE;
    }

    /** The rows by "kind name"; empty when the journal table does not exist yet. */
    Map<String, Entry> read() throws SQLException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!exists()) return entries;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, name, checksum, status, applied_at FROM " + table + " ORDER BY applied_at")) {
            while (rs.next()) {
                Entry e = new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                entries.put(key(e.kind(), e.name()), e);
            }
        }
        return entries;
    }

    static String key(String kind, String name) {
        return kind + " " + name;
    }

    private boolean exists() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, schema, TABLE, null)) {
            while (rs.next()) {
                if (TABLE.equals(rs.getString("TABLE_NAME")) && schema.equals(rs.getString("TABLE_SCHEM"))) return true;
            }
        }
        return false;
    }

    void createIfMissing() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " ("
                    + "kind varchar(32) NOT NULL, name varchar(512) NOT NULL, checksum char(64) NOT NULL, "
                    + "status varchar(16) NOT NULL, source varchar(1000), message varchar(2000), "
                    + "applied_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (kind, name))");
        }
    }

    void recordApplied(ScriptObject object) throws SQLException {
        record(object, APPLIED, null);
    }

    void recordFailed(ScriptObject object, String message) throws SQLException {
        record(object, FAILED, message);
    }

    /** Delete and insert rather than an upsert: the two targets spell upserts differently. */
    private void record(ScriptObject object, String status, String message) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE kind = ? AND name = ?")) {
            delete.setString(1, object.kind());
            delete.setString(2, object.name());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (kind, name, checksum, status, source, message) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, object.kind());
            insert.setString(2, object.name());
            insert.setString(3, object.checksum());
            insert.setString(4, status);
            insert.setString(5, object.source());
            insert.setString(6, message == null ? null : truncate(message, 2000));
            insert.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

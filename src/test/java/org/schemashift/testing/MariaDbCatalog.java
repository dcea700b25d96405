package org.schemashift.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what a MariaDB (or MySQL) database really contains, from information_schema. */
public final class MariaDbCatalog {
    private final Connection db;

    public MariaDbCatalog(Connection db) {
        this.db = db;
    }

    /** A foreign key: its table and name, columns, the referenced table and columns, and the actions. */
    public record ForeignKey(String table, String name, List<String> columns, String refTable, List<String> refColumns,
                             String onDelete, String onUpdate) {}

    /** The base tables of a database (schema), by name. */
    public List<String> tables(String schema) throws SQLException {
        return JdbcRows.column(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name", schema);
    }

    /** Column name → full column type (int(11), varchar(40), enum('a','b')), in column order. */
    public Map<String, String> columns(String schema, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : query("SELECT column_name, column_type FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position", schema, table)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    /** Every foreign key of a database, by table and name. */
    public List<ForeignKey> foreignKeys(String schema) throws SQLException {
        List<ForeignKey> out = new ArrayList<>();
        for (List<String> row : query("""
                SELECT k.table_name, k.constraint_name,
                       GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position),
                       k.referenced_table_name,
                       GROUP_CONCAT(k.referenced_column_name ORDER BY k.ordinal_position),
                       r.delete_rule, r.update_rule
                FROM information_schema.key_column_usage k
                JOIN information_schema.referential_constraints r
                  ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name
                WHERE k.table_schema = ? AND k.referenced_table_name IS NOT NULL
                GROUP BY k.table_name, k.constraint_name, k.referenced_table_name, r.delete_rule, r.update_rule
                ORDER BY k.table_name, k.constraint_name""", schema)) {
            out.add(new ForeignKey(row.get(0), row.get(1), List.of(row.get(2).split(",")), row.get(3),
                    List.of(row.get(4).split(",")), row.get(5), row.get(6)));
        }
        return out;
    }

    /** Index name → its columns in order, for every index of the table (PRIMARY included). */
    public Map<String, List<String>> indexes(String schema, String table) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : query("SELECT index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index) "
                + "FROM information_schema.statistics WHERE table_schema = ? AND table_name = ? "
                + "GROUP BY index_name ORDER BY index_name", schema, table)) {
            out.put(row.get(0), List.of(row.get(1).split(",")));
        }
        return out;
    }

    /** The triggers of a database, by name. */
    public List<String> triggers(String schema) throws SQLException {
        return JdbcRows.column(db, "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = ? "
                + "ORDER BY trigger_name", schema);
    }

    public List<List<String>> query(String sql, Object... args) throws SQLException {
        return JdbcRows.query(db, sql, args);
    }
}

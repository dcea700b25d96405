package org.schemashift.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what a PostgreSQL database really contains, from pg_catalog. */
public final class PostgresCatalog {
    private final Connection db;

    public PostgresCatalog(Connection db) {
        this.db = db;
    }

    /** A constraint: type (p, u, f, c), its columns, and for foreign keys the referenced table and actions. */
    public record Constraint(String name, String type, List<String> columns, String refTable, List<String> refColumns,
                             String onDelete, String onUpdate) {}

    /** Column name → udt name (int4, varchar, ...), in column order; empty when the table does not exist. */
    public Map<String, String> columns(String schema, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : query("SELECT column_name, udt_name FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position", schema, table)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    public List<Constraint> constraints(String schema, String table) throws SQLException {
        List<Constraint> out = new ArrayList<>();
        for (List<String> row : query("""
                SELECT c.conname, c.contype,
                       (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n),
                       CASE WHEN c.confrelid <> 0 THEN c.confrelid::regclass::text END,
                       (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
                          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n),
                       c.confdeltype, c.confupdtype
                FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
                WHERE n.nspname = ? AND r.relname = ? ORDER BY c.conname""", schema, table)) {
            out.add(new Constraint(row.get(0), row.get(1), split(row.get(2)), row.get(3), split(row.get(4)),
                    row.get(5), row.get(6)));
        }
        return out;
    }

    /** Index name → its column list (expressions as "expr"), for every index on the table. */
    public Map<String, List<String>> indexes(String schema, String table) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : query("""
                SELECT i.relname, (SELECT string_agg(COALESCE(a.attname, 'expr'), ',' ORDER BY k.ord)
                                   FROM unnest(x.indkey) WITH ORDINALITY k(n, ord)
                                   LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n AND k.n > 0)
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class r ON r.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = r.relnamespace WHERE n.nspname = ? AND r.relname = ? ORDER BY 1""", schema, table)) {
            out.put(row.get(0), split(row.get(1)));
        }
        return out;
    }

    public String tableComment(String schema, String table) throws SQLException {
        return single("SELECT obj_description(format('%I.%I', ?::text, ?::text)::regclass, 'pg_class')", schema, table);
    }

    public String columnComment(String schema, String table, String column) throws SQLException {
        return single("""
                SELECT col_description(format('%I.%I', ?::text, ?::text)::regclass,
                       (SELECT attnum FROM pg_attribute WHERE attrelid = format('%I.%I', ?::text, ?::text)::regclass AND attname = ?))""",
                schema, table, schema, table, column);
    }

    public List<List<String>> query(String sql, Object... args) throws SQLException {
        return JdbcRows.query(db, sql, args);
    }

    private String single(String sql, Object... args) throws SQLException {
        List<List<String>> rows = query(sql, args);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of() : List.of(csv.split(","));
    }
}

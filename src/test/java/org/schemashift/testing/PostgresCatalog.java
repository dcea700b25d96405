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

    /**
     * Every user object of the database as one sorted line each (schemas, types, relations and
     * their kinds, columns with type, NOT NULL, default, identity and generation, constraints as
     * defined and whether validated, indexes, triggers, routines, view queries, sequences'
     * parameters, comments, table privileges), for comparing two databases built differently.
     */
    public List<String> snapshot() throws SQLException {
        String user = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%' "
                + "AND n.nspname NOT LIKE 'pg_toast_temp%'";
        List<String> lines = new ArrayList<>();
        for (String sql : List.of(
                "SELECT 'schema ' || n.nspname FROM pg_namespace n WHERE " + user,
                "SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text || ' ' || coalesce(format_type(t.typbasetype, t.typtypmod), '') "
                        + "|| ' ' || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '') "
                        + "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE " + user
                        + " AND t.typtype IN ('d', 'e', 'c') AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')",
                "SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(array_to_string(c.relacl, ','), '') "
                        + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + user + " AND c.relkind <> 'i'",
                "SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) "
                        + "|| CASE WHEN a.attnotnull THEN ' not null' ELSE '' END || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text "
                        + "|| coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || coalesce(' comment ' || col_description(c.oid, a.attnum), '') "
                        + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                        + "WHERE " + user + " AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
                "SELECT 'constraint ' || n.nspname || '.' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) "
                        + "|| CASE WHEN k.convalidated THEN '' ELSE ' not valid' END "
                        + "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + user,
                "SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + user,
                "SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + user + " AND NOT t.tgisinternal",
                "SELECT 'routine ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || md5(p.prosrc) "
                        + "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE " + user,
                "SELECT 'view ' || n.nspname || '.' || c.relname || ' ' || pg_get_viewdef(c.oid) FROM pg_class c "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + user + " AND c.relkind IN ('v', 'm')",
                "SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' ' || start_value || ' ' || min_value || ' ' "
                        + "|| max_value || ' ' || increment_by || ' ' || cycle::text FROM pg_sequences n WHERE "
                        + user.replace("n.nspname", "n.schemaname"),
                "SELECT 'comment ' || n.nspname || '.' || c.relname || ' ' || obj_description(c.oid, 'pg_class') FROM pg_class c "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + user + " AND obj_description(c.oid, 'pg_class') IS NOT NULL")) {
            for (List<String> row : query(sql)) lines.add(row.get(0));
        }
        java.util.Collections.sort(lines);
        return lines;
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

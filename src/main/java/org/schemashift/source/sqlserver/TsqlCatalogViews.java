package org.schemashift.source.sqlserver;

import java.util.Map;

/**
 * SQL Server's catalog and dynamic management views (sys.*) and the PostgreSQL catalog that holds
 * the same facts, for the item that reports a query on them: the columns and their meaning differ,
 * so the query is rewritten by hand.
 */
final class TsqlCatalogViews {
    private static final Map<String, String> NEAREST = Map.ofEntries(
            Map.entry("objects", "pg_catalog.pg_class (relations) and pg_catalog.pg_proc (routines)"),
            Map.entry("all_objects", "pg_catalog.pg_class (relations) and pg_catalog.pg_proc (routines)"),
            Map.entry("tables", "pg_catalog.pg_class (relkind 'r') or information_schema.tables"),
            Map.entry("views", "pg_catalog.pg_class (relkind 'v') or information_schema.views"),
            Map.entry("procedures", "pg_catalog.pg_proc (prokind 'p') or information_schema.routines"),
            Map.entry("schemas", "pg_catalog.pg_namespace or information_schema.schemata"),
            Map.entry("columns", "pg_catalog.pg_attribute or information_schema.columns"),
            Map.entry("all_columns", "pg_catalog.pg_attribute or information_schema.columns"),
            Map.entry("types", "pg_catalog.pg_type"),
            Map.entry("indexes", "pg_catalog.pg_index with pg_class"),
            Map.entry("index_columns", "pg_catalog.pg_index (indkey)"),
            Map.entry("foreign_keys", "pg_catalog.pg_constraint (contype 'f')"),
            Map.entry("check_constraints", "pg_catalog.pg_constraint (contype 'c')"),
            Map.entry("key_constraints", "pg_catalog.pg_constraint (contype 'p', 'u')"),
            Map.entry("default_constraints", "pg_catalog.pg_attrdef"),
            Map.entry("triggers", "pg_catalog.pg_trigger"),
            Map.entry("sql_modules", "pg_catalog.pg_proc.prosrc, pg_get_viewdef(), pg_get_functiondef()"),
            Map.entry("parameters", "information_schema.parameters"),
            Map.entry("databases", "pg_catalog.pg_database"),
            Map.entry("extended_properties", "pg_catalog.pg_description (COMMENT ON)"),
            Map.entry("sequences", "pg_catalog.pg_sequences"),
            Map.entry("dm_exec_sessions", "pg_catalog.pg_stat_activity"),
            Map.entry("dm_exec_requests", "pg_catalog.pg_stat_activity"),
            Map.entry("dm_tran_locks", "pg_catalog.pg_locks"),
            Map.entry("dm_db_partition_stats", "pg_catalog.pg_class (reltuples, relpages) and pg_stat_user_tables"),
            Map.entry("partitions", "pg_catalog.pg_class (reltuples) and pg_inherits"),
            Map.entry("configurations", "pg_catalog.pg_settings"));

    private TsqlCatalogViews() {
    }

    /** Where PostgreSQL keeps what the view {@code view} (lower case, without sys.) shows. */
    static String nearest(String view) {
        String nearest = NEAREST.get(view);
        return nearest == null ? "no PostgreSQL catalog holds the same facts" : "read " + nearest + " instead";
    }
}

-- T-SQL sys.tables over pg_class: the user's tables (plain, partitioned, foreign), with sys.objects' columns.
CREATE OR REPLACE FUNCTION mssql_compat.sys_tables()
RETURNS TABLE (name text, object_id integer, principal_id integer, schema_id integer, parent_object_id integer,
               type text, type_desc text, create_date timestamp, modify_date timestamp, is_ms_shipped integer)
LANGUAGE sql STABLE AS $$
  SELECT c.relname::text, c.oid::integer, NULL::integer, c.relnamespace::integer, 0, 'U', 'USER_TABLE',
         NULL::timestamp, NULL::timestamp, 0
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

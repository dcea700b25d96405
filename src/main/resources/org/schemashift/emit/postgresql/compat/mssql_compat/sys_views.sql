-- T-SQL sys.views over pg_class: the user's views and materialized views, with sys.objects' columns.
CREATE OR REPLACE FUNCTION mssql_compat.sys_views()
RETURNS TABLE (name text, object_id integer, principal_id integer, schema_id integer, parent_object_id integer,
               type text, type_desc text, create_date timestamp, modify_date timestamp, is_ms_shipped integer)
LANGUAGE sql STABLE AS $$
  SELECT c.relname::text, c.oid::integer, NULL::integer, c.relnamespace::integer, 0, 'V', 'VIEW',
         NULL::timestamp, NULL::timestamp, 0
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

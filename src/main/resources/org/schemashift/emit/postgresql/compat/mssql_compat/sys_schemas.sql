-- T-SQL sys.schemas over pg_namespace: schema_id is the schema's oid (as SCHEMA_ID gives it), the owner's
-- oid as principal_id; PostgreSQL's own schemas left out.
CREATE OR REPLACE FUNCTION mssql_compat.sys_schemas()
RETURNS TABLE (name text, schema_id integer, principal_id integer)
LANGUAGE sql STABLE AS $$
  SELECT n.nspname::text, n.oid::integer, n.nspowner::integer
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

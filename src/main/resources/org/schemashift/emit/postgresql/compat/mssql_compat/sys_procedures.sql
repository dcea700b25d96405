-- T-SQL sys.procedures over pg_proc: the user's procedures, with sys.objects' columns.
CREATE OR REPLACE FUNCTION mssql_compat.sys_procedures()
RETURNS TABLE (name text, object_id integer, principal_id integer, schema_id integer, parent_object_id integer,
               type text, type_desc text, create_date timestamp, modify_date timestamp, is_ms_shipped integer)
LANGUAGE sql STABLE AS $$
  SELECT p.proname::text, p.oid::integer, NULL::integer, p.pronamespace::integer, 0, 'P', 'SQL_STORED_PROCEDURE',
         NULL::timestamp, NULL::timestamp, 0
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind = 'p' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

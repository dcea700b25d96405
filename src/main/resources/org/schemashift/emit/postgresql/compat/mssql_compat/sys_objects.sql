-- T-SQL sys.objects over PostgreSQL's catalog: the relations, routines, constraints and triggers of the
-- user's schemas, with SQL Server's column names, type codes and type_desc. object_id is PostgreSQL's oid
-- (as OBJECT_ID gives it), schema_id the schema's oid (as SCHEMA_ID gives it); dates are unknown (NULL).
CREATE OR REPLACE FUNCTION mssql_compat.sys_objects()
RETURNS TABLE (name text, object_id integer, principal_id integer, schema_id integer, parent_object_id integer,
               type text, type_desc text, create_date timestamp, modify_date timestamp, is_ms_shipped integer)
LANGUAGE sql STABLE AS $$
  SELECT c.relname::text, c.oid::integer, NULL::integer, c.relnamespace::integer, 0,
         CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'U' WHEN c.relkind IN ('v', 'm') THEN 'V' ELSE 'SO' END,
         CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'USER_TABLE' WHEN c.relkind IN ('v', 'm') THEN 'VIEW' ELSE 'SEQUENCE_OBJECT' END,
         NULL::timestamp, NULL::timestamp, 0
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_%'
  UNION ALL
  SELECT p.proname::text, p.oid::integer, NULL, p.pronamespace::integer, 0,
         CASE WHEN p.prokind = 'p' THEN 'P' WHEN p.proretset THEN 'TF' ELSE 'FN' END,
         CASE WHEN p.prokind = 'p' THEN 'SQL_STORED_PROCEDURE' WHEN p.proretset THEN 'SQL_TABLE_VALUED_FUNCTION'
              ELSE 'SQL_SCALAR_FUNCTION' END,
         NULL, NULL, 0
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  UNION ALL
  SELECT k.conname::text, k.oid::integer, NULL, k.connamespace::integer, k.conrelid::integer,
         CASE k.contype WHEN 'p' THEN 'PK' WHEN 'u' THEN 'UQ' WHEN 'f' THEN 'F' ELSE 'C' END,
         CASE k.contype WHEN 'p' THEN 'PRIMARY_KEY_CONSTRAINT' WHEN 'u' THEN 'UNIQUE_CONSTRAINT'
              WHEN 'f' THEN 'FOREIGN_KEY_CONSTRAINT' ELSE 'CHECK_CONSTRAINT' END,
         NULL, NULL, 0
  FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_namespace n ON n.oid = k.connamespace
  WHERE k.contype IN ('p', 'u', 'f', 'c') AND k.conrelid <> 0 AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_%'
  UNION ALL
  SELECT t.tgname::text, t.oid::integer, NULL, c.relnamespace::integer, t.tgrelid::integer, 'TR', 'SQL_TRIGGER',
         NULL, NULL, 0
  FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  WHERE NOT t.tgisinternal
$$;

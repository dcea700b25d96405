-- T-SQL sys.extended_properties over pg_description: the comments on the user's schemas (class 3, SCHEMA), tables,
-- views and their columns (class 1, OBJECT_OR_COLUMN, minor_id the column's number) and routines, as the
-- MS_Description property the conversion wrote them from (COMMENT ON); PostgreSQL keeps no other properties.
-- major_id is the object's oid, as OBJECT_ID and SCHEMA_ID give it; value is text.
CREATE OR REPLACE FUNCTION mssql_compat.sys_extended_properties()
RETURNS TABLE (class integer, class_desc text, major_id integer, minor_id integer, name text, value text)
LANGUAGE sql STABLE AS $$
  SELECT 3, 'SCHEMA', d.objoid::integer, 0, 'MS_Description', d.description
  FROM pg_catalog.pg_description d JOIN pg_catalog.pg_namespace n ON n.oid = d.objoid
  WHERE d.classoid = 'pg_catalog.pg_namespace'::regclass
    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  UNION ALL
  SELECT 1, 'OBJECT_OR_COLUMN', d.objoid::integer, d.objsubid, 'MS_Description', d.description
  FROM pg_catalog.pg_description d
  JOIN pg_catalog.pg_class c ON c.oid = d.objoid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE d.classoid = 'pg_catalog.pg_class'::regclass
    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  UNION ALL
  SELECT 1, 'OBJECT_OR_COLUMN', d.objoid::integer, 0, 'MS_Description', d.description
  FROM pg_catalog.pg_description d
  JOIN pg_catalog.pg_proc p ON p.oid = d.objoid
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE d.classoid = 'pg_catalog.pg_proc'::regclass
    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

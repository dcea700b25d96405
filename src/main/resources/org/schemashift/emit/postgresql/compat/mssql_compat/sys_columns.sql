-- T-SQL sys.columns over pg_attribute: the columns of the user's tables and views. object_id is the relation's oid
-- (as OBJECT_ID gives it), user_type_id the type's oid and system_type_id its base type's (a domain's), as
-- mssql_compat.sys_types() numbers them; max_length as COL_LENGTH gives it; bit columns 0 or 1.
CREATE OR REPLACE FUNCTION mssql_compat.sys_columns()
RETURNS TABLE (object_id integer, name text, column_id integer, system_type_id integer, user_type_id integer,
               max_length integer, "precision" integer, scale integer, collation_name text, is_nullable integer,
               is_ansi_padded integer, is_rowguidcol integer, is_identity integer, is_computed integer,
               is_filestream integer, is_sparse integer, is_column_set integer, default_object_id integer,
               rule_object_id integer)
LANGUAGE sql STABLE AS $$
  SELECT a.attrelid::integer, a.attname::text, a.attnum::integer,
         (CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END)::integer, t.oid::integer,
         mssql_compat.col_length(a.attrelid::integer, a.attname::text),
         CASE WHEN m.typmod >= 4 AND m.base = 'pg_catalog.numeric'::regtype THEN (m.typmod - 4) >> 16
              WHEN m.base = 'pg_catalog.int2'::regtype THEN 5 WHEN m.base = 'pg_catalog.int4'::regtype THEN 10
              WHEN m.base = 'pg_catalog.int8'::regtype THEN 19 WHEN m.base = 'pg_catalog.float4'::regtype THEN 24
              WHEN m.base = 'pg_catalog.float8'::regtype THEN 53 ELSE 0 END,
         CASE WHEN m.typmod >= 4 AND m.base = 'pg_catalog.numeric'::regtype THEN (m.typmod - 4) & 65535 ELSE 0 END,
         co.collname::text, (NOT a.attnotnull)::integer, 1, 0, (a.attidentity <> '')::integer,
         (a.attgenerated <> '')::integer, 0, 0, 0, COALESCE(d.oid::integer, 0), 0
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  CROSS JOIN LATERAL (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END AS base,
                             CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod) m
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

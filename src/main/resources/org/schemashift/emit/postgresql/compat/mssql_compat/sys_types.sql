-- T-SQL sys.types over pg_type: PostgreSQL's built-in scalar types, named as the SQL Server types converted to them
-- (int4 'int', int8 'bigint', bool 'bit', numeric 'decimal', timestamp 'datetime2', bytea 'varbinary', uuid
-- 'uniqueidentifier', ...; others by PostgreSQL's name), and the user's domains (alias types; is_user_defined 1,
-- system_type_id their base type's). user_type_id is the type's oid, as mssql_compat.sys_columns() gives it.
-- PostgreSQL's bit string type and its internal "char", whose names SQL Server's bit and char take, are left out.
CREATE OR REPLACE FUNCTION mssql_compat.sys_types()
RETURNS TABLE (name text, system_type_id integer, user_type_id integer, schema_id integer, principal_id integer,
               max_length integer, "precision" integer, scale integer, collation_name text, is_nullable integer,
               is_user_defined integer, is_assembly_type integer, default_object_id integer, rule_object_id integer,
               is_table_type integer)
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN n.nspname <> 'pg_catalog' THEN t.typname::text
              ELSE CASE t.typname WHEN 'int2' THEN 'smallint' WHEN 'int4' THEN 'int' WHEN 'int8' THEN 'bigint'
                   WHEN 'bool' THEN 'bit' WHEN 'numeric' THEN 'decimal' WHEN 'float4' THEN 'real' WHEN 'float8' THEN 'float'
                   WHEN 'bpchar' THEN 'char' WHEN 'timestamp' THEN 'datetime2' WHEN 'timestamptz' THEN 'datetimeoffset'
                   WHEN 'bytea' THEN 'varbinary' WHEN 'uuid' THEN 'uniqueidentifier' ELSE t.typname::text END END,
         (CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END)::integer, t.oid::integer, t.typnamespace::integer,
         NULL::integer, CASE WHEN b.typlen > 0 THEN b.typlen::integer ELSE -1 END,
         CASE b.typname WHEN 'int2' THEN 5 WHEN 'int4' THEN 10 WHEN 'int8' THEN 19 WHEN 'float4' THEN 24
              WHEN 'float8' THEN 53 WHEN 'numeric' THEN 38 ELSE 0 END,
         0, NULL::text, (NOT t.typnotnull)::integer, (n.nspname <> 'pg_catalog')::integer, 0, 0, 0, 0
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
  WHERE (n.nspname = 'pg_catalog' AND t.typtype = 'b' AND t.typcategory NOT IN ('A', 'P', 'X', 'Z')
         AND t.typname NOT IN ('bit', '"char"', 'char'))
     OR (t.typtype = 'd' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%')
$$;

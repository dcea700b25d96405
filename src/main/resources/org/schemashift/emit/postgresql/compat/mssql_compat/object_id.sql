-- T-SQL OBJECT_ID(name [, type]) over mssql_compat.sys_objects(): the number of the schema-scoped object (table, view,
-- sequence, procedure, function, constraint, trigger) the name names, NULL when there is none or it is not of that
-- type. The name is read as SQL Server reads one ([ ] and " " delimit parts, a database part is ignored) and compared
-- without case, as SQL Server's default collations compare names (the conversion folded them); without a schema, or
-- with dbo, it is looked up in the current schema; #name is the session's temporary table. Types as sys.objects gives
-- them, IF (inline table-valued function) as TF: both are set-returning functions here.
CREATE OR REPLACE FUNCTION mssql_compat.object_id(object_name text, object_type text DEFAULT NULL)
RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN left(mssql_compat.parsename(object_name, 1), 1) = '#'
              THEN (SELECT c.oid::integer FROM pg_catalog.pg_class c
                    WHERE c.relnamespace = pg_catalog.pg_my_temp_schema()
                      AND lower(c.relname) = lower(mssql_compat.parsename(object_name, 1))
                      AND (object_type IS NULL OR upper(rtrim(object_type)) = 'U'))
              ELSE (SELECT o.object_id FROM mssql_compat.sys_objects() o JOIN pg_catalog.pg_namespace n ON n.oid = o.schema_id
                    WHERE lower(o.name) = lower(mssql_compat.parsename(object_name, 1))
                      AND lower(n.nspname) = lower(COALESCE(NULLIF(lower(mssql_compat.parsename(object_name, 2)), 'dbo'),
                                                            current_schema))
                      AND (object_type IS NULL OR o.type = upper(rtrim(object_type))
                           OR upper(rtrim(object_type)) = 'IF' AND o.type = 'TF')
                    ORDER BY o.type = 'FN', o.object_id LIMIT 1) END
$$;

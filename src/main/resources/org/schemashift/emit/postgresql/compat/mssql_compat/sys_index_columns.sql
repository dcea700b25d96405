-- T-SQL sys.index_columns over pg_index: one row per column of each index of the user's tables, index_id the index's
-- oid (as mssql_compat.sys_indexes() numbers it); key columns by key_ordinal, INCLUDE columns with key_ordinal 0;
-- an expression's column_id 0.
CREATE OR REPLACE FUNCTION mssql_compat.sys_index_columns()
RETURNS TABLE (object_id integer, index_id integer, index_column_id integer, column_id integer, key_ordinal integer,
               partition_ordinal integer, is_descending_key integer, is_included_column integer)
LANGUAGE sql STABLE AS $$
  SELECT i.indrelid::integer, i.indexrelid::integer, k.n, i.indkey[k.n - 1]::integer,
         CASE WHEN k.n <= i.indnkeyatts THEN k.n ELSE 0 END, 0,
         CASE WHEN k.n <= i.indnkeyatts THEN i.indoption[k.n - 1] & 1 ELSE 0 END, (k.n > i.indnkeyatts)::integer
  FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL generate_series(1, i.indnatts::integer) AS k(n)
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

-- T-SQL sys.indexes over pg_index: PostgreSQL tables are heaps, so each table has its heap row (index_id 0, type 0,
-- HEAP) and each index is NONCLUSTERED (type 2), numbered by its own oid (as mssql_compat.sys_index_columns() gives
-- it: never 1, the number of a clustered index). bit columns 0 or 1.
CREATE OR REPLACE FUNCTION mssql_compat.sys_indexes()
RETURNS TABLE (object_id integer, name text, index_id integer, type integer, type_desc text, is_unique integer,
               data_space_id integer, ignore_dup_key integer, is_primary_key integer, is_unique_constraint integer,
               fill_factor integer, is_padded integer, is_disabled integer, is_hypothetical integer,
               allow_row_locks integer, allow_page_locks integer, has_filter integer, filter_definition text)
LANGUAGE sql STABLE AS $$
  SELECT c.oid::integer, NULL::text, 0, 0, 'HEAP', 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, NULL::text
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  UNION ALL
  SELECT i.indrelid::integer, x.relname::text, i.indexrelid::integer, 2, 'NONCLUSTERED', i.indisunique::integer, 1, 0,
         i.indisprimary::integer,
         (EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'u'))::integer,
         0, 0, (NOT i.indisvalid)::integer, 0, 1, 1, (i.indpred IS NOT NULL)::integer, pg_catalog.pg_get_expr(i.indpred, i.indrelid)
  FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class x ON x.oid = i.indexrelid
  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
$$;

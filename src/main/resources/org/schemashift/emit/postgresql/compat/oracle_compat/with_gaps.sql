-- A nested table of scalars that code deletes inner elements of, held with its gaps: one jsonb per element, its value
-- (a NULL value is JSON null) or an SQL NULL where Oracle's DELETE(i) left a gap, so the methods of collections of rows
-- (collection_count, collection_key, collection_delete with rows_with_gaps) work on it unchanged. This is the plain
-- array (a constructor's, a query's) converted: an uninitialised (NULL) collection stays NULL, an empty one empty.
CREATE OR REPLACE FUNCTION oracle_compat.with_gaps(collection anyarray)
RETURNS jsonb[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN collection IS NOT NULL THEN
    coalesce((SELECT array_agg(coalesce(to_jsonb(e), 'null') ORDER BY n) FROM unnest(collection) WITH ORDINALITY AS u(e, n)), '{}')
  END
$$;
